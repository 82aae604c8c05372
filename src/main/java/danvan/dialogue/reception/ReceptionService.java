package danvan.dialogue.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.dialogue.DialogueAccess;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Reception days of Party heads: scheduled and recorded by the unit's handlers, and each head's month checked
 * against the Quy định 11 minimum for the level (scheduled vs held).
 */
@Service
@Transactional
public class ReceptionService {

	static final int MAX_COUNT = 10_000;

	/** One head's month: days scheduled and held against the minimum; {@code shortOf} when below it. */
	public record MonthCheck(Long unitId, String headName, YearMonth month, int scheduled, int held, int minimum,
			boolean shortOf) {
	}

	private final ReceptionDayRepository days;

	private final ReceptionMinimums minimums;

	private final DialogueAccess access;

	private final OrgDirectory org;

	private final Clock clock;

	ReceptionService(ReceptionDayRepository days, ReceptionMinimums minimums, DialogueAccess access, OrgDirectory org,
			Clock clock) {
		this.days = days;
		this.minimums = minimums;
		this.access = access;
		this.org = org;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The levels with a minimum today, for the form. */
	@Transactional(readOnly = true)
	public List<String> levels() {
		return minimums.on(today()).stream().map(ReceptionMinimums.Minimum::levelCode).toList();
	}

	@Transactional(readOnly = true)
	public List<ReceptionDay> list(Actor actor, LocalDate from, LocalDate to) {
		List<Long> units = days.units().stream().filter(u -> access.canRead(actor, u)).toList();
		return units.isEmpty() ? List.of()
				: days.findByUnitIdInAndScheduledOnBetweenOrderByScheduledOnAscIdAsc(units, from, to);
	}

	/** The units that have reception days at all. */
	@Transactional(readOnly = true)
	public List<Long> unitsWithDays() {
		return days.units();
	}

	/** Units' reception days in the period and subtree of {@code unitIds}, for the figures. */
	@Transactional(readOnly = true)
	public List<ReceptionDay> ofUnits(List<Long> unitIds, LocalDate from, LocalDate to) {
		return unitIds.isEmpty() ? List.of()
				: days.findByUnitIdInAndScheduledOnBetweenOrderByScheduledOnAscIdAsc(unitIds, from, to);
	}

	@Transactional(readOnly = true)
	public ReceptionDay get(Actor actor, Long id) {
		ReceptionDay day = days.findById(id).orElseThrow(NotFoundException::record);
		if (!access.canRead(actor, day.getUnitId())) {
			throw new AccessDeniedException("dialogue: reception day outside scope");
		}
		return day;
	}

	public ReceptionDay schedule(Actor actor, ReceptionDraft draft) {
		if (draft.unitId() == null || org.unit(draft.unitId()).isEmpty()) {
			throw RuleViolationException.onField("unitId", "dialogue.reception.unit.required");
		}
		requireHandle(actor, draft.unitId());
		if (draft.levelCode() == null || !levels().contains(draft.levelCode())) {
			throw RuleViolationException.onField("levelCode", "dialogue.reception.level.required");
		}
		if (draft.headName() == null || draft.headName().isBlank() || draft.headName().length() > 150) {
			throw RuleViolationException.onField("headName", "dialogue.reception.head.required");
		}
		if (draft.kind() == null) {
			throw RuleViolationException.onField("kind", "dialogue.reception.kind.required");
		}
		if (draft.scheduledOn() == null) {
			throw RuleViolationException.onField("scheduledOn", "dialogue.reception.date.required");
		}
		if (draft.place() != null && draft.place().length() > 300) {
			throw RuleViolationException.onField("place", "dialogue.text.tooLong", 300);
		}
		org.requireOpenOn(draft.unitId(), draft.scheduledOn(), "unitId");
		return days.save(new ReceptionDay(draft.unitId(), draft.levelCode(), draft.headName().trim(), draft.kind(),
				draft.scheduledOn(), blankToNull(draft.place()), clock.instant(), actor.username()));
	}

	public ReceptionDay held(Actor actor, Long id, long version, String receivedBy, Integer cases, Integer visitors,
			String note) {
		ReceptionDay day = handled(actor, id, version);
		if (day.getScheduledOn().isAfter(today())) {
			throw RuleViolationException.onField("status", "dialogue.reception.notYet");
		}
		if (receivedBy == null || receivedBy.isBlank() || receivedBy.length() > 300) {
			throw RuleViolationException.onField("receivedBy", "dialogue.reception.receivedBy.required");
		}
		int c = count(cases, "cases");
		int v = count(visitors, "visitors");
		day.held(receivedBy.trim(), c, v, note(note, false));
		return day;
	}

	public ReceptionDay notHeld(Actor actor, Long id, long version, String note) {
		ReceptionDay day = handled(actor, id, version);
		day.notHeld(note(note, true));
		return day;
	}

	/**
	 * Each head's months in the period: scheduled and held days against the minimum of the level. A month that has
	 * ended is short when fewer were held; a month under way, when fewer are scheduled.
	 */
	@Transactional(readOnly = true)
	public List<MonthCheck> monthChecks(List<ReceptionDay> list) {
		record Key(Long unitId, String head, YearMonth month, String level) implements Comparable<Key> {

			@Override
			public int compareTo(Key o) {
				int c = month.compareTo(o.month);
				c = c != 0 ? c : unitId.compareTo(o.unitId);
				return c != 0 ? c : head.compareTo(o.head);
			}

		}
		Map<Key, int[]> counts = new TreeMap<>();
		for (ReceptionDay d : list) {
			int[] c = counts.computeIfAbsent(new Key(d.getUnitId(), d.getHeadName(), YearMonth.from(d.getScheduledOn()),
					d.getLevelCode()), k -> new int[2]);
			if (d.getStatus() != ReceptionDay.Status.NOT_HELD) {
				c[0]++;
			}
			if (d.getStatus() == ReceptionDay.Status.HELD) {
				c[1]++;
			}
		}
		YearMonth now = YearMonth.from(today());
		List<MonthCheck> checks = new ArrayList<>();
		counts.forEach((k, c) -> {
			int minimum = minimums.daysPerMonth(k.level(), k.month().atDay(1));
			boolean shortOf = k.month().isBefore(now) ? c[1] < minimum : c[0] < minimum;
			checks.add(new MonthCheck(k.unitId(), k.head(), k.month(), c[0], c[1], minimum, shortOf));
		});
		return checks;
	}

	public boolean canHandle(Actor actor, Long unitId) {
		return access.canHandle(actor, unitId);
	}

	private ReceptionDay handled(Actor actor, Long id, long version) {
		ReceptionDay day = get(actor, id);
		requireHandle(actor, day.getUnitId());
		StaleRecordException.check(version, day.getVersion());
		return day;
	}

	private void requireHandle(Actor actor, Long unitId) {
		if (!access.canHandle(actor, unitId)) {
			throw new AccessDeniedException("dialogue: not a handler of unit " + unitId);
		}
	}

	private static int count(Integer value, String field) {
		if (value == null || value < 0 || value > MAX_COUNT) {
			throw RuleViolationException.onField(field, "dialogue.reception.count.range", MAX_COUNT);
		}
		return value;
	}

	private static String note(String note, boolean required) {
		if (note == null || note.isBlank()) {
			if (required) {
				throw RuleViolationException.onField("note", "dialogue.petition.note.required");
			}
			return null;
		}
		if (note.length() > 1000) {
			throw RuleViolationException.onField("note", "dialogue.text.tooLong", 1000);
		}
		return note.trim();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
