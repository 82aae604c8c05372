package danvan.oversight.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.oversight.OversightAccess;
import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;

/**
 * On the calendar: the date by which a directive must be disseminated, while some required unit has not. The
 * owner's readers see it once for the directive; a required unit's readers see it for their own unit only.
 */
@Component
class DirectiveDeadlines implements DeadlineSource {

	static final String LABEL = "oversight.deadline.directive";

	private final DirectiveRepository directives;

	private final DirectiveUnitRepository units;

	private final OversightAccess access;

	DirectiveDeadlines(DirectiveRepository directives, DirectiveUnitRepository units, OversightAccess access) {
		this.directives = directives;
		this.units = units;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to) {
		Map<Long, List<DirectiveUnit>> pending = units.findByDisseminatedOnIsNull()
			.stream()
			.collect(Collectors.groupingBy(DirectiveUnit::getDirectiveId));
		if (pending.isEmpty()) {
			return List.of();
		}
		List<Deadline> found = new ArrayList<>();
		for (Directive d : directives.findAllById(pending.keySet())) {
			LocalDate due = d.getDisseminateBy();
			if (due == null || due.isBefore(from) || due.isAfter(to)) {
				continue;
			}
			String title = d.getNumber() + " — " + shortly(d.getSummary());
			String link = "/oversight/directives/" + d.getId();
			if (access.canRead(actor, d.getOwnerUnitId())) {
				found.add(new Deadline("directive-" + d.getId(), LABEL, title, due, d.getOwnerUnitId(), link));
				continue;
			}
			for (DirectiveUnit u : pending.get(d.getId())) {
				if (access.canRead(actor, u.getUnitId())) {
					found.add(new Deadline("directive-" + d.getId() + "-" + u.getUnitId(), LABEL, title, due, u.getUnitId(), link));
				}
			}
		}
		return found;
	}

	private static String shortly(String text) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return line.length() <= 80 ? line : line.substring(0, 79) + "…";
	}

}
