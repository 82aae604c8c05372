package danvan.oversight.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;

/**
 * An inspection or a supervision: its subject (units, topics, period), the team and its decision, and the three
 * steps as its status, then the conclusion notice and the follow-up of its recommendations. Never deleted.
 */
@Entity
@Table(name = "oversight_inspection")
@AuditTrail("OversightInspection")
public class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long committeeId;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	@Enumerated(EnumType.STRING)
	private InspectionForm form;

	private String grounds;

	private String title;

	private String titleFolded;

	private Long bodyUnitId;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "oversight_inspected_unit", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "unit_id")
	private Set<Long> inspectedUnitIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "oversight_inspected_official", joinColumns = @JoinColumn(name = "inspection_id"))
	private Set<InspectedOfficial> inspectedOfficials = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "oversight_inspection_topic", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "topic_code")
	private Set<String> topics = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "oversight_team_member", joinColumns = @JoinColumn(name = "inspection_id"))
	private List<TeamMember> team = new ArrayList<>();

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private String decisionNumber;

	private LocalDate decisionDate;

	private Long decisionFileId;

	private LocalDate noticeDate;

	private LocalDate workFrom;

	private LocalDate workTo;

	private LocalDate selfReportOn;

	private String conclusionNumber;

	private LocalDate conclusionDate;

	private Long conclusionFileId;

	private String strengths;

	private String shortcomings;

	private String causes;

	@Enumerated(EnumType.STRING)
	private InspectionStatus status = InspectionStatus.PREPARING;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Inspection() {
	}

	Inspection(Instant createdAt, String createdBy) {
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void prepare(InspectionDraft d, List<InspectedOfficial> officials) {
		this.kind = d.kind();
		this.form = d.form();
		this.grounds = d.form() == InspectionForm.SURPRISE ? d.grounds() : null;
		this.title = d.title();
		this.titleFolded = Folding.fold(d.title());
		this.bodyUnitId = d.bodyUnitId();
		this.inspectedUnitIds.clear();
		this.inspectedUnitIds.addAll(d.inspectedUnitIds());
		this.inspectedOfficials.clear();
		this.inspectedOfficials.addAll(officials);
		this.topics.clear();
		this.topics.addAll(d.topics());
		this.periodFrom = d.periodFrom();
		this.periodTo = d.periodTo();
		this.decisionNumber = d.decisionNumber();
		this.decisionDate = d.decisionDate();
		this.noticeDate = d.noticeDate();
		this.workFrom = d.workFrom();
		this.workTo = d.workTo();
		this.team.clear();
		this.team.addAll(d.team());
		this.planId = d.planId();
		this.committeeId = d.committeeId();
	}

	void moveTo(InspectionStatus next) {
		this.status = next;
	}

	void receiveSelfReport(LocalDate on) {
		this.selfReportOn = on;
	}

	void attachDecision(Long fileId) {
		this.decisionFileId = fileId;
	}

	void endWork(LocalDate on) {
		this.workTo = on;
	}

	void conclude(String number, LocalDate date, String strengths, String shortcomings, String causes, Long fileId) {
		this.conclusionNumber = number;
		this.conclusionDate = date;
		this.strengths = strengths;
		this.shortcomings = shortcomings;
		this.causes = causes;
		this.conclusionFileId = fileId;
	}

	/** The head of the team, if one was named. */
	public Long headOfficialId() {
		return team.stream().filter(m -> m.getTeamRole() == TeamRole.HEAD).map(TeamMember::getOfficialId).findFirst()
			.orElse(null);
	}

	public Long getId() {
		return id;
	}

	public Long getPlanId() {
		return planId;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public InspectionKind getKind() {
		return kind;
	}

	public InspectionForm getForm() {
		return form;
	}

	public String getGrounds() {
		return grounds;
	}

	public String getTitle() {
		return title;
	}

	public String getTitleFolded() {
		return titleFolded;
	}

	public Long getBodyUnitId() {
		return bodyUnitId;
	}

	public Set<Long> getInspectedUnitIds() {
		return Set.copyOf(inspectedUnitIds);
	}

	public List<Long> inspectedUnitList() {
		return List.copyOf(inspectedUnitIds);
	}

	public List<InspectedOfficial> getInspectedOfficials() {
		return List.copyOf(inspectedOfficials);
	}

	/** The units the inspection concerns: those inspected, and those of the officials inspected in person. */
	public Set<Long> concernedUnitIds() {
		Set<Long> units = new LinkedHashSet<>(inspectedUnitIds);
		inspectedOfficials.forEach(o -> units.add(o.getUnitId()));
		return units;
	}

	public Set<String> getTopics() {
		return Set.copyOf(topics);
	}

	public List<String> topicList() {
		return List.copyOf(topics);
	}

	public List<TeamMember> getTeam() {
		return List.copyOf(team);
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public Long getDecisionFileId() {
		return decisionFileId;
	}

	public LocalDate getNoticeDate() {
		return noticeDate;
	}

	public LocalDate getWorkFrom() {
		return workFrom;
	}

	public LocalDate getWorkTo() {
		return workTo;
	}

	public LocalDate getSelfReportOn() {
		return selfReportOn;
	}

	public String getConclusionNumber() {
		return conclusionNumber;
	}

	public LocalDate getConclusionDate() {
		return conclusionDate;
	}

	public Long getConclusionFileId() {
		return conclusionFileId;
	}

	public String getStrengths() {
		return strengths;
	}

	public String getShortcomings() {
		return shortcomings;
	}

	public String getCauses() {
		return causes;
	}

	public InspectionStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

}
