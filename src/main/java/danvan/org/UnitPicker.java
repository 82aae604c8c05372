package danvan.org;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;

/** The units a person may pick in a form, as {@link UnitChoice}s in tree order. */
@Service
public class UnitPicker {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OrgUnitService units;

	UnitPicker(OrgUnitService units) {
		this.units = units;
	}

	/**
	 * Every unit the actor reads, ended ones included and marked with {@code endedMark} (a message already
	 * resolved, with {0} for the end date), for looking back at figures and records.
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> readableBy(Actor actor, String endedMark) {
		return units.tree(actor).stream().filter(UnitNode::readable).map(n -> choice(n, endedMark)).toList();
	}

	/**
	 * The active units the actor reads where the module's own rule {@code allowed} lets them act (record a
	 * petition, say), for a form's drop-down.
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> activeFor(Actor actor, BiPredicate<Actor, Long> allowed) {
		return units.tree(actor)
			.stream()
			.filter(n -> n.readable() && n.unit().isActive() && allowed.test(actor, n.unit().getId()))
			.map(n -> choice(n, ""))
			.toList();
	}

	/** Every active unit, whoever asks: the bodies a record may be sent to, inside one's own scope or not. */
	@Transactional(readOnly = true)
	public List<UnitChoice> everyActive() {
		return units.everyUnit().stream().filter(n -> n.unit().isActive()).map(n -> choice(n, "")).toList();
	}

	/** The unit a page opens on: the actor's first granted unit, or the first active root for a global grant. */
	@Transactional(readOnly = true)
	public Long defaultFor(Actor actor) {
		return actor.grants()
			.stream()
			.map(g -> g.scopeUnitId())
			.filter(Objects::nonNull)
			.findFirst()
			.orElseGet(() -> units.tree(actor)
				.stream()
				.filter(n -> n.unit().isActive() && n.depth() == 0)
				.map(n -> n.unit().getId())
				.findFirst()
				.orElse(null));
	}

	/**
	 * Every unit, ended ones included and marked as above, whatever the actor's grants: for naming the partner
	 * units of a task, the units a target is split to or the units invited to a meeting, which lie beyond the
	 * grants of the one who writes them down.
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> anyUnit(String endedMark) {
		return units.everyUnit().stream().map(n -> choice(n, endedMark)).toList();
	}

	/**
	 * The whole tree in display order, every node readable, for figures that roll up over units the reader need
	 * not see one by one (a province's targets summed over its communes): the caller has checked the reader may see
	 * the unit the figures are for.
	 */
	@Transactional(readOnly = true)
	public List<UnitNode> wholeTree() {
		return units.everyUnit();
	}

	private static UnitChoice choice(UnitNode node, String endedMark) {
		OrgUnit unit = node.unit();
		String label = "— ".repeat(node.depth()) + unit.getName();
		if (!unit.isActive() && unit.getEndedOn() != null) {
			label += " " + endedMark.replace("{0}", DAY.format(unit.getEndedOn()));
		}
		return new UnitChoice(unit.getId(), label, unit.isActive());
	}

}
