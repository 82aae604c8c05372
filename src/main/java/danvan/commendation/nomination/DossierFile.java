package danvan.commendation.nomination;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A paper of the dossier, kept by the platform's file store (checked by content). */
@Embeddable
public class DossierFile {

	private Long fileId;

	@Enumerated(EnumType.STRING)
	private DossierKind kind;

	private String name;

	private String addedBy;

	private Instant addedAt;

	protected DossierFile() {
	}

	DossierFile(Long fileId, DossierKind kind, String name, String addedBy, Instant addedAt) {
		this.fileId = fileId;
		this.kind = kind;
		this.name = name;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public Long getFileId() {
		return fileId;
	}

	public DossierKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

}
