package danvan.exemplar;

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

import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;

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

	void moveTo(ExemplarStatus status) {
		this.status = status;
	}

	void launch(LocalDate on, String commitment) {
		this.launchedOn = on;
		this.launchCommitment = commitment;
	}

	void recognise(RecognitionLevel level, LocalDate on, String document, boolean typical) {
		this.recognitionLevel = level;
		this.recognisedOn = on;
		this.recognitionDocument = document;
		this.typical = typical;
		this.status = ExemplarStatus.RECOGNISED;
	}

	void updateFigures(Map<String, BigDecimal> latest) {
		this.figures.putAll(latest);
	}

	void carryInto(String nextStage) {
		this.stageCode = nextStage;
		this.stages.add(new StageEntry(nextStage, true));
	}

	void copiedFrom(Long originalId) {
		this.replicatedFromId = originalId;
	}

	void discontinue(String reason) {
		this.status = ExemplarStatus.DISCONTINUED;
		this.discontinuedReason = reason;
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

	StageEntry entryToChange(String stage) {
		return stages.stream().filter(s -> s.getStageCode().equals(stage)).findFirst().orElse(null);
	}

}
