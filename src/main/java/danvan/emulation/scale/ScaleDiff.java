package danvan.emulation.scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of a scale, matched by criterion code. */
public record ScaleDiff(List<ScaleItemView> added, List<ScaleItemView> removed, List<Change> changed) {

	public record ScaleItemView(String code, String name, BigDecimal maxPoints, String parentCode) {

		static ScaleItemView of(ScaleItem item) {
			return new ScaleItemView(item.getCode(), item.getName(), item.getMaxPoints(),
					item.getParent() == null ? null : item.getParent().getCode());
		}

	}

	/** A criterion kept under the same code whose points, name or parent moved (re-pointed). */
	public record Change(ScaleItemView before, ScaleItemView after) {

		public boolean pointsChanged() {
			return before.maxPoints().compareTo(after.maxPoints()) != 0;
		}

		public boolean nameChanged() {
			return !before.name().equals(after.name());
		}

		public boolean parentChanged() {
			return !Objects.equals(before.parentCode(), after.parentCode());
		}

	}

	public static ScaleDiff between(ScoringScale older, ScoringScale newer) {
		List<ScaleItemView> added = new ArrayList<>();
		List<ScaleItemView> removed = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (ScaleItem item : newer.getItems()) {
			ScaleItem old = older.item(item.getCode());
			if (old == null) {
				added.add(ScaleItemView.of(item));
			}
			else {
				Change change = new Change(ScaleItemView.of(old), ScaleItemView.of(item));
				if (change.pointsChanged() || change.nameChanged() || change.parentChanged()) {
					changed.add(change);
				}
			}
		}
		for (ScaleItem item : older.getItems()) {
			if (newer.item(item.getCode()) == null) {
				removed.add(ScaleItemView.of(item));
			}
		}
		return new ScaleDiff(added, removed, changed);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

}
