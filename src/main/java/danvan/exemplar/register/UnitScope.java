package danvan.exemplar.register;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import danvan.org.OrgDirectory;

/** A subtree test remembered per unit, so a list of thousands of exemplars asks the tree once per unit. */
public final class UnitScope {

	private UnitScope() {
	}

	public static Predicate<Long> within(OrgDirectory org, Long ancestorId) {
		Map<Long, Boolean> known = new HashMap<>();
		return unitId -> ancestorId == null || known.computeIfAbsent(unitId, u -> org.isWithin(u, ancestorId));
	}

	public static Predicate<Long> memo(Predicate<Long> test) {
		Map<Long, Boolean> known = new HashMap<>();
		return unitId -> known.computeIfAbsent(unitId, test::test);
	}

}
