package danvan.platform.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one record's entries of the audit trail, for the pages that show them next to the record. */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

	private final AuditEntries entries;

	AuditHistory(AuditEntries entries) {
		this.entries = entries;
	}

	/** The newest {@code limit} entries of one record with one of the given actions, newest first. */
	public List<AuditEntry> recent(String entityType, Object entityId, Collection<AuditAction> actions, int limit) {
		return entries.findByEntityTypeAndEntityIdAndActionIn(entityType, String.valueOf(entityId), actions,
				PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id")));
	}

}
