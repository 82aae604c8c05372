package danvan.org.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import danvan.org.OrgUnit;
import danvan.org.UnitDraft;
import danvan.platform.text.PlainText;

/** The unit form, and the JSON body of the units API. */
public class UnitForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9_-]{2,30}", message = "{org.unit.codeInvalid}")
	private String code;

	@NotBlank
	@Size(max = 255)
	@PlainText
	private String name;

	@NotNull(message = "{org.unit.kindUnknown}")
	private Long kindId;

	@NotNull(message = "{org.unit.levelUnknown}")
	private Long levelId;

	private Long parentId;

	@Size(max = 255)
	@PlainText
	private String address;

	@Pattern(regexp = "[0-9 +().-]{0,30}", message = "{org.phone.invalid}")
	private String phone;

	@Email
	@Size(max = 120)
	private String email;

	private long version;

	static UnitForm of(OrgUnit unit) {
		UnitForm form = new UnitForm();
		form.code = unit.getCode();
		form.name = unit.getName();
		form.kindId = unit.getKind().getId();
		form.levelId = unit.getLevel().getId();
		form.parentId = unit.getParent() == null ? null : unit.getParent().getId();
		form.address = unit.getAddress();
		form.phone = unit.getPhone();
		form.email = unit.getEmail();
		form.version = unit.getVersion();
		return form;
	}

	UnitDraft toDraft() {
		return new UnitDraft(code, name, kindId, levelId, parentId, blankToNull(address), blankToNull(phone),
				blankToNull(email));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getKindId() {
		return kindId;
	}

	public void setKindId(Long kindId) {
		this.kindId = kindId;
	}

	public Long getLevelId() {
		return levelId;
	}

	public void setLevelId(Long levelId) {
		this.levelId = levelId;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
