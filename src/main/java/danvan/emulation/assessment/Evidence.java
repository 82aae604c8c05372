package danvan.emulation.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import danvan.platform.audit.AuditTrail;

/** A file a unit attached to one item of its assessment (minh chứng). */
@Entity
@Immutable
@Table(name = "emulation_evidence")
@AuditTrail("Evidence")
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Assessment assessment;

	private Long itemId;

	private Long fileId;

	private String fileName;

	private Instant uploadedAt;

	private String uploadedBy;

	protected Evidence() {
	}

	Evidence(Assessment assessment, Long itemId, Long fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		this.assessment = assessment;
		this.itemId = itemId;
		this.fileId = fileId;
		this.fileName = fileName;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public Long getFileId() {
		return fileId;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

}
