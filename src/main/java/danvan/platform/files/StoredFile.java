package danvan.platform.files;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An uploaded file's record; its bytes live in the file store under {@code storageKey}. Never changed. */
@Entity
@Immutable
@Table(name = "platform_stored_file")
public class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String originalName;

	@Enumerated(EnumType.STRING)
	private FileKind kind;

	private long sizeBytes;

	private String sha256;

	private String storageKey;

	private Instant uploadedAt;

	private String uploadedBy;

	protected StoredFile() {
	}

	StoredFile(String originalName, FileKind kind, long sizeBytes, String sha256, String storageKey,
			Instant uploadedAt, String uploadedBy) {
		this.originalName = originalName;
		this.kind = kind;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return id;
	}

	public String getOriginalName() {
		return originalName;
	}

	public FileKind getKind() {
		return kind;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	String getStorageKey() {
		return storageKey;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

}
