package danvan.emulation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import danvan.platform.text.PlainText;

/** A reviewer's adjustment of one item: points typed as text, and the mandatory reason. */
public class ReviewForm {

	@NotNull
	private Long itemId;

	@Size(max = 12)
	private String points;

	@Size(max = 1000)
	@PlainText
	private String reason;

	private long version;

	private int step;

	public Long getItemId() {
		return itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public String getPoints() {
		return points;
	}

	public void setPoints(String points) {
		this.points = points;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public int getStep() {
		return step;
	}

	public void setStep(int step) {
		this.step = step;
	}

}
