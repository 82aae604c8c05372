package danvan.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.org.PeriodDraft;
import danvan.platform.text.PlainText;

/** One line of service history, as typed on the official's page or sent to the API. */
public class PeriodForm {

	@NotNull(message = "{org.unit.unknown}")
	private Long unitId;

	@NotBlank
	@Size(max = 255)
	@PlainText
	private String position;

	@NotNull(message = "{org.period.startRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private boolean massMobilization;

	private long version;

	PeriodDraft toDraft() {
		return new PeriodDraft(unitId, position, startDate, endDate, massMobilization);
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

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public boolean isMassMobilization() {
		return massMobilization;
	}

	public void setMassMobilization(boolean massMobilization) {
		this.massMobilization = massMobilization;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
