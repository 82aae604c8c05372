package danvan.dialogue.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.dialogue.reception.ReceptionDay;
import danvan.dialogue.reception.ReceptionService;
import org.springframework.security.access.AccessDeniedException;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;
import danvan.dialogue.DialogueAccess;
import danvan.dialogue.DialogueKind;
import danvan.dialogue.DialogueRepository;
import danvan.dialogue.petition.PetitionRepository;
import danvan.dialogue.petition.PetitionStatus;

/**
 * The module's figures for a unit's subtree (predecessors through mergers included) and period: dialogues by
 * kind and their attendance, the opinions raised and what became of them, reception days scheduled and held.
 */
@Component
public class DialogueFigures implements FigureSource {

	static final String COUNT = "platform.figures.measure.count";

	static final String PEOPLE = "platform.figures.measure.people";

	static final String DAYS = "platform.figures.measure.days";

	private static final List<String> CODES = List.of("dialogue.dialogues.comprehensive", "dialogue.dialogues.thematic",
			"dialogue.dialogues.attendance", "dialogue.opinions.raised", "dialogue.opinions.on-the-spot",
			"dialogue.opinions.forwarded", "dialogue.opinions.answered", "dialogue.opinions.overdue",
			"dialogue.reception.scheduled", "dialogue.reception.held");

	private final DialogueRepository dialogues;

	private final PetitionRepository petitions;

	private final ReceptionService receptions;

	private final OrgDirectory org;

	private final Clock clock;

	private final DialogueAccess access;

	DialogueFigures(DialogueRepository dialogues, PetitionRepository petitions, ReceptionService receptions,
			OrgDirectory org, Clock clock, DialogueAccess access) {
		this.access = access;
		this.dialogues = dialogues;
		this.petitions = petitions;
		this.receptions = receptions;
		this.org = org;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Override
	public List<Indicator> indicators() {
		return CODES.stream()
			.map(code -> new Indicator(code, "dialogue.figure." + code.substring("dialogue.".length()), measureOf(code)))
			.toList();
	}

	private static String measureOf(String code) {
		if (code.equals("dialogue.dialogues.attendance")) {
			return PEOPLE;
		}
		return code.startsWith("dialogue.reception.") ? DAYS : COUNT;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(FigureQuery q) {
		java.util.Set<Long> scope = org.unitIdsWithin(q.unitId());
		List<Long> hosts = within(dialogues.hostUnits().stream(), scope);
		long[] held = heldByKind(hosts, q);
		List<Long> receiving = within(petitions.receivingUnits().stream(), scope);
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = q.to().isBefore(today) ? q.to() : today;
		long[] c = new long[5];
		if (!receiving.isEmpty()) {
			Object[] row = petitions.counts(receiving, q.from(), q.to(), PetitionStatus.WAITING, asOf).get(0);
			for (int i = 0; i < 5; i++) {
				c[i] = ((Number) row[i]).longValue();
			}
		}
		List<ReceptionDay> days = receptions.ofUnits(
				within(receptions.unitsWithDays().stream(), scope), q.from(), q.to());
		String list = "/dialogue/petitions?unit=" + q.unitId();
		return List.of(
				Figure.of(CODES.get(0), held[0], "/dialogue/dialogues"),
				Figure.of(CODES.get(1), held[1], "/dialogue/dialogues"),
				Figure.of(CODES.get(2), held[2], "/dialogue/dialogues"),
				Figure.of(CODES.get(3), c[0], list), Figure.of(CODES.get(4), c[1], list),
				Figure.of(CODES.get(5), c[2], list), Figure.of(CODES.get(6), c[3], list),
				Figure.of(CODES.get(7), c[4], "/dialogue/petitions?overdue=true"),
				Figure.of(CODES.get(8), days.stream().filter(d -> d.getStatus() != ReceptionDay.Status.NOT_HELD).count(),
						"/dialogue/reception"),
				Figure.of(CODES.get(9), days.stream().filter(d -> d.getStatus() == ReceptionDay.Status.HELD).count(),
						"/dialogue/reception"));
	}

	/** The figures for a reader, who must be granted the unit; a bad period is refused next to its field. */
	@Transactional(readOnly = true)
	public List<Figure> forReader(Actor actor, Long unitId, LocalDate from, LocalDate to) {
		if (unitId == null || org.unit(unitId).isEmpty()) {
			throw RuleViolationException.onField("unit", "dialogue.figures.unit.required");
		}
		if (!access.canRead(actor, unitId)) {
			throw new AccessDeniedException("dialogue: unit " + unitId + " outside scope");
		}
		if (from == null || to == null || to.isBefore(from) || from.plusYears(10).isBefore(to)) {
			throw RuleViolationException.onField("to", "dialogue.figures.period");
		}
		return figures(new FigureQuery(unitId, from, to));
	}

	/** Comprehensive dialogues, thematic ones and their attendance, from one grouped query. */
	private long[] heldByKind(List<Long> hosts, FigureQuery q) {
		long[] held = new long[3];
		if (hosts.isEmpty()) {
			return held;
		}
		for (Object[] row : dialogues.heldByKind(hosts, q.from(), q.to())) {
			long count = ((Number) row[1]).longValue();
			if (row[0] == DialogueKind.COMPREHENSIVE) {
				held[0] += count;
			}
			else if (row[0] == DialogueKind.THEMATIC) {
				held[1] += count;
			}
			held[2] += ((Number) row[2]).longValue();
		}
		return held;
	}

	private static List<Long> within(Stream<Long> units, java.util.Set<Long> scope) {
		return units.filter(scope::contains).toList();
	}

}
