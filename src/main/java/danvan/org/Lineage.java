package danvan.org;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Whether a unit lies within a scope, reading through mergers: a unit that merged (or whose parent merged)
 * belongs, with its records, to its successor's subtree. xã Bình Đức (until 30/6/2025) is within xã Kim Sơn,
 * and Huyện ủy Châu Thành within Tỉnh ủy Đồng Tháp; xã Long Định is not within xã Kim Sơn.
 */
@Component
class Lineage {

	/** More successors in a row than any real reform makes: a guard against a cycle in bad data. */
	private static final int MAX_HOPS = 16;

	private final OrgUnitRepository units;

	Lineage(OrgUnitRepository units) {
		this.units = units;
	}

	boolean within(OrgUnit unit, OrgUnit scope) {
		return within(unit.getPath(), scope.getPath(), 0);
	}

	/** Reads only paths and successor ids, so detached units and lazy successors are fine. */
	private boolean within(String path, String scopePath, int hops) {
		if (path == null || scopePath == null) {
			return false;
		}
		if (path.startsWith(scopePath)) {
			return true;
		}
		if (hops > MAX_HOPS) {
			return false;
		}
		for (OrgUnit line : units.findAllById(idsOnPath(path))) {
			OrgUnit successor = line.getMergedInto();
			if (successor != null && within(units.findById(successor.getId()).map(OrgUnit::getPath).orElse(null),
					scopePath, hops + 1)) {
				return true;
			}
		}
		return false;
	}

	/** The ids of {@code all} that lie within one of {@code scopes}, through mergers, computed in memory. */
	static java.util.Set<Long> within(Collection<OrgUnit> all, Collection<OrgUnit> scopes) {
		Map<Long, OrgUnit> byId = all.stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
		List<String> prefixes = scopes.stream().map(OrgUnit::getPath).filter(Objects::nonNull).toList();
		Map<Long, Boolean> memo = new HashMap<>();
		return all.stream()
			.filter(u -> covered(u, byId, prefixes, memo, 0))
			.map(OrgUnit::getId)
			.collect(Collectors.toSet());
	}

	private static boolean covered(OrgUnit unit, Map<Long, OrgUnit> byId, List<String> prefixes,
			Map<Long, Boolean> memo, int hops) {
		Boolean known = memo.get(unit.getId());
		if (known != null) {
			return known;
		}
		boolean result = prefixes.stream().anyMatch(p -> unit.getPath().startsWith(p));
		if (!result && hops <= MAX_HOPS) {
			for (Long id : idsOnPath(unit.getPath())) {
				OrgUnit line = byId.get(id);
				OrgUnit successor = line == null || line.getMergedInto() == null ? null
						: byId.get(line.getMergedInto().getId());
				if (successor != null && covered(successor, byId, prefixes, memo, hops + 1)) {
					result = true;
					break;
				}
			}
		}
		memo.put(unit.getId(), result);
		return result;
	}

	private static List<Long> idsOnPath(String path) {
		if (path == null) {
			return List.of();
		}
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

}
