package danvan.site;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

/**
 * The one row saying whom this installation belongs to. The owning body is an org unit held by id (the org
 * module owns units), so its name is always the unit's current name.
 */
@Entity
@Table(name = "site_identity")
@AuditTrail(value = "SiteIdentity", ignore = { "updatedAt", "updatedBy", "logoOriginalId" })
public class SiteProfile implements AuditLabel {

	static final long ID = 1L;

	@Id
	private Long id;

	private Long ownerUnitId;

	private String portalName;

	private String parentLine;

	private String address;

	private String phone;

	private String email;

	private String publicUrl;

	private Long logoFileId;

	private Long logoOriginalId;

	private String description;

	private String printPlace;

	private String defaultLanguage;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected SiteProfile() {
	}

	SiteProfile(SiteDraft draft, Instant at, String by) {
		this.id = ID;
		describe(draft, at, by);
	}

	void describe(SiteDraft draft, Instant at, String by) {
		this.ownerUnitId = draft.ownerUnitId();
		this.portalName = draft.portalName();
		this.parentLine = draft.parentLine();
		this.address = draft.address();
		this.phone = draft.phone();
		this.email = draft.email();
		this.publicUrl = draft.publicUrl();
		this.description = draft.description();
		this.printPlace = draft.printPlace();
		this.defaultLanguage = draft.defaultLanguage();
		this.updatedAt = at;
		this.updatedBy = by;
	}

	void useLogo(Long originalId, Long resizedId) {
		this.logoOriginalId = originalId;
		this.logoFileId = resizedId;
	}

	void removeLogo() {
		this.logoOriginalId = null;
		this.logoFileId = null;
	}

	@Override
	public String auditLabel() {
		return "Thông tin đơn vị sử dụng";
	}

	public Long getId() {
		return id;
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public String getPortalName() {
		return portalName;
	}

	public String getParentLine() {
		return parentLine;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getPublicUrl() {
		return publicUrl;
	}

	public Long getLogoFileId() {
		return logoFileId;
	}

	public String getDescription() {
		return description;
	}

	public String getPrintPlace() {
		return printPlace;
	}

	public String getDefaultLanguage() {
		return defaultLanguage;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}

}
