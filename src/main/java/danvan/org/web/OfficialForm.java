package danvan.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.org.Gender;
import danvan.org.Official;
import danvan.org.OfficialDraft;
import danvan.platform.text.PlainText;

/** The official form, and the JSON body of the officials API. */
public class OfficialForm {

	@NotBlank
	@Size(max = 150)
	@PlainText
	private String fullName;

	@NotNull
	private Gender gender;

	@Past
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Pattern(regexp = "[0-9 +().-]{0,30}", message = "{org.phone.invalid}")
	private String phone;

	@Email
	@Size(max = 120)
	private String email;

	@NotNull(message = "{org.unit.unknown}")
	private Long unitId;

	@Size(max = 255)
	@PlainText
	private String position;

	private long version;

	static OfficialForm of(Official official) {
		OfficialForm form = new OfficialForm();
		form.fullName = official.getFullName();
		form.gender = official.getGender();
		form.birthDate = official.getBirthDate();
		form.phone = official.getPhone();
		form.email = official.getEmail();
		form.unitId = official.getUnit().getId();
		form.position = official.getPosition();
		form.version = official.getVersion();
		return form;
	}

	OfficialDraft toDraft() {
		return new OfficialDraft(fullName, gender, birthDate, phone, email, unitId, position);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
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

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
