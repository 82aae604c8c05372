package danvan.exemplar.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarDraft;
import danvan.platform.text.PlainText;

/** The registration form: the ten items of the form, the figures by indicator code and the location. */
public class ExemplarForm {

	private long version;

	@NotNull
	private ExemplarKind kind = ExemplarKind.MODEL;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String name;

	@NotNull
	private Long unitId;

	private Long officialId;

	@NotBlank
	private String fieldCode;

	@Size(max = 4000) @PlainText private String situation;

	@Size(max = 4000) @PlainText private String objectives;

	@Size(max = 4000) @PlainText private String contentMethod;

	@Size(max = 2000) @PlainText private String areaBeneficiaries;

	@Size(max = 500) @PlainText private String forcesLead;

	@Size(max = 1000) @PlainText private String forcesPartners;

	@Size(max = 1000) @PlainText private String forcesParticipants;

	@PositiveOrZero
	@Digits(integer = 15, fraction = 0)
	private BigDecimal resourceMoney;

	@PositiveOrZero private Integer resourcePeople;

	@PositiveOrZero private Integer resourceWorkdays;

	@Size(max = 1000) @PlainText private String resourceSocialised;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate evaluationDue;

	@Size(max = 4000) @PlainText private String outputs;

	@Size(max = 4000) @PlainText private String sustainability;

	@Size(max = 300) @PlainText private String location;

	@Digits(integer = 3, fraction = 6) private BigDecimal latitude;

	@Digits(integer = 3, fraction = 6) private BigDecimal longitude;

	private Map<String, BigDecimal> figures = new LinkedHashMap<>();

	static ExemplarForm of(Exemplar e) {
		ExemplarForm f = new ExemplarForm();
		f.version = e.getVersion();
		f.kind = e.getKind();
		f.name = e.getName();
		f.unitId = e.getUnitId();
		f.officialId = e.getOfficialId();
		f.fieldCode = e.getFieldCode();
		f.situation = e.getSituation();
		f.objectives = e.getObjectives();
		f.contentMethod = e.getContentMethod();
		f.areaBeneficiaries = e.getAreaBeneficiaries();
		f.forcesLead = e.getForcesLead();
		f.forcesPartners = e.getForcesPartners();
		f.forcesParticipants = e.getForcesParticipants();
		f.resourceMoney = e.getResourceMoney();
		f.resourcePeople = e.getResourcePeople();
		f.resourceWorkdays = e.getResourceWorkdays();
		f.resourceSocialised = e.getResourceSocialised();
		f.startsOn = e.getStartsOn();
		f.endsOn = e.getEndsOn();
		f.evaluationDue = e.getEvaluationDue();
		f.outputs = e.getOutputs();
		f.sustainability = e.getSustainability();
		f.location = e.getLocation();
		f.latitude = e.getLatitude();
		f.longitude = e.getLongitude();
		f.figures = new LinkedHashMap<>(e.getFigures());
		return f;
	}

	ExemplarDraft draft() {
		Map<String, BigDecimal> given = new LinkedHashMap<>();
		figures.forEach((code, value) -> {
			if (value != null) {
				given.put(code, value);
			}
		});
		return new ExemplarDraft(kind, name, unitId, officialId, fieldCode, situation, objectives, contentMethod,
				areaBeneficiaries, forcesLead, forcesPartners, forcesParticipants, resourceMoney, resourcePeople,
				resourceWorkdays, resourceSocialised, startsOn, endsOn, evaluationDue, outputs, sustainability, location,
				latitude, longitude, given);
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public ExemplarKind getKind() { return kind; }
	public void setKind(ExemplarKind kind) { this.kind = kind; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public Long getOfficialId() { return officialId; }
	public void setOfficialId(Long officialId) { this.officialId = officialId; }
	public String getFieldCode() { return fieldCode; }
	public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
	public String getSituation() { return situation; }
	public void setSituation(String situation) { this.situation = situation; }
	public String getObjectives() { return objectives; }
	public void setObjectives(String objectives) { this.objectives = objectives; }
	public String getContentMethod() { return contentMethod; }
	public void setContentMethod(String contentMethod) { this.contentMethod = contentMethod; }
	public String getAreaBeneficiaries() { return areaBeneficiaries; }
	public void setAreaBeneficiaries(String areaBeneficiaries) { this.areaBeneficiaries = areaBeneficiaries; }
	public String getForcesLead() { return forcesLead; }
	public void setForcesLead(String forcesLead) { this.forcesLead = forcesLead; }
	public String getForcesPartners() { return forcesPartners; }
	public void setForcesPartners(String forcesPartners) { this.forcesPartners = forcesPartners; }
	public String getForcesParticipants() { return forcesParticipants; }
	public void setForcesParticipants(String forcesParticipants) { this.forcesParticipants = forcesParticipants; }
	public BigDecimal getResourceMoney() { return resourceMoney; }
	public void setResourceMoney(BigDecimal resourceMoney) { this.resourceMoney = resourceMoney; }
	public Integer getResourcePeople() { return resourcePeople; }
	public void setResourcePeople(Integer resourcePeople) { this.resourcePeople = resourcePeople; }
	public Integer getResourceWorkdays() { return resourceWorkdays; }
	public void setResourceWorkdays(Integer resourceWorkdays) { this.resourceWorkdays = resourceWorkdays; }
	public String getResourceSocialised() { return resourceSocialised; }
	public void setResourceSocialised(String resourceSocialised) { this.resourceSocialised = resourceSocialised; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
	public LocalDate getEvaluationDue() { return evaluationDue; }
	public void setEvaluationDue(LocalDate evaluationDue) { this.evaluationDue = evaluationDue; }
	public String getOutputs() { return outputs; }
	public void setOutputs(String outputs) { this.outputs = outputs; }
	public String getSustainability() { return sustainability; }
	public void setSustainability(String sustainability) { this.sustainability = sustainability; }
	public String getLocation() { return location; }
	public void setLocation(String location) { this.location = location; }
	public BigDecimal getLatitude() { return latitude; }
	public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
	public BigDecimal getLongitude() { return longitude; }
	public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
	public Map<String, BigDecimal> getFigures() { return figures; }
	public void setFigures(Map<String, BigDecimal> figures) { this.figures = figures; }

}
