package danvan.dialogue.petition;

/** What a petitions list is narrowed to; every part is optional. */
public record PetitionFilter(PetitionStatus status, Boolean overdue, Long agencyUnitId, Long unitId) {

	public static PetitionFilter none() {
		return new PetitionFilter(null, null, null, null);
	}

}
