package danvan.commendation.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

/** An official's quality rating for one year, with the document it comes from; corrected, never deleted. */
@Entity
@Table(name = "commendation_official_rating")
@AuditTrail("OfficialRating")
public class AnnualRating implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long officialId;

	@Column(name = "rating_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private QualityRating rating;

	private String basis;

	private String note;

	@Version
	private long version;

	protected AnnualRating() {
	}

	AnnualRating(Long officialId, int year) {
		this.officialId = officialId;
		this.year = year;
	}

	void rate(QualityRating rating, String basis, String note) {
		this.rating = rating;
		this.basis = basis;
		this.note = note;
	}

	@Override
	public String auditLabel() {
		return year + ": " + rating;
	}

	public Long getId() {
		return id;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public int getYear() {
		return year;
	}

	public QualityRating getRating() {
		return rating;
	}

	public String getBasis() {
		return basis;
	}

	public String getNote() {
		return note;
	}

	public long getVersion() {
		return version;
	}

}
