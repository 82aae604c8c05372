package danvan.exemplar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The module's repositories, package-private: other modules go through the services. */
final class Repositories {

	private Repositories() {
	}

}

interface ExemplarRepository extends JpaRepository<Exemplar, Long>, JpaSpecificationExecutor<Exemplar> {

	Optional<Exemplar> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Exemplar> findByReplicatedFromIdOrderById(Long originalId);

}

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	List<Evaluation> findByExemplarIdOrderByEvaluatedOnAscIdAsc(Long exemplarId);

}

interface StepRepository extends JpaRepository<Step, Long> {

	List<Step> findByExemplarIdOrderByIdAsc(Long exemplarId);

}

interface PhotoRepository extends JpaRepository<Photo, Long> {

	List<Photo> findByExemplarIdOrderById(Long exemplarId);

}
