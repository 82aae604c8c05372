package danvan.platform.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Reading the audit trail; entries are only ever written by {@link AuditWriter}. */
interface AuditEntries extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	@Query("select distinct e.entityType from AuditEntry e order by e.entityType")
	List<String> findEntityTypes();

	List<AuditEntry> findByEntityTypeAndEntityIdAndActionIn(String entityType, String entityId,
			Collection<AuditAction> actions, Pageable page);

}
