package danvan.emulation.scale;

import java.math.BigDecimal;

/** A node to add to a draft scale, already parsed from the form or the seed. */
public record ItemDraft(String parentCode, String code, String name, ItemKind kind, BigDecimal maxPoints,
		String guidance, boolean evidenceRequired) {
}
