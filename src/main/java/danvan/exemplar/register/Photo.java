package danvan.exemplar.register;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** A photo (with its caption, shown on the showcase) or a document (signed-in only) of an exemplar. */
@Entity
@Table(name = "exemplar_photo")
@AuditTrail("ExemplarPhoto")
public class Photo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long exemplarId;

	private Long fileId;

	private String caption;

	private boolean document;

	private Instant createdAt;

	private String createdBy;

	protected Photo() {
	}

	Photo(Long exemplarId, Long fileId, String caption, boolean document, Instant createdAt, String createdBy) {
		this.exemplarId = exemplarId;
		this.fileId = fileId;
		this.caption = caption;
		this.document = document;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public Long getExemplarId() {
		return exemplarId;
	}

	public Long getFileId() {
		return fileId;
	}

	public String getCaption() {
		return caption;
	}

	public boolean isDocument() {
		return document;
	}

}
