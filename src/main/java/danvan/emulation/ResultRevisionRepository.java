package danvan.emulation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultRevisionRepository extends JpaRepository<ResultRevision, Long> {

	@EntityGraph(attributePaths = "rows")
	Optional<ResultRevision> findFirstByMovementIdOrderByRevisionNoDesc(Long movementId);

	List<ResultRevision> findByMovementIdOrderByRevisionNoDesc(Long movementId);

	@EntityGraph(attributePaths = "rows")
	Optional<ResultRevision> findByMovementIdAndRevisionNo(Long movementId, int revisionNo);

}
