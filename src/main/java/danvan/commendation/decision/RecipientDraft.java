package danvan.commendation.decision;

/** A line to add to a decision: an official or a unit, the award, the achievement printed on the certificate. */
public record RecipientDraft(Long officialId, Long unitId, String awardCode, String achievement) {
}
