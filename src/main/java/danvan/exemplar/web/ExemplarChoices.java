package danvan.exemplar.web;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.exemplar.register.ExemplarAccess;
import danvan.org.OrgDirectory;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.security.Actor;

/** The units offered in the exemplar forms and filters, indented by depth, and the officials of a unit. */
@Component
class ExemplarChoices {

	public record Option(Long id, String label) {

		public Long getId() {
			return id;
		}

		public String getLabel() {
			return label;
		}

	}

	/** A select longer than this is no help; a province board picks the unit first. */
	private static final int MAX_OFFICIALS = 500;

	private final OrgUnitService units;

	private final ExemplarAccess access;

	private final OrgDirectory org;

	ExemplarChoices(OrgUnitService units, ExemplarAccess access, OrgDirectory org) {
		this.units = units;
		this.access = access;
		this.org = org;
	}

	/** Active units where the actor registers exemplars. */
	List<Option> handledBy(Actor actor) {
		return units.tree(actor)
			.stream()
			.filter(n -> n.unit().isActive() && access.canHandle(actor, n.unit().getId()))
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

	/** Every unit the actor reads, ended ones too (their exemplars stay), for the filters. */
	List<Option> readBy(Actor actor) {
		return units.tree(actor)
			.stream()
			.filter(UnitNode::readable)
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()
					+ (n.unit().isActive() ? "" : " †")))
			.toList();
	}

	/** The officials of the units the actor handles, for an individual exemplar. */
	List<Option> officials(Actor actor) {
		return handledBy(actor).stream()
			.flatMap(u -> org.officialsIn(u.id()).stream())
			.limit(MAX_OFFICIALS)
			.map(o -> new Option(o.id(), o.fullName() + " — " + org.nameOf(o.unitId()).orElse("")))
			.toList();
	}

}
