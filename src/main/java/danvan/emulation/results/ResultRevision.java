package danvan.emulation.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import danvan.platform.audit.AuditTrail;

/**
 * A published set of results: an immutable snapshot. A correction is never an edit but a new revision,
 * whose page shows what changed from the previous one.
 */
@Entity
@Immutable
@Table(name = "emulation_result_revision")
@AuditTrail("ResultRevision")
public class ResultRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long movementId;

	private int revisionNo;

	private Instant publishedAt;

	private String publishedBy;

	private String note;

	@OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
	@OrderBy("rank, unitName")
	private List<ResultRow> rows = new ArrayList<>();

	protected ResultRevision() {
	}

	public ResultRevision(Long movementId, int revisionNo, Instant publishedAt, String publishedBy, String note,
			List<Standings.Row> standings) {
		this.movementId = movementId;
		this.revisionNo = revisionNo;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.note = note;
		standings.forEach(r -> rows.add(new ResultRow(this, r)));
	}

	public Long getId() {
		return id;
	}

	public Long getMovementId() {
		return movementId;
	}

	public int getRevisionNo() {
		return revisionNo;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public String getNote() {
		return note;
	}

	public List<Standings.Row> rows() {
		return rows.stream().map(ResultRow::toRow).toList();
	}

}
