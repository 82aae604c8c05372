package danvan.platform.security;

/** What an account may do; every grant of a role is scoped to a subtree of the organisation. */
public enum Role {

	ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER, EDITOR, MODERATOR;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
