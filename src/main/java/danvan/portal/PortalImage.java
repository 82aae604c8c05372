package danvan.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import danvan.platform.audit.AuditTrail;

/**
 * An article image: the uploaded original (kept, never served) and the re-encoded display and thumbnail
 * sizes, which carry no EXIF metadata. The caption doubles as the image's alternative text.
 */
@Entity
@Immutable
@Table(name = "portal_image")
@AuditTrail("PortalImage")
public class PortalImage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long originalFileId;

	private Long displayFileId;

	private Long thumbFileId;

	private String caption;

	private int width;

	private int height;

	private Instant uploadedAt;

	private String uploadedBy;

	protected PortalImage() {
	}

	PortalImage(Long originalFileId, Long displayFileId, Long thumbFileId, String caption, int width, int height,
			Instant uploadedAt, String uploadedBy) {
		this.originalFileId = originalFileId;
		this.displayFileId = displayFileId;
		this.thumbFileId = thumbFileId;
		this.caption = caption;
		this.width = width;
		this.height = height;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return id;
	}

	public Long getOriginalFileId() {
		return originalFileId;
	}

	public Long getDisplayFileId() {
		return displayFileId;
	}

	public Long getThumbFileId() {
		return thumbFileId;
	}

	public String getCaption() {
		return caption;
	}

	public int getWidth() {
		return width;
	}

	public int getHeight() {
		return height;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public String displayUrl() {
		return "/anh/" + id + "/hien-thi";
	}

	public String thumbUrl() {
		return "/anh/" + id + "/thu-nho";
	}

}
