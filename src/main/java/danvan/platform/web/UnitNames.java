package danvan.platform.web;

import java.util.Optional;

/** Looks up a unit's name for the page header; the organisation module provides it. */
public interface UnitNames {

	Optional<String> nameOf(Long unitId);

}
