package danvan.commendation.decision;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import danvan.commendation.RecipientKind;

/** A line of a decision's list: who, which award, how much, for what. */
@Embeddable
public class DecisionRecipient {

	@Enumerated(EnumType.STRING)
	private RecipientKind recipientKind;

	private Long officialId;

	private Long unitId;

	private String name;

	private String description;

	private Long awardTypeId;

	private BigDecimal amount;

	private String achievement;

	protected DecisionRecipient() {
	}

	DecisionRecipient(RecipientKind kind, Long officialId, Long unitId, String name, String description,
			Long awardTypeId, BigDecimal amount, String achievement) {
		this.recipientKind = kind;
		this.officialId = officialId;
		this.unitId = unitId;
		this.name = name;
		this.description = description;
		this.awardTypeId = awardTypeId;
		this.amount = amount;
		this.achievement = achievement;
	}

	boolean sameRecipient(DecisionRecipient other) {
		if (officialId != null) {
			return officialId.equals(other.officialId);
		}
		return recipientKind == RecipientKind.COLLECTIVE && unitId != null && unitId.equals(other.unitId)
				&& other.officialId == null;
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

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Long getAwardTypeId() {
		return awardTypeId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getAchievement() {
		return achievement;
	}

}
