package danvan.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The person acting: the signed-in account as every module sees it. */
public interface Actor {

	String username();

	String displayName();

	/** The unit the account belongs to, for the page header; may be null. */
	Long homeUnitId();

	List<Grant> grants();

	default boolean hasRole(Role role) {
		return grants().stream().anyMatch(g -> g.role() == role);
	}

	/** The grants whose role is one of {@code roles}. */
	default List<Grant> grantsFor(Collection<Role> roles) {
		Set<Role> wanted = Set.copyOf(roles);
		return grants().stream().filter(g -> wanted.contains(g.role())).toList();
	}

}
