package danvan.org.web;

import java.util.List;
import java.util.Optional;

import danvan.platform.security.Actor;
import danvan.platform.web.RecordsAbout;

/** Asks every module what it records about an official or unit, for the org pages. */
final class RecordsAboutPages {

	private RecordsAboutPages() {
	}

	static List<RecordsAbout.Section> about(List<RecordsAbout> sources, Actor actor, RecordsAbout.Subject subject,
			Long id) {
		return sources.stream().map(s -> s.about(actor, subject, id)).flatMap(Optional::stream)
			.filter(s -> !s.lines().isEmpty()).toList();
	}

}
