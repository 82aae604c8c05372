package danvan.emulation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByMovementIdAndUnitId(Long movementId, Long unitId);

	List<Assessment> findByMovementId(Long movementId);

}
