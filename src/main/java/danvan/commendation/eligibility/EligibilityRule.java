package danvan.commendation.eligibility;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.org.Gender;
import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

import danvan.commendation.appraisal.QualityRating;

/** One condition of an award, as data with its legal basis and dates. */
@Entity
@Table(name = "commendation_rule")
@AuditTrail("EligibilityRule")
public class EligibilityRule implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long awardTypeId;

	@Enumerated(EnumType.STRING)
	private RuleKind kind;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private Integer years;

	private String requiredAwardCode;

	private Integer windowYears;

	private Integer minCount;

	private boolean consecutive;

	private Integer percent;

	private boolean warningOnly;

	private String legalBasis;

	private String note;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	@Enumerated(EnumType.STRING)
	private QualityRating requiredRating;

	@Version
	private long version;

	protected EligibilityRule() {
	}

	EligibilityRule(Long awardTypeId, RuleDraft draft) {
		this.awardTypeId = awardTypeId;
		this.kind = draft.kind();
		this.gender = draft.gender();
		this.years = draft.years();
		this.requiredAwardCode = draft.requiredAwardCode();
		this.windowYears = draft.windowYears();
		this.minCount = draft.minCount();
		this.consecutive = draft.consecutive();
		this.percent = draft.percent();
		this.requiredRating = draft.requiredRating();
		this.warningOnly = draft.warningOnly();
		this.legalBasis = draft.legalBasis();
		this.note = draft.note();
		this.effectiveFrom = draft.effectiveFrom();
		this.effectiveTo = draft.effectiveTo();
	}

	void end(LocalDate lastDay) {
		this.effectiveTo = lastDay;
	}

	@Override
	public String auditLabel() {
		return kind + " #" + id;
	}

	boolean inForceOn(LocalDate date) {
		return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
	}

	public Long getId() {
		return id;
	}

	public Long getAwardTypeId() {
		return awardTypeId;
	}

	public RuleKind getKind() {
		return kind;
	}

	public Gender getGender() {
		return gender;
	}

	public Integer getYears() {
		return years;
	}

	public String getRequiredAwardCode() {
		return requiredAwardCode;
	}

	public Integer getWindowYears() {
		return windowYears;
	}

	public Integer getMinCount() {
		return minCount;
	}

	public boolean isConsecutive() {
		return consecutive;
	}

	public Integer getPercent() {
		return percent;
	}

	public boolean isWarningOnly() {
		return warningOnly;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public String getNote() {
		return note;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public LocalDate getEffectiveTo() {
		return effectiveTo;
	}

	public QualityRating getRequiredRating() {
		return requiredRating;
	}

	public long getVersion() {
		return version;
	}

	/** In force on {@code day}. */
	public boolean isInForceOn(LocalDate day) {
		return inForceOn(day);
	}

}
