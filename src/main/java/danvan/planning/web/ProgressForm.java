package danvan.planning.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

import org.springframework.web.multipart.MultipartFile;

/** A unit's achieved value for a period, with a note. */
public class ProgressForm implements java.io.Serializable {

	/** Kept in the session as a flash attribute after a refused form: with several nodes, the session is in Redis. */
	private static final long serialVersionUID = 1L;


	private Long unitId;

	private Long periodId;

	private BigDecimal achieved;

	@Size(max = 2000)
	private String note;

	private transient MultipartFile evidence;

	public MultipartFile getEvidence() {
		return evidence;
	}

	public void setEvidence(MultipartFile evidence) {
		this.evidence = evidence;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public void setPeriodId(Long periodId) {
		this.periodId = periodId;
	}

	public BigDecimal getAchieved() {
		return achieved;
	}

	public void setAchieved(BigDecimal achieved) {
		this.achieved = achieved;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}


}
