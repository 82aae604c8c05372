package danvan.identity;

import java.util.List;

import danvan.platform.security.Grant;

/** What an administrator sets on an account, already parsed from the form or JSON. */
public record AccountDraft(String displayName, String email, Long officialId, Long homeUnitId, List<Grant> grants) {

	public AccountDraft {
		grants = grants == null ? List.of() : List.copyOf(grants);
	}

}
