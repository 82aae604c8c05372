package danvan.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.platform.web.RuleViolationException;
import danvan.platform.work.WorkDrafts;

/**
 * The organisation tree from a list, one unit a line: code, name, kind, level, the parent's code (a unit
 * already in the tree or another line of the list, in any order), address, phone, e-mail. Every line is
 * checked before anything is written; the commit writes all of it through {@link OrgUnitService} (access,
 * audit) or nothing.
 */
@Service
public class UnitImport {

	private static final String DRAFT_KIND = "org.unit-import";

	private static final java.time.Duration DRAFT_LIFETIME = java.time.Duration.ofHours(2);

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{2,30}");

	private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{0,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final OrgUnitService units;

	private final OrgUnitRepository repository;

	private final WorkDrafts drafts;

	UnitImport(OrgUnitService units, OrgUnitRepository repository, WorkDrafts drafts) {
		this.units = units;
		this.repository = repository;
		this.drafts = drafts;
	}

	/** Keeps an uploaded list as a draft any node can commit; returns its token. */
	public String keep(Actor actor, byte[] sheet) {
		return drafts.put(DRAFT_KIND, actor.username(), sheet, DRAFT_LIFETIME);
	}

	/**
	 * Commits the actor's kept list, read with {@code reader}: the units and the draft's removal in one transaction.
	 */
	@Transactional
	public List<OrgUnit> commit(Actor actor, String token, Function<byte[], List<Line>> reader) {
		return commit(actor, reader.apply(drafts.take(DRAFT_KIND, token, actor.username())));
	}

	/** A line of the list as read, numbered as the sheet numbers it. */
	public record Line(int row, String code, String name, String kind, String level, String parentCode,
			String address, String phone, String email) {
	}

	/** What is wrong with a line: the column's header key and a message key with its arguments. */
	public record Problem(int row, String column, String messageKey, Object[] arguments) {
	}

	/** The lines in the order they will be created (parents first), or the problems that stop the import. */
	public record Preview(List<Line> ordered, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty() && !ordered.isEmpty();
		}

	}

	@Transactional(readOnly = true)
	public Preview preview(Actor actor, List<Line> lines) {
		List<Problem> problems = new ArrayList<>();
		List<OrgUnitKind> kinds = units.kinds();
		List<OrgLevel> levels = units.levels();
		Map<String, Line> byCode = new LinkedHashMap<>();
		for (Line line : lines) {
			String code = upper(line.code());
			if (!CODE.matcher(code).matches()) {
				problems.add(new Problem(line.row(), "code", "org.unit.codeInvalid", new Object[0]));
			}
			else if (byCode.containsKey(code)) {
				problems.add(new Problem(line.row(), "code", "org.import.codeTwice", new Object[] { code, byCode.get(code).row() }));
			}
			else if (repository.existsByCodeIgnoreCase(code)) {
				problems.add(new Problem(line.row(), "code", "org.unit.codeTaken", new Object[] { code }));
			}
			else {
				byCode.put(code, line);
			}
			if (blank(line.name()) || line.name().strip().length() > 255 || line.name().matches(".*[<>\\p{Cntrl}].*")) {
				problems.add(new Problem(line.row(), "name", "org.import.nameInvalid", new Object[0]));
			}
			if (find(kinds, line.kind(), OrgUnitKind::getCode, OrgUnitKind::getName).isEmpty()) {
				problems.add(new Problem(line.row(), "kind", "org.import.kindUnknown", new Object[] { text(line.kind()) }));
			}
			if (find(levels, line.level(), OrgLevel::getCode, OrgLevel::getName).isEmpty()) {
				problems.add(new Problem(line.row(), "level", "org.import.levelUnknown", new Object[] { text(line.level()) }));
			}
			if (!blank(line.phone()) && !PHONE.matcher(line.phone().strip()).matches()) {
				problems.add(new Problem(line.row(), "phone", "org.phone.invalid", new Object[0]));
			}
			if (!blank(line.email()) && (!EMAIL.matcher(line.email().strip()).matches() || line.email().length() > 120)) {
				problems.add(new Problem(line.row(), "email", "jakarta.validation.constraints.Email.message", new Object[0]));
			}
		}
		List<Line> ordered = order(actor, lines, byCode, problems);
		if (lines.isEmpty()) {
			problems.add(new Problem(0, "code", "org.import.empty", new Object[0]));
		}
		return new Preview(ordered, problems);
	}

