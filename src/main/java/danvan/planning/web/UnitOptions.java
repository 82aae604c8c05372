package danvan.planning.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import danvan.org.UnitChoice;
import danvan.org.UnitPicker;
import danvan.planning.PlanningAccess;
import danvan.platform.security.Actor;

/** The units offered in planning's forms and filters, indented by depth (org's {@link UnitPicker}). */
@Component("planningUnitOptions")
class UnitOptions {

	private final UnitPicker picker;

	private final PlanningAccess access;

	private final MessageSource messages;

	UnitOptions(UnitPicker picker, PlanningAccess access, MessageSource messages) {
		this.picker = picker;
		this.access = access;
		this.messages = messages;
	}

	/** Active units the actor handles: organisers and owners. */
	List<UnitChoice> handled(Actor actor) {
		return readable(actor).stream().filter(u -> u.active() && access.canHandle(actor, u.id())).toList();
	}

	/** Units the actor reads, active or not (2020's communes, marked as ended), for filters. */
	List<UnitChoice> readable(Actor actor) {
		return picker.readableBy(actor, endedMark());
	}

	/** Every unit, for lead and partner units, the units a target is split to and invitations. */
	List<UnitChoice> all() {
		return picker.anyUnit(endedMark());
	}

	boolean canRead(Actor actor, Long unitId) {
		return access.canRead(actor, unitId);
	}

	boolean canHandle(Actor actor, Long unitId) {
		return access.canHandle(actor, unitId);
	}

	private String endedMark() {
		return messages.getMessage("planning.unit.ended", null, LocaleContextHolder.getLocale());
	}

}
