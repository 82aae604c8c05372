package danvan.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;

/** What every page's header shows: the signed-in person and the unit they work for. */
@ControllerAdvice
class LayoutAttributes {

	private final ObjectProvider<UnitNames> unitNames;

	LayoutAttributes(ObjectProvider<UnitNames> unitNames) {
		this.unitNames = unitNames;
	}

	@ModelAttribute("headerUnitName")
	String headerUnitName() {
		Long unitId = CurrentActor.get().map(Actor::homeUnitId).orElse(null);
		UnitNames names = unitNames.getIfAvailable();
		if (unitId == null || names == null) {
			return null;
		}
		return names.nameOf(unitId).orElse(null);
	}

}
