package danvan.commendation.appraisal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisciplineRepository extends JpaRepository<Discipline, Long> {

	List<Discipline> findByOfficialIdOrderByDecidedOnDesc(Long officialId);

}
