package danvan.emulation.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByMovementIdAndUnitId(Long movementId, Long unitId);

	List<Assessment> findByMovementId(Long movementId);

	/** Every current score of a movement as (unitId, itemId, points), without loading the aggregates. */
	@Query("select a.unitId, s.itemId, s.points from Score s join s.assessment a where a.movementId = ?1")
	List<Object[]> pointsOf(Long movementId);

	@Query("select a.unitId, a.version from Assessment a where a.movementId = ?1")
	List<Object[]> versionsOf(Long movementId);

	@Query("select a.unitId, a.submittedAt from Assessment a where a.movementId = ?1")
	List<Object[]> submissionsOf(Long movementId);

	@Query("select count(a) from Assessment a where a.movementId = ?1 and a.status = danvan.emulation.assessment.AssessmentStatus.APPROVED")
	long approvedIn(Long movementId);

}
