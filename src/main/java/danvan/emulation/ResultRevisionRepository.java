package danvan.emulation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultRevisionRepository extends JpaRepository<ResultRevision, Long> {

	@EntityGraph(attributePaths = "rows")
	Optional<ResultRevision> findFirstByMovementIdOrderByRevisionNoDesc(Long movementId);

	List<ResultRevision> findByMovementIdOrderByRevisionNoDesc(Long movementId);

	@org.springframework.data.jpa.repository.Query("select max(r.revisionNo) from ResultRevision r where r.movementId = ?1")
	Optional<Integer> latestRevisionNo(Long movementId);

	@EntityGraph(attributePaths = "rows")
	Optional<ResultRevision> findByMovementIdAndRevisionNo(Long movementId, int revisionNo);

}
