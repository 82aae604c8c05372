package danvan.platform.security;

/**
 * A role held over the subtree rooted at {@code scopeUnitId}; a {@code null} scope means the whole
 * organisation.
 */
public record Grant(Role role, Long scopeUnitId) implements java.io.Serializable {

	public boolean isGlobal() {
		return scopeUnitId == null;
	}

}
