package danvan.emulation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.Evidence;
import danvan.emulation.assessment.Score;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;

/** The scale laid out as table rows for one assessment, with the unit's and the official points. */
final class AssessmentRows {

	record Row(ScaleItem item, int depth, boolean scored, Score score, List<Evidence> evidence) {

		public BigDecimal selfPoints() {
			return score == null ? null : score.getSelfPoints();
		}

		public BigDecimal points() {
			return score == null ? null : score.getPoints();
		}

		public boolean adjusted() {
			return score != null && score.getPoints() != null && score.getSelfPoints() != null
					&& score.getPoints().compareTo(score.getSelfPoints()) != 0;
		}

	}

	private AssessmentRows() {
	}

	static List<Row> of(ScoringScale scale, Assessment assessment) {
		List<Row> rows = new ArrayList<>();
		add(rows, scale, assessment, null, 0);
		return rows;
	}

	private static void add(List<Row> rows, ScoringScale scale, Assessment assessment, ScaleItem parent, int depth) {
		for (ScaleItem item : scale.childrenOf(parent)) {
			boolean scored = item.getKind().isScored() && scale.childrenOf(item).isEmpty();
			Score score = assessment == null ? null : assessment.scoreFor(item.getId()).orElse(null);
			List<Evidence> evidence = assessment == null ? List.of() : assessment.evidenceFor(item.getId());
			rows.add(new Row(item, depth, scored, score, evidence));
			add(rows, scale, assessment, item, depth + 1);
		}
	}

}
