package danvan.emulation.results;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultRevisionRepository extends JpaRepository<ResultRevision, Long> {

	@EntityGraph(attributePaths = "rows")
	Optional<ResultRevision> findFirstByMovementIdOrderByRevisionNoDesc(Long movementId);

	List<ResultRevision> findByMovementIdOrderByRevisionNoDesc(Long movementId);

	@org.springframework.data.jpa.repository.Query("select max(r.revisionNo) from ResultRevision r where r.movementId = ?1")
	Optional<Integer> latestRevisionNo(Long movementId);

	/** The latest revision of every movement that has published results, newest publication first. */
	@org.springframework.data.jpa.repository.Query("""
			select r from ResultRevision r where r.revisionNo =
			  (select max(l.revisionNo) from ResultRevision l where l.movementId = r.movementId)
			order by r.publishedAt desc""")
	List<ResultRevision> latestOfEachMovement();

	@EntityGraph(attributePaths = "rows")
	Optional<ResultRevision> findByMovementIdAndRevisionNo(Long movementId, int revisionNo);

}
