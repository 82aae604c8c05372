package danvan.org;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Units in the order a tree is read: each unit followed by its subtree; siblings by level (higher bodies
 * first), then by kind (the committee, the board, the councils, the Front…), then by name in Vietnamese order.
 */
final class TreeOrder {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	private static final Comparator<OrgUnit> SIBLINGS = Comparator.<OrgUnit>comparingInt(u -> u.getLevel().getRank())
		.thenComparingInt(u -> u.getKind().getSortOrder())
		.thenComparing(OrgUnit::getName, VIETNAMESE);

	private TreeOrder() {
	}

	static List<OrgUnit> sort(List<OrgUnit> units) {
		Map<String, List<OrgUnit>> childrenByParentPath = new HashMap<>();
		List<OrgUnit> roots = new ArrayList<>();
		for (OrgUnit unit : units) {
			String path = unit.getPath();
			String parentPath = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
			if (parentPath.equals("/")) {
				roots.add(unit);
			}
			else {
				childrenByParentPath.computeIfAbsent(parentPath, p -> new ArrayList<>()).add(unit);
			}
		}
		List<OrgUnit> ordered = new ArrayList<>(units.size());
		roots.sort(SIBLINGS);
		roots.forEach(root -> visit(root, childrenByParentPath, ordered));
		return ordered;
	}

	private static void visit(OrgUnit unit, Map<String, List<OrgUnit>> children, List<OrgUnit> ordered) {
		ordered.add(unit);
		List<OrgUnit> own = children.getOrDefault(unit.getPath(), List.of());
		own.stream().sorted(SIBLINGS).forEach(child -> visit(child, children, ordered));
	}

}
