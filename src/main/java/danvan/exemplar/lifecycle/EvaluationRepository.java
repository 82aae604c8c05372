package danvan.exemplar.lifecycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	List<Evaluation> findByExemplarIdOrderByEvaluatedOnAscIdAsc(Long exemplarId);

}
