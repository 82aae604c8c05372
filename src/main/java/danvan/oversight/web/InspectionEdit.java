package danvan.oversight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.oversight.inspection.InspectedOfficial;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionDraft;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.TeamMember;
import danvan.oversight.inspection.TeamRole;
import danvan.platform.text.PlainText;

/** The preparation form of an inspection: subject, team, decision and dates. */
public class InspectionEdit {

	private long version;

	@NotNull
	private InspectionKind kind = InspectionKind.INSPECTION;

	@NotNull
	private InspectionForm form = InspectionForm.SCHEDULED;

	@Size(max = 1000)
	@PlainText
	private String grounds;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String title;

	private Long bodyUnitId;

	private Long committeeId;

	private List<Long> inspectedUnitIds = new ArrayList<>();

	private List<Long> inspectedOfficialIds = new ArrayList<>();

	private List<String> topics = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodTo;

	@Size(max = 50)
	@PlainText
	private String decisionNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decisionDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate noticeDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate workFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate workTo;

	private Long headOfficialId;

	private List<Long> memberOfficialIds = new ArrayList<>();

	private Long planId;


	static InspectionEdit of(Inspection i) {
		InspectionEdit f = new InspectionEdit();
		f.version = i.getVersion();
		f.kind = i.getKind();
		f.form = i.getForm();
		f.grounds = i.getGrounds();
		f.title = i.getTitle();
		f.bodyUnitId = i.getBodyUnitId();
		f.inspectedUnitIds = new ArrayList<>(i.inspectedUnitList());
		f.inspectedOfficialIds = new ArrayList<>(i.getInspectedOfficials().stream().map(InspectedOfficial::getOfficialId).toList());
		f.topics = new ArrayList<>(i.topicList());
		f.periodFrom = i.getPeriodFrom();
		f.periodTo = i.getPeriodTo();
		f.decisionNumber = i.getDecisionNumber();
		f.decisionDate = i.getDecisionDate();
		f.noticeDate = i.getNoticeDate();
		f.workFrom = i.getWorkFrom();
		f.workTo = i.getWorkTo();
		f.headOfficialId = i.headOfficialId();
		f.memberOfficialIds = new ArrayList<>(i.getTeam().stream().filter(m -> m.getTeamRole() != TeamRole.HEAD)
			.map(TeamMember::getOfficialId).toList());
		f.planId = i.getPlanId();
		f.committeeId = i.getCommitteeId();
		return f;
	}

	InspectionDraft draft() {
		List<TeamMember> team = new ArrayList<>();
		if (headOfficialId != null) {
			team.add(new TeamMember(headOfficialId, TeamRole.HEAD));
		}
		if (memberOfficialIds != null) {
			memberOfficialIds.stream().distinct().filter(id -> !id.equals(headOfficialId))
				.forEach(id -> team.add(new TeamMember(id, TeamRole.MEMBER)));
		}
		return new InspectionDraft(kind, form, blank(grounds), title.trim(), bodyUnitId,
				new LinkedHashSet<>(inspectedUnitIds == null ? List.of() : inspectedUnitIds),
				inspectedOfficialIds == null ? List.of() : List.copyOf(inspectedOfficialIds),
				new LinkedHashSet<>(topics == null ? List.of() : topics), periodFrom, periodTo, blank(decisionNumber),
				decisionDate, noticeDate, workFrom, workTo, team, planId, committeeId);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public InspectionKind getKind() {
		return kind;
	}

	public void setKind(InspectionKind kind) {
		this.kind = kind;
	}

	public InspectionForm getForm() {
		return form;
	}

	public void setForm(InspectionForm form) {
		this.form = form;
	}

	public String getGrounds() {
		return grounds;
	}

	public void setGrounds(String grounds) {
		this.grounds = grounds;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getBodyUnitId() {
		return bodyUnitId;
	}

	public void setBodyUnitId(Long bodyUnitId) {
		this.bodyUnitId = bodyUnitId;
	}

	public List<Long> getInspectedUnitIds() {
		return inspectedUnitIds;
	}

	public void setInspectedUnitIds(List<Long> inspectedUnitIds) {
		this.inspectedUnitIds = inspectedUnitIds;
	}

	public List<Long> getInspectedOfficialIds() {
		return inspectedOfficialIds;
	}

	public void setInspectedOfficialIds(List<Long> inspectedOfficialIds) {
		this.inspectedOfficialIds = inspectedOfficialIds;
	}

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(LocalDate periodFrom) {
		this.periodFrom = periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(LocalDate periodTo) {
		this.periodTo = periodTo;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public LocalDate getNoticeDate() {
		return noticeDate;
	}

	public void setNoticeDate(LocalDate noticeDate) {
		this.noticeDate = noticeDate;
	}

	public LocalDate getWorkFrom() {
		return workFrom;
	}

	public void setWorkFrom(LocalDate workFrom) {
		this.workFrom = workFrom;
	}

	public LocalDate getWorkTo() {
		return workTo;
	}

	public void setWorkTo(LocalDate workTo) {
		this.workTo = workTo;
	}

	public Long getHeadOfficialId() {
		return headOfficialId;
	}

	public void setHeadOfficialId(Long headOfficialId) {
		this.headOfficialId = headOfficialId;
	}

	public List<Long> getMemberOfficialIds() {
		return memberOfficialIds;
	}

	public void setMemberOfficialIds(List<Long> memberOfficialIds) {
		this.memberOfficialIds = memberOfficialIds;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public void setCommitteeId(Long committeeId) {
		this.committeeId = committeeId;
	}

	public Long getPlanId() {
		return planId;
	}

	public void setPlanId(Long planId) {
		this.planId = planId;
	}

}
