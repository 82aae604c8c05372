package danvan.exemplar.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.RecognitionLevel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;
import danvan.platform.web.RuleViolationException;

/**
 * A "Dân vận khéo" model or exemplar of one unit, with the ten items of its registration form and its current
 * outcome figures. Never deleted: one that stops is discontinued with a reason.
 */
@Entity
@Table(name = "exemplar_exemplar")
@AuditTrail(value = "Exemplar", ignore = { "searchText" })
public class Exemplar {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private ExemplarKind kind;

	private String name;

	private Long unitId;

	private Long officialId;

	private String fieldCode;

	@Enumerated(EnumType.STRING)
	private ExemplarStatus status = ExemplarStatus.REGISTERED;

	private String stageCode;

	private String situation;

	private String objectives;

	private String contentMethod;

	private String areaBeneficiaries;

	private String forcesLead;

	private String forcesPartners;

	private String forcesParticipants;

	private BigDecimal resourceMoney;

	private Integer resourcePeople;

	private Integer resourceWorkdays;

	private String resourceSocialised;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private LocalDate evaluationDue;

	private String outputs;

	private String sustainability;

	private String location;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private LocalDate registeredOn;

	private LocalDate launchedOn;

	private String launchCommitment;

	@Enumerated(EnumType.STRING)
	private RecognitionLevel recognitionLevel;

	private LocalDate recognisedOn;

	private String recognitionDocument;

	private boolean typical;

	private Long replicatedFromId;

	private String discontinuedReason;

