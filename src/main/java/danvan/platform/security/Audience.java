package danvan.platform.security;

/** Who may call a handler at all, before any organisation scope is looked at. */
public enum Audience {

	/** Everyone, signed in or not: the public portal, the sign-in page. */
	PUBLIC,

	/** Anyone signed in, whatever their roles: their own password, notifications, home page. */
	SIGNED_IN,

	/** Only holders of one of the roles the policy names. */
	ROLES

}
