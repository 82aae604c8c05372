package danvan.dialogue.web;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.dialogue.DialogueAccess;
import danvan.org.OrgUnitService;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** The units offered in the dialogue forms, indented by depth. */
@Component
class UnitChoices {

	public record Option(Long id, String label) {

		public Long getId() {
			return id;
		}

		public String getLabel() {
			return label;
		}

	}

	/** Reads the whole tree: a petition may go to any body, inside the officer's own scope or not. */
	private record WholeTree() implements Actor {

		@Override
		public String username() {
			return "";
		}

		@Override
		public String displayName() {
			return "";
		}

		@Override
		public Long homeUnitId() {
			return null;
		}

		@Override
		public List<Grant> grants() {
			return List.of(new Grant(Role.UNIT_OFFICER, null));
		}

	}

	private final OrgUnitService units;

	private final DialogueAccess access;

	UnitChoices(OrgUnitService units, DialogueAccess access) {
		this.units = units;
		this.access = access;
	}

	/** Active units where the actor records dialogues and petitions. */
	List<Option> handledBy(Actor actor) {
		return units.tree(actor)
			.stream()
			.filter(n -> n.unit().isActive() && access.canHandle(actor, n.unit().getId()))
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

	/** The unit a report opens on: the actor's first granted unit, or the first active root for a global grant. */
	Long defaultUnit(Actor actor) {
		return actor.grants()
			.stream()
			.map(g -> g.scopeUnitId())
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseGet(() -> units.tree(actor)
				.stream()
				.filter(n -> n.unit().isActive() && n.depth() == 0)
				.map(n -> n.unit().getId())
				.findFirst()
				.orElse(null));
	}

	/** Active units the actor may read, for the figures' unit choice. */
	List<Option> readBy(Actor actor) {
		return units.tree(actor)
			.stream()
			.filter(n -> n.unit().isActive() && access.canRead(actor, n.unit().getId()))
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

	/** Every active unit, for the body a petition is forwarded to. */
	List<Option> agencies() {
		return units.tree(new WholeTree())
			.stream()
			.filter(n -> n.unit().isActive())
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

}
