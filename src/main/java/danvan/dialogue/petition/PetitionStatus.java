package danvan.dialogue.petition;

import java.util.Set;

/**
 * A petition's way to an answer: received, then forwarded to the body that must answer or accepted in the unit's
 * own competence (or guided elsewhere, or refused), answered, and closed once the citizen is informed; an answer
 * the citizen does not accept is reopened.
 */
public enum PetitionStatus {

	RECEIVED, FORWARDED, ACCEPTED, REOPENED, ANSWERED, CLOSED, GUIDED, REFUSED;

	/** Still waiting for an answer: the reply time limit runs. */
	public static final Set<PetitionStatus> WAITING = Set.of(RECEIVED, FORWARDED, ACCEPTED, REOPENED);

	public boolean isWaiting() {
		return WAITING.contains(this);
	}

}
