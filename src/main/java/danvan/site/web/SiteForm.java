package danvan.site.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import danvan.platform.site.SiteIdentity;
import danvan.platform.text.PlainText;
import danvan.site.SiteDraft;
import danvan.site.SiteProfile;

/**
 * The identity as the settings page and the setup page edit it. On the setup page the owning unit may be
 * created on the spot: {@code newUnit} then says so and the {@code unit*} fields describe it.
 */
public class SiteForm {

	private Long ownerUnitId;

	private boolean newUnit;

	private String unitCode;

	@Size(max = 255)
	@PlainText
	private String unitName;

	private Long unitKindId;

	private Long unitLevelId;

	private Long unitParentId;

	@Size(max = 255)
	@PlainText
	private String portalName;

	@Size(max = 255)
	@PlainText
	private String parentLine;

	@Size(max = 255)
	@PlainText
	private String address;

	@Pattern(regexp = "\\s*(\\+?[0-9][0-9 ().-]{7,24}[0-9])?\\s*", message = "{site.phone.invalid}")
	private String phone;

	@Email(message = "{site.email.invalid}")
	@Size(max = 120)
	private String email;

	@Size(max = 255, message = "{site.publicUrl.invalid}")
	@Pattern(regexp = "\\s*(https?://\\S+)?\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
			message = "{site.publicUrl.invalid}")
	private String publicUrl;

	@Size(max = 300)
	@PlainText
	private String description;

	@Size(max = 100)
	@PlainText
	private String printPlace;

	private String defaultLanguage = SiteIdentity.DEFAULT_LANGUAGE;

	private MultipartFile logo;

	private boolean removeLogo;

	private long version;

	static SiteForm of(SiteProfile profile) {
		SiteForm form = new SiteForm();
		form.ownerUnitId = profile.getOwnerUnitId();
		form.portalName = profile.getPortalName();
		form.parentLine = profile.getParentLine();
		form.address = profile.getAddress();
		form.phone = profile.getPhone();
		form.email = profile.getEmail();
		form.publicUrl = profile.getPublicUrl();
		form.description = profile.getDescription();
		form.printPlace = profile.getPrintPlace();
		form.defaultLanguage = profile.getDefaultLanguage();
		form.version = profile.getVersion();
		return form;
	}

	SiteDraft toDraft(Long ownerId) {
		return new SiteDraft(ownerId, blankToNull(portalName), blankToNull(parentLine), blankToNull(address),
				blankToNull(phone), blankToNull(email), blankToNull(publicUrl), blankToNull(description),
				blankToNull(printPlace), defaultLanguage == null ? "" : defaultLanguage.trim());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public void setOwnerUnitId(Long ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
	}

	public boolean isNewUnit() {
		return newUnit;
	}

	public void setNewUnit(boolean newUnit) {
		this.newUnit = newUnit;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getUnitName() {
		return unitName;
	}

	public void setUnitName(String unitName) {
		this.unitName = unitName;
	}

	public Long getUnitKindId() {
		return unitKindId;
	}

	public void setUnitKindId(Long unitKindId) {
		this.unitKindId = unitKindId;
	}

	public Long getUnitLevelId() {
		return unitLevelId;
	}

	public void setUnitLevelId(Long unitLevelId) {
		this.unitLevelId = unitLevelId;
	}

	public Long getUnitParentId() {
		return unitParentId;
	}

	public void setUnitParentId(Long unitParentId) {
		this.unitParentId = unitParentId;
	}

	public String getPortalName() {
		return portalName;
	}

	public void setPortalName(String portalName) {
		this.portalName = portalName;
	}

	public String getParentLine() {
		return parentLine;
	}

	public void setParentLine(String parentLine) {
		this.parentLine = parentLine;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPublicUrl() {
		return publicUrl;
	}

	public void setPublicUrl(String publicUrl) {
		this.publicUrl = publicUrl;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPrintPlace() {
		return printPlace;
	}

	public void setPrintPlace(String printPlace) {
		this.printPlace = printPlace;
	}

	public String getDefaultLanguage() {
		return defaultLanguage;
	}

	public void setDefaultLanguage(String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	public MultipartFile getLogo() {
		return logo;
	}

	public void setLogo(MultipartFile logo) {
		this.logo = logo;
	}

	public boolean isRemoveLogo() {
		return removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
