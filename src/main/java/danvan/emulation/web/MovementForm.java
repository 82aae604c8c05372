package danvan.emulation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementDraft;
import danvan.emulation.movement.MovementKind;
import danvan.emulation.movement.TieBreak;
import danvan.platform.text.PlainText;

/** The movement form. */
class MovementForm {

	@NotBlank
	@Size(max = 500)
	@PlainText
	private String name;

	@NotNull
	private MovementKind kind = MovementKind.REGULAR;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@NotNull
	private Long organiserUnitId;

	@NotNull
	private Long scaleId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate pledgeDeadline;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate selfAssessmentDeadline;

	@NotNull
	private TieBreak tieBreak = TieBreak.FIRST_GROUP_THEN_SUBMISSION;

	private long version;

	static MovementForm of(Movement m) {
		MovementForm form = new MovementForm();
		form.name = m.getName();
		form.kind = m.getKind();
		form.periodStart = m.getPeriodStart();
		form.periodEnd = m.getPeriodEnd();
		form.organiserUnitId = m.getOrganiserUnitId();
		form.scaleId = m.getScaleId();
		form.pledgeDeadline = m.getPledgeDeadline();
		form.selfAssessmentDeadline = m.getSelfAssessmentDeadline();
		form.tieBreak = m.getTieBreak();
		form.version = m.getVersion();
		return form;
	}

	MovementDraft toDraft() {
		return new MovementDraft(name, kind, periodStart, periodEnd, organiserUnitId, scaleId, pledgeDeadline,
				selfAssessmentDeadline, tieBreak);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public MovementKind getKind() { return kind; }
	public void setKind(MovementKind kind) { this.kind = kind; }
	public LocalDate getPeriodStart() { return periodStart; }
	public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
	public LocalDate getPeriodEnd() { return periodEnd; }
	public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
	public Long getOrganiserUnitId() { return organiserUnitId; }
	public void setOrganiserUnitId(Long organiserUnitId) { this.organiserUnitId = organiserUnitId; }
	public Long getScaleId() { return scaleId; }
	public void setScaleId(Long scaleId) { this.scaleId = scaleId; }
	public LocalDate getPledgeDeadline() { return pledgeDeadline; }
	public void setPledgeDeadline(LocalDate pledgeDeadline) { this.pledgeDeadline = pledgeDeadline; }
	public LocalDate getSelfAssessmentDeadline() { return selfAssessmentDeadline; }
	public void setSelfAssessmentDeadline(LocalDate d) { this.selfAssessmentDeadline = d; }
	public TieBreak getTieBreak() { return tieBreak; }
	public void setTieBreak(TieBreak tieBreak) { this.tieBreak = tieBreak; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

}
