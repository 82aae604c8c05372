package danvan.oversight.directive;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;

/** A document from a higher level to disseminate (quán triệt) and implement, tracked by the unit that owns it. */
@Entity
@Table(name = "oversight_directive")
@AuditTrail("OversightDirective")
public class Directive {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long committeeId;

	private String number;

	private String issuer;

	@Enumerated(EnumType.STRING)
	private IssuerLevel issuerLevel;

	private LocalDate issuedOn;

	private String summary;

	private String summaryFolded;

	private Long fileId;

	private Long ownerUnitId;

	private LocalDate disseminateBy;

	private String reportRequirement;

	private String createdBy;

	@Version
	private long version;

	protected Directive() {
	}

	Directive(String createdBy) {
		this.createdBy = createdBy;
	}

	void describe(DirectiveDraft d) {
		this.number = d.number();
		this.issuer = d.issuer();
		this.issuerLevel = d.level();
		this.issuedOn = d.issuedOn();
		this.summary = d.summary();
		this.summaryFolded = Folding.fold(d.number() + " " + d.summary() + " " + d.issuer());
		this.ownerUnitId = d.ownerUnitId();
		this.disseminateBy = d.disseminateBy();
		this.reportRequirement = d.reportRequirement();
		this.committeeId = d.committeeId();
	}

	void attach(Long fileId) {
		this.fileId = fileId;
	}

	public Long getId() {
		return id;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public String getNumber() {
		return number;
	}

	public String getIssuer() {
		return issuer;
	}

	public IssuerLevel getIssuerLevel() {
		return issuerLevel;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public String getSummary() {
		return summary;
	}

	public String getSummaryFolded() {
		return summaryFolded;
	}

	public Long getFileId() {
		return fileId;
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public LocalDate getDisseminateBy() {
		return disseminateBy;
	}

	public String getReportRequirement() {
		return reportRequirement;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

}
