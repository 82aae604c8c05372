package danvan.dialogue.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.dialogue.Dialogue;
import danvan.dialogue.DialogueDraft;
import danvan.dialogue.DialogueKind;
import danvan.platform.text.PlainText;

/** The dialogue form, turned into a {@link DialogueDraft} before it reaches the service. */
public class DialogueForm {

	private long version;

	@NotNull
	private Long hostUnitId;

	@NotNull
	private DialogueKind kind = DialogueKind.COMPREHENSIVE;

	@Size(max = 200)
	@PlainText
	private String field;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@Size(max = 300)
	@PlainText
	private String place;

	@NotBlank
	@Size(max = 150)
	@PlainText
	private String chairName;

	@NotNull
	@Min(0)
	@Max(100_000)
	private Integer participants = 0;

	@Size(max = 4000)
	@PlainText
	private String conclusion;

	static DialogueForm of(Dialogue d) {
		DialogueForm form = new DialogueForm();
		form.version = d.getVersion();
		form.hostUnitId = d.getHostUnitId();
		form.kind = d.getKind();
		form.field = d.getField();
		form.title = d.getTitle();
		form.heldOn = d.getHeldOn();
		form.place = d.getPlace();
		form.chairName = d.getChairName();
		form.participants = d.getParticipants();
		form.conclusion = d.getConclusion();
		return form;
	}

	DialogueDraft draft() {
		return new DialogueDraft(kind, blankToNull(field), title.trim(), heldOn, blankToNull(place), chairName.trim(),
				participants, blankToNull(conclusion));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getHostUnitId() {
		return hostUnitId;
	}

	public void setHostUnitId(Long hostUnitId) {
		this.hostUnitId = hostUnitId;
	}

	public DialogueKind getKind() {
		return kind;
	}

	public void setKind(DialogueKind kind) {
		this.kind = kind;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getChairName() {
		return chairName;
	}

	public void setChairName(String chairName) {
		this.chairName = chairName;
	}

	public Integer getParticipants() {
		return participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public String getConclusion() {
		return conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = conclusion;
	}

}
