package danvan.platform.security;

/** Which part of the organisation a handler acts on, and so which grants must reach it. */
public enum OrgScope {

	/** No unit: public pages, the actor's own account, reference lists that belong to nobody. */
	NONE,

	/** Lists and forms narrowed to the actor's granted subtrees; the module's service does the narrowing. */
	SUBTREE,

	/**
	 * The unit named by the path variable {@link Access#unit()}: a grant of one of the policy's roles must
	 * reach it, checked before the handler runs.
	 */
	UNIT,

	/**
	 * The unit of the record in the path (an official's unit, a movement's organiser): the module's service
	 * checks it when it loads the record and refuses with 403 (or 404) otherwise.
	 */
	RECORD

}
