package danvan.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import danvan.emulation.demo.DemoScales;
import danvan.emulation.scale.ItemKind;
import danvan.emulation.scale.ScaleDiff;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.web.RuleViolationException;

/** The scale as an aggregate: its tree, the activation check, freezing and the comparison of versions. */
class EmulationScaleTests {

	static ScoringScale scale(String family) {
		ScoringScale scale = new ScoringScale(family, 1, "Thang điểm thử", 1L, new BigDecimal("5"), null, Instant.now(), "t");
		DemoScales.version1()
			.forEach(i -> scale.addItem(i.parentCode(), i.code(), i.name(), i.kind(), i.maxPoints(), i.guidance(),
					i.evidenceRequired()));
		scale.replaceThresholds(DemoScales.THRESHOLDS);
		return scale;
	}

	@Test
	void aWellFormedScaleActivatesAndFreezes() {
		ScoringScale scale = scale("A");
		scale.activate(Instant.now());
		assertThat(scale.isActive()).isTrue();
		assertThatThrownBy(() -> scale.addItem("I", "I.9", "Thêm", ItemKind.CRITERION, BigDecimal.ONE, null, false))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("emulation.scale.frozen");
	}

	@Test
	void childrenWorthMoreThanTheirParentBlockActivation() {
		ScoringScale scale = scale("B");
		scale.addItem("I", "I.3", "Tiêu chí vượt điểm nhóm", ItemKind.CRITERION, new BigDecimal("0.5"), null, false);
		assertThatThrownBy(() -> scale.activate(Instant.now())).isInstanceOf(RuleViolationException.class)
			.satisfies(e -> assertThat(((RuleViolationException) e).arguments()[0].toString()).contains("I: 20.5 > 20"));
		assertThat(scale.isActive()).isFalse();
	}

	@Test
	void scoredItemsAreTheLeaves() {
		ScoringScale scale = scale("C");
		assertThat(scale.scoredItems()).extracting(ScaleItem::getCode)
			.containsExactly("I.1", "I.2", "II.1", "II.2", "III.1", "III.2", "IV.1", "IV.2", "T.1", "T.2", "TR.1", "TR.2");
		assertThat(scale.topOf(scale.item("II.2")).getCode()).isEqualTo("II");
	}

	@Test
	void classificationComesFromTheThresholds() {
		ScoringScale scale = scale("D");
		assertThat(scale.classify(new BigDecimal("95.00"))).isEqualTo("Xuất sắc");
		assertThat(scale.classify(new BigDecimal("94.99"))).isEqualTo("Tốt");
		assertThat(scale.classify(new BigDecimal("12"))).isEqualTo("Yếu");
	}

	@Test
	void aCriterionMustSitInAGroupAndCodesAreUnique() {
		ScoringScale scale = scale("E");
		assertThatThrownBy(() -> scale.addItem(null, "X", "Lạc", ItemKind.CRITERION, BigDecimal.ONE, null, false))
			.hasMessage("emulation.scale.item.criterionNeedsGroup");
		assertThatThrownBy(() -> scale.addItem("I", "i.1", "Trùng", ItemKind.CRITERION, BigDecimal.ONE, null, false))
			.hasMessage("emulation.scale.item.codeTaken");
	}

	@Test
	void theDiffShowsAddedRemovedAndRepointedCriteria() {
		ScoringScale older = scale("F");
		ScoringScale newer = scale("F");
		newer.reviseItem("I.2", newer.item("I.2").getName(), new BigDecimal("8"));
		newer.removeItem("IV.2");
		newer.addItem("I", "I.3", "Tập huấn", ItemKind.CRITERION, new BigDecimal("2"), null, false);
		ScaleDiff diff = ScaleDiff.between(older, newer);
		assertThat(diff.added()).extracting(ScaleDiff.ScaleItemView::code).containsExactly("I.3");
		assertThat(diff.removed()).extracting(ScaleDiff.ScaleItemView::code).containsExactly("IV.2");
		assertThat(diff.changed()).hasSize(1);
		assertThat(diff.changed().get(0).pointsChanged()).isTrue();
		assertThat(List.of(diff.changed().get(0).after().maxPoints())).containsExactly(new BigDecimal("8.00"));
	}

}
