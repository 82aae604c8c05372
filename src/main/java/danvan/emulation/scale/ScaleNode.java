package danvan.emulation.scale;

import java.math.BigDecimal;
import java.util.List;

/** A scale as a tree, the way the API and the screens show it. */
public record ScaleNode(Long id, String code, String name, BigDecimal maxPoints, ItemKind kind, String guidance,
		boolean evidenceRequired, List<ScaleNode> children) {

	static List<ScaleNode> treeOf(ScoringScale scale) {
		return childrenOf(scale, null);
	}

	private static List<ScaleNode> childrenOf(ScoringScale scale, ScaleItem parent) {
		return scale.childrenOf(parent)
			.stream()
			.map(i -> new ScaleNode(i.getId(), i.getCode(), i.getName(), i.getMaxPoints(), i.getKind(),
					i.getGuidance(), i.isEvidenceRequired(), childrenOf(scale, i)))
			.toList();
	}

}
