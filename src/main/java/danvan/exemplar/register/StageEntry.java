package danvan.exemplar.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An exemplar's place in one stage: carried from an earlier one (sustained) or new, and honoured or not. */
@Embeddable
public class StageEntry {

	@Column(name = "stage_code")
	private String stageCode;

	private boolean sustained;

	private boolean honoured;

	private LocalDate honouredOn;

	protected StageEntry() {
	}

	StageEntry(String stageCode, boolean sustained) {
		this.stageCode = stageCode;
		this.sustained = sustained;
	}

	void honour(boolean honoured, LocalDate on) {
		this.honoured = honoured;
		this.honouredOn = honoured ? on : null;
	}

	public String getStageCode() {
		return stageCode;
	}

	public boolean isSustained() {
		return sustained;
	}

	public boolean isHonoured() {
		return honoured;
	}

	public LocalDate getHonouredOn() {
		return honouredOn;
	}

}
