package danvan.emulation.pledge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeRepository extends JpaRepository<Pledge, Long> {

	List<Pledge> findByMovementId(Long movementId);

	Optional<Pledge> findByMovementIdAndUnitId(Long movementId, Long unitId);

}
