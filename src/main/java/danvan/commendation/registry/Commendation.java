package danvan.commendation.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.decision.Decision;

/** One award granted (the registry of record): recipient, award, decision, date, amount, status. */
@Entity
@Table(name = "commendation_commendation")
@AuditTrail(value = "Commendation", ignore = "searchText")
public class Commendation implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long awardTypeId;

	@Enumerated(EnumType.STRING)
	private RecipientKind recipientKind;

	private Long officialId;

	private Long unitId;

	private String recipientName;

	private String searchText;

	private String description;

	private Long decisionId;

	private String decisionNumber;

	private String issuerName;

	private LocalDate awardedOn;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private CommendationStatus status;

	private boolean historic;

	private String achievement;

	@Version
	private long version;

	protected Commendation() {
	}

	public Commendation(AwardType award, RecipientKind kind, Long officialId, Long unitId, String recipientName,
			String description, LocalDate awardedOn, BigDecimal amount, String achievement) {
		this.awardTypeId = award.getId();
		this.recipientKind = kind;
		this.officialId = officialId;
		this.unitId = unitId;
		this.recipientName = recipientName;
		this.description = description;
		this.awardedOn = awardedOn;
		this.amount = amount;
		this.achievement = achievement;
		this.status = CommendationStatus.GRANTED;
		this.searchText = Folding.fold(recipientName + " " + (description == null ? "" : description) + " "
				+ award.getName());
	}

	public void grantedBy(Decision decision, String number, String issuer) {
		this.decisionId = decision.getId();
		this.decisionNumber = number;
		this.issuerName = issuer;
		this.searchText = Folding.fold(searchText + " " + number);
	}

	/** Entered from the paper register, before danvan. */
	public void markHistoric(String number, String issuer) {
		this.historic = true;
		this.decisionNumber = number;
		this.issuerName = issuer;
		this.searchText = Folding.fold(searchText + " " + (number == null ? "" : number));
	}

	public void revoke() {
		this.status = CommendationStatus.REVOKED;
	}

	@Override
	public String auditLabel() {
		return recipientName;
	}

	public Long getId() {
		return id;
	}

	public Long getAwardTypeId() {
		return awardTypeId;
	}

	public RecipientKind getRecipientKind() {
		return recipientKind;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getRecipientName() {
		return recipientName;
	}

	String getSearchTextForMatch() {
		return searchText;
	}

	public String getDescription() {
		return description;
	}

	public Long getDecisionId() {
		return decisionId;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public String getIssuerName() {
		return issuerName;
	}

	public LocalDate getAwardedOn() {
		return awardedOn;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public CommendationStatus getStatus() {
		return status;
	}

	public boolean isHistoric() {
		return historic;
	}

	public String getAchievement() {
		return achievement;
	}

}
