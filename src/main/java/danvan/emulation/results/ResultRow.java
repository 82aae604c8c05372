package danvan.emulation.results;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One unit's line of a published revision, frozen as it was published (name included). */
@Entity
@Immutable
@Table(name = "emulation_result_row")
public class ResultRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private ResultRevision revision;

	private Long unitId;

	private String unitName;

	private String clusterName;

	private BigDecimal criteria;

	private BigDecimal bonus;

	private BigDecimal penalty;

	private BigDecimal total;

	@Column(name = "rank_overall")
	private int rank;

	private int clusterRank;

	private String classification;

	private Instant submittedAt;

	protected ResultRow() {
	}

	ResultRow(ResultRevision revision, Standings.Row row) {
		this.revision = revision;
		this.unitId = row.unitId();
		this.unitName = row.unitName();
		this.clusterName = row.cluster();
		this.criteria = row.criteria();
		this.bonus = row.bonus();
		this.penalty = row.penalty();
		this.total = row.total();
		this.rank = row.rank();
		this.clusterRank = row.clusterRank();
		this.classification = row.classification();
		this.submittedAt = row.submittedAt();
	}

	public Standings.Row toRow() {
		return new Standings.Row(unitId, unitName, clusterName, criteria, bonus, penalty, total, rank, clusterRank,
				classification, submittedAt);
	}

	public Long getUnitId() {
		return unitId;
	}

}
