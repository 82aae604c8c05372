package danvan.org.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import danvan.platform.text.PlainText;

/** A kind of unit or a level: code (on creation), name and position in lists. */
public class ReferenceForm {

	@Pattern(regexp = "[A-Za-z0-9_-]{2,30}", message = "{org.unit.codeInvalid}")
	private String code = "XX";

	@NotBlank
	@Size(max = 150)
	@PlainText
	private String name;

	@Min(0)
	@Max(9999)
	private int order;

	private long version;

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

	public int getOrder() {
		return order;
	}

	public void setOrder(int order) {
		this.order = order;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