	/** Creates every line, parents first; refuses the whole list when any line is wrong. */
	@Transactional
	public List<OrgUnit> commit(Actor actor, List<Line> lines) {
		Preview preview = preview(actor, lines);
		if (!preview.ok()) {
			throw new RuleViolationException("org.import.notClean");
		}
		List<OrgUnitKind> kinds = units.kinds();
		List<OrgLevel> levels = units.levels();
		Map<String, Long> created = new HashMap<>();
		List<OrgUnit> result = new ArrayList<>();
		for (Line line : preview.ordered()) {
			String parent = upper(line.parentCode());
			Long parentId = parent.isEmpty() ? null
					: created.containsKey(parent) ? created.get(parent) : repository.findByCodeIgnoreCase(parent).orElseThrow().getId();
			OrgUnit unit = units.create(actor, new UnitDraft(upper(line.code()), line.name().strip(),
					find(kinds, line.kind(), OrgUnitKind::getCode, OrgUnitKind::getName).orElseThrow().getId(),
					find(levels, line.level(), OrgLevel::getCode, OrgLevel::getName).orElseThrow().getId(), parentId,
					nullIfBlank(line.address()), nullIfBlank(line.phone()), nullIfBlank(line.email())));
			created.put(upper(line.code()), unit.getId());
			result.add(unit);
		}
		return result;
	}

	/** Parents before children; a parent neither in the tree nor in the list, or a loop, is a problem. */
	private List<Line> order(Actor actor, List<Line> lines, Map<String, Line> byCode, List<Problem> problems) {
		List<Line> ordered = new ArrayList<>();
		java.util.Set<String> placed = new java.util.HashSet<>();
		List<Line> waiting = new ArrayList<>(byCode.values());
		boolean progress = true;
		while (!waiting.isEmpty() && progress) {
			progress = false;
			for (java.util.Iterator<Line> it = waiting.iterator(); it.hasNext();) {
				Line line = it.next();
				String parent = upper(line.parentCode());
				boolean ready = parent.isEmpty() || placed.contains(parent)
						|| (!byCode.containsKey(parent) && repository.existsByCodeIgnoreCase(parent));
				if (ready) {
					ordered.add(line);
					placed.add(upper(line.code()));
					it.remove();
					progress = true;
				}
			}
		}
		for (Line line : waiting) {
			String parent = upper(line.parentCode());
			problems.add(new Problem(line.row(), "parentCode",
					byCode.containsKey(parent) ? "org.import.parentLoop" : "org.import.parentUnknown", new Object[] { parent }));
		}
		for (Line line : ordered) {
			String parent = upper(line.parentCode());
			if (parent.isEmpty() && !units.canCreateRoot(actor)) {
				problems.add(new Problem(line.row(), "parentCode", "org.unit.parentRequired", new Object[0]));
			}
			Optional<OrgUnit> existing = byCode.containsKey(parent) ? Optional.empty() : repository.findByCodeIgnoreCase(parent);
			if (existing.isPresent() && !existing.get().isActive()) {
				problems.add(new Problem(line.row(), "parentCode", "org.unit.parentInactive", new Object[0]));
			}
		}
		return ordered;
	}

	private static <T> Optional<T> find(List<T> options, String value, java.util.function.Function<T, String> code,
			java.util.function.Function<T, String> name) {
		if (blank(value)) {
			return Optional.empty();
		}
		String folded = Folding.fold(value.strip());
		return options.stream()
			.filter(o -> code.apply(o).equalsIgnoreCase(value.strip()) || Folding.fold(name.apply(o)).equals(folded))
			.findFirst();
	}

	private static String upper(String value) {
		return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static String nullIfBlank(String value) {
		return blank(value) ? null : value.strip();
	}

}
