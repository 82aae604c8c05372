package danvan.oversight.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/** The annual inspection and supervision programme of a committee or board, with its approving document. */
@Entity
@Table(name = "oversight_plan")
@AuditTrail("OversightPlan")
public class InspectionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ownerUnitId;

	@Column(name = "plan_year")
	private int year;

	private String title;

	private String approvingDocument;

	private LocalDate approvedOn;

	private String createdBy;

	@Version
	private long version;

	protected InspectionPlan() {
	}

	InspectionPlan(Long ownerUnitId, int year, String title, String approvingDocument, LocalDate approvedOn, String createdBy) {
		this.ownerUnitId = ownerUnitId;
		this.year = year;
		this.title = title;
		this.approvingDocument = approvingDocument;
		this.approvedOn = approvedOn;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public int getYear() {
		return year;
	}

	public String getTitle() {
		return title;
	}

	public String getApprovingDocument() {
		return approvingDocument;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

}