	private String searchText;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 250)
	@CollectionTable(name = "exemplar_figure", joinColumns = @JoinColumn(name = "exemplar_id"))
	@MapKeyColumn(name = "indicator_code")
	@Column(name = "figure_value")
	private Map<String, BigDecimal> figures = new LinkedHashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 250)
	@CollectionTable(name = "exemplar_stage_entry", joinColumns = @JoinColumn(name = "exemplar_id"))
	private List<StageEntry> stages = new ArrayList<>();

	protected Exemplar() {
	}

	Exemplar(String slug, String stageCode, LocalDate registeredOn, Instant createdAt, String createdBy) {
		this.slug = slug;
		this.stageCode = stageCode;
		this.registeredOn = registeredOn;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.stages.add(new StageEntry(stageCode, false));
	}

	void describe(ExemplarDraft d) {
		this.kind = d.kind();
		this.name = d.name().strip();
		this.unitId = d.unitId();
		this.officialId = d.kind() == ExemplarKind.INDIVIDUAL ? d.officialId() : null;
		this.fieldCode = d.fieldCode();
		this.situation = d.situation();
		this.objectives = d.objectives();
		this.contentMethod = d.contentMethod();
		this.areaBeneficiaries = d.areaBeneficiaries();
		this.forcesLead = d.forcesLead();
		this.forcesPartners = d.forcesPartners();
		this.forcesParticipants = d.forcesParticipants();
		this.resourceMoney = d.resourceMoney();
		this.resourcePeople = d.resourcePeople();
		this.resourceWorkdays = d.resourceWorkdays();
		this.resourceSocialised = d.resourceSocialised();
		this.startsOn = d.startsOn();
		this.endsOn = d.endsOn();
		this.evaluationDue = d.evaluationDue();
		this.outputs = d.outputs();
		this.sustainability = d.sustainability();
		this.location = d.location();
		this.latitude = d.latitude();
		this.longitude = d.longitude();
		this.figures.clear();
		this.figures.putAll(d.figures());
		this.searchText = Folding.fold(this.name + " " + (location == null ? "" : location));
		if (searchText.length() > 1000) {
			searchText = searchText.substring(0, 1000);
		}
	}

	/*
	 * The transitions are public for the lifecycle and review use cases; each refuses a move from the wrong state,
	 * so no caller can skip one.
	 */

	/** Registered → implementing; launched (ra mắt) with its commitment when {@code launched}. */
	public void start(LocalDate on, boolean launched, String commitment) {
		requireState(ExemplarStatus.REGISTERED, "start");
		this.status = ExemplarStatus.IMPLEMENTING;
		if (launched) {
			this.launchedOn = on;
			this.launchCommitment = commitment;
		}
	}

	/**
	 * Implementing → evaluated with the evaluation's figures; on a recognised exemplar the evaluation is its
	 * improvement (nâng chất) and only the figures change.
	 */
	public void evaluated(Map<String, BigDecimal> latest) {
		if (status != ExemplarStatus.RECOGNISED) {
			requireState(ExemplarStatus.IMPLEMENTING, "evaluate");
			this.status = ExemplarStatus.EVALUATED;
		}
		this.figures.putAll(latest);
	}

	public void recognise(RecognitionLevel level, LocalDate on, String document, boolean typical) {
		requireState(ExemplarStatus.EVALUATED, "recognise");
		this.recognitionLevel = level;
		this.recognisedOn = on;
		this.recognitionDocument = document;
		this.typical = typical;
		this.status = ExemplarStatus.RECOGNISED;
	}

	public void carryInto(String nextStage) {
		requireState(ExemplarStatus.RECOGNISED, "carry");
		this.stageCode = nextStage;
		this.stages.add(new StageEntry(nextStage, true));
	}

	/** Marks this exemplar a copy of another; only a fresh registration can be one. */
	public void copiedFrom(Long originalId) {
		if (status != ExemplarStatus.REGISTERED || replicatedFromId != null) {
			throw new IllegalStateException("exemplar " + id + " cannot become a copy");
		}
		this.replicatedFromId = originalId;
	}

	public void discontinue(String reason) {
		if (status == ExemplarStatus.DISCONTINUED) {
			throw skipped("discontinue");
		}
		this.status = ExemplarStatus.DISCONTINUED;
		this.discontinuedReason = reason;
	}

	/** Honoured or not at the stage's conference; answers whether that changed anything. */
	public boolean honourIn(String stage, boolean honoured, LocalDate on) {
		StageEntry entry = stages.stream()
			.filter(s -> s.getStageCode().equals(stage))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("exemplar.stage.unknown"));
		if (entry.isHonoured() == honoured) {
			return false;
		}
		entry.honour(honoured, on);
		return true;
	}

	private void requireState(ExemplarStatus expected, String action) {
		if (status != expected) {
			throw skipped(action);
		}
	}

	private RuleViolationException skipped(String action) {
		return new RuleViolationException("exemplar.transition." + action, status.name());
	}

	public Optional<StageEntry> entryIn(String stage) {
		return stages.stream().filter(s -> s.getStageCode().equals(stage)).findFirst();
	}

	/** Shown on the public showcase: recognised and still going. */
	public boolean isPublic() {
		return status == ExemplarStatus.RECOGNISED;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public ExemplarKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public String getFieldCode() {
		return fieldCode;
	}

	public ExemplarStatus getStatus() {
		return status;
	}

	public String getStageCode() {
		return stageCode;
	}

	public String getSituation() {
		return situation;
	}

	public String getObjectives() {
		return objectives;
	}

	public String getContentMethod() {
		return contentMethod;
	}

	public String getAreaBeneficiaries() {
		return areaBeneficiaries;
	}

	public String getForcesLead() {
		return forcesLead;
	}

	public String getForcesPartners() {
		return forcesPartners;
	}

	public String getForcesParticipants() {
		return forcesParticipants;
	}

	public BigDecimal getResourceMoney() {
		return resourceMoney;
	}

	public Integer getResourcePeople() {
		return resourcePeople;
	}

	public Integer getResourceWorkdays() {
		return resourceWorkdays;
	}

	public String getResourceSocialised() {
		return resourceSocialised;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public LocalDate getEvaluationDue() {
		return evaluationDue;
	}

	public String getOutputs() {
		return outputs;
	}

	public String getSustainability() {
		return sustainability;
	}

	public String getLocation() {
		return location;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public LocalDate getRegisteredOn() {
		return registeredOn;
	}

	public LocalDate getLaunchedOn() {
		return launchedOn;
	}

	public String getLaunchCommitment() {
		return launchCommitment;
	}

	public RecognitionLevel getRecognitionLevel() {
		return recognitionLevel;
	}

	public LocalDate getRecognisedOn() {
		return recognisedOn;
	}

	public String getRecognitionDocument() {
		return recognitionDocument;
	}

	public boolean isTypical() {
		return typical;
	}

	public Long getReplicatedFromId() {
		return replicatedFromId;
	}

	public String getDiscontinuedReason() {
		return discontinuedReason;
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

	public Map<String, BigDecimal> getFigures() {
		return java.util.Collections.unmodifiableMap(figures);
	}

	public List<StageEntry> getStages() {
		return java.util.Collections.unmodifiableList(stages);
	}

}
