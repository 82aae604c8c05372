package danvan.emulation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import danvan.emulation.Points;
import danvan.emulation.movement.Threshold;
import danvan.emulation.scale.ItemDraft;
import danvan.emulation.scale.ItemKind;
import danvan.platform.text.PlainText;
import danvan.platform.web.RuleViolationException;

/** The forms of the scale screens. */
final class ScaleForms {

	private ScaleForms() {
	}

	record NewScale(@NotBlank @Size(max = 60) @PlainText String family,
			@NotBlank @Size(max = 300) @PlainText String name, @NotNull Long ownerUnitId,
			@NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 5, fraction = 2) BigDecimal bonusCap) {
	}

	record NewItem(@Size(max = 30) @PlainText String parentCode, @NotBlank @Size(max = 30) @PlainText String code,
			@NotBlank @Size(max = 500) @PlainText String name, @NotNull ItemKind kind,
			@NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 5, fraction = 2) BigDecimal maxPoints,
			@Size(max = 2000) @PlainText String guidance, Boolean evidenceRequired, long version) {

		ItemDraft toDraft() {
			return new ItemDraft(parentCode, code, name, kind, maxPoints, guidance, Boolean.TRUE.equals(evidenceRequired));
		}

	}

	/** Thresholds typed one per line as {@code Xuất sắc = 95}. */
	record Settings(@NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 5, fraction = 2) BigDecimal bonusCap,
			@NotBlank @Size(max = 1000) @PlainText String thresholds, long version) {

		List<Threshold> parsedThresholds() {
			List<Threshold> parsed = new ArrayList<>();
			for (String line : thresholds.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				int eq = line.lastIndexOf('=');
				BigDecimal min = eq < 0 ? null : Points.parse(line.substring(eq + 1));
				String label = eq < 0 ? "" : line.substring(0, eq).trim();
				if (min == null || label.isEmpty() || label.length() > 60 || min.signum() < 0) {
					throw RuleViolationException.onField("thresholds", "emulation.scale.thresholds.invalid", line.trim());
				}
				parsed.add(new Threshold(label, min));
			}
			if (parsed.isEmpty() || parsed.size() > 10) {
				throw RuleViolationException.onField("thresholds", "emulation.scale.thresholds.invalid", "");
			}
			return parsed;
		}

	}

	record CopyScale(@NotBlank @Size(max = 60) @PlainText String family,
			@NotBlank @Size(max = 300) @PlainText String name) {
	}

}
