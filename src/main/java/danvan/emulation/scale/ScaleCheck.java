package danvan.emulation.scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Whether a scale may be activated: every parent holds at least the points its children promise. */
final class ScaleCheck {

	private ScaleCheck() {
	}

	static List<String> problems(ScoringScale scale) {
		List<String> problems = new ArrayList<>();
		if (scale.getItems().stream().noneMatch(i -> i.getKind() == ItemKind.CRITERION)) {
			problems.add("không có tiêu chí nào");
		}
		if (scale.getThresholds().isEmpty()) {
			problems.add("chưa có ngưỡng xếp loại");
		}
		for (ScaleItem parent : scale.getItems()) {
			List<ScaleItem> children = scale.childrenOf(parent);
			if (children.isEmpty()) {
				if (parent.getKind() == ItemKind.GROUP) {
					problems.add(parent.getCode() + " chưa có tiêu chí con");
				}
				continue;
			}
			BigDecimal sum = children.stream().map(ScaleItem::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(parent.getMaxPoints()) > 0) {
				problems.add(parent.getCode() + ": " + sum.stripTrailingZeros().toPlainString() + " > "
						+ parent.getMaxPoints().stripTrailingZeros().toPlainString());
			}
		}
		return problems;
	}

}
