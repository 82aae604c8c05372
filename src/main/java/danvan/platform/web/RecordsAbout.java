package danvan.platform.web;

import java.util.List;
import java.util.Optional;

import danvan.platform.security.Actor;

/**
 * What a module records about an official or a unit (awards, say), shown on the org pages without org
 * depending on the module. Declare a bean in the module; the official's and the unit's page ask each one and
 * show what they answer, in a card titled by {@link Section#titleKey()}.
 */
public interface RecordsAbout {

	enum Subject {
		OFFICIAL, UNIT
	}

	/** The records about the official or unit {@code id} that {@code actor} may read; empty when none. */
	Optional<Section> about(Actor actor, Subject subject, Long id);

	/**
	 * A card: a message key for its title, its lines (newest first, already in the reader's language) and an
	 * optional page with all of them.
	 */
	record Section(String titleKey, List<Line> lines, String morePath) {
	}

	/** One record: its text, a muted detail (a date, a number), and an optional link to it. */
	record Line(String text, String detail, String path) {
	}

}
