package danvan.commendation.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.sheets.SheetCells;
import danvan.platform.sheets.SheetGrid;
import danvan.platform.text.Folding;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;

/**
 * Awards granted before danvan, from an Excel list (one award a row from row 2: kind, name, unit code, award
 * code, date, decision number, issuer, amount, achievement). The preview names every cell in error; saving reads
 * the stored file again and enters all rows, flagged historic, or none — as emulation's and exemplar's imports do.
 */
@Service
@Transactional(readOnly = true)
public class HistoricImport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private static final int FIRST_ROW = 1;

	/** One cell in error, by its Excel name ("E7"), with the message in the reader's language. */
	public record CellProblem(String cell, String message) {
	}

	/** A row that reads well: who, which award, when, under which decision. */
	public record Award(RecipientKind kind, Long officialId, Long unitId, String name, AwardType award, LocalDate on,
			String number, String issuer, BigDecimal amount, String achievement) {
	}

	public record Preview(List<Award> rows, List<CellProblem> problems) {

		public boolean ok() {
			return problems.isEmpty() && !rows.isEmpty();
		}

	}

	private final CatalogService catalog;

	private final OrgDirectory org;

	private final CommendationAccess access;

	private final CommendationRepository registry;

	private final MessageSource messages;

	private final Clock clock;

	HistoricImport(CatalogService catalog, OrgDirectory org, CommendationAccess access, CommendationRepository registry,
			MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.org = org;
		this.access = access;
		this.registry = registry;
		this.messages = messages;
		this.clock = clock;
	}

	/** Reads the list; nothing is saved. */
	public Preview preview(Actor actor, byte[] xlsx, Locale locale) {
		access.requireBoard(actor);
		SheetGrid grid;
		try {
			grid = SheetGrid.read(xlsx, 500_000);
		}
		catch (Exception e) {
			throw RuleViolationException.onField("file", "commendation.import.unreadable");
		}
		LocalDate today = LocalDate.now(clock);
		List<Award> rows = new ArrayList<>();
		List<CellProblem> problems = new ArrayList<>();
		for (int r = FIRST_ROW; r <= grid.lastRow(); r++) {
			String name = SheetCells.text(grid.cell(r, 1));
			if (name.isEmpty()) {
				continue;
			}
			int before = problems.size();
			String kindText = Folding.fold(SheetCells.text(grid.cell(r, 0)));
			RecipientKind kind = kindText.equals(Folding.fold(text("commendation.recipientKind.INDIVIDUAL", locale)))
					? RecipientKind.INDIVIDUAL
					: kindText.equals(Folding.fold(text("commendation.recipientKind.COLLECTIVE", locale)))
							? RecipientKind.COLLECTIVE : null;
			if (kind == null) {
				problems.add(problem(r, 0, "commendation.import.kind", locale));
			}
			String unitCode = SheetCells.text(grid.cell(r, 2));
			Optional<OrgDirectory.UnitRef> unit = org.unitByCode(unitCode);
			if (unit.isEmpty()) {
				problems.add(problem(r, 2, "commendation.import.unit", locale, unitCode));
			}
			else if (!access.covers(actor, unit.get().id())) {
				problems.add(problem(r, 2, "commendation.import.unitOutside", locale, unitCode));
			}
			Optional<AwardType> award = catalog.findAwardType(SheetCells.text(grid.cell(r, 3)));
			if (award.isEmpty()) {
				problems.add(problem(r, 3, "commendation.import.award", locale, SheetCells.text(grid.cell(r, 3))));
			}
			else if (kind != null && award.get().getRecipientKind() != kind) {
				problems.add(problem(r, 3, "commendation.import.awardKind", locale, award.get().getName()));
			}
			LocalDate on = day(SheetCells.text(grid.cell(r, 4)));
			if (on == null) {
				problems.add(problem(r, 4, "commendation.import.date", locale));
			}
			else if (on.isAfter(today)) {
				problems.add(problem(r, 4, "commendation.import.future", locale));
			}
			Long officialId = null;
			String recipient = name;
			if (kind == RecipientKind.INDIVIDUAL && unit.isPresent() && on != null) {
				Optional<OrgDirectory.OfficialRef> person = person(unit.get().id(), name, on);
				officialId = person.map(OrgDirectory.OfficialRef::id).orElse(null);
				recipient = person.map(OrgDirectory.OfficialRef::fullName).orElse(name);
				if (officialId == null) {
					problems.add(problem(r, 1, "commendation.import.person", locale, name, unit.get().name()));
				}
			}
			String number = SheetCells.text(grid.cell(r, 5));
			if (number.isEmpty() || number.length() > 60) {
				problems.add(problem(r, 5, "commendation.import.number", locale));
			}
			String issuer = SheetCells.text(grid.cell(r, 6));
			if (issuer.length() > 200) {
				problems.add(problem(r, 6, "commendation.import.tooLong", locale, 200));
			}
			BigDecimal amount = null;
			SheetCells.Read money = SheetCells.number(grid.cell(r, 7));
			if (!money.blank()) {
				if (money.problem() != null || money.number().signum() < 0 || money.number().precision() > 14) {
					problems.add(problem(r, 7, "commendation.import.amount", locale));
				}
				else {
					amount = money.number();
				}
			}
			String achievement = SheetCells.text(grid.cell(r, 8));
			if (name.length() > 200 || achievement.length() > 1000) {
				problems.add(problem(r, name.length() > 200 ? 1 : 8, "commendation.import.tooLong", locale,
						name.length() > 200 ? 200 : 1000));
			}
			if (problems.size() == before) {
				rows.add(new Award(kind, officialId, unit.get().id(),
						kind == RecipientKind.COLLECTIVE ? unit.get().name() : recipient, award.get(), on, number,
						issuer.isEmpty() ? null : issuer, amount, achievement.isEmpty() ? null : achievement));
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new CellProblem(SheetCells.name(FIRST_ROW, 1), text("commendation.import.empty", locale)));
		}
		return new Preview(rows, problems);
	}

	/** Enters every row of a clean list, flagged historic, or none. */
	@Transactional
	public int importAll(Actor actor, byte[] xlsx, Locale locale) {
		Preview preview = preview(actor, xlsx, locale);
		if (!preview.ok()) {
			throw RuleViolationException.onField("file", "commendation.import.hasProblems", preview.problems().size());
		}
		for (Award a : preview.rows()) {
			Commendation row = new Commendation(a.award(), a.kind(), a.officialId(), a.unitId(), a.name(), null, a.on(),
					a.amount(), a.achievement());
			row.markHistoric(a.number(), a.issuer());
			registry.save(row);
		}
		return preview.rows().size();
	}

	/** The official of that name who served in the unit on the day, or is in it today. */
	private Optional<OrgDirectory.OfficialRef> person(Long unitId, String name, LocalDate on) {
		String folded = Folding.fold(name);
		return java.util.stream.Stream.concat(org.officialsIn(unitId, on).stream(), org.officialsIn(unitId).stream())
			.filter(o -> Folding.fold(o.fullName()).equals(folded))
			.findFirst();
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip(), DAY);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private CellProblem problem(int row, int column, String key, Locale locale, Object... args) {
		return new CellProblem(SheetCells.name(row, column), text(key, locale, args));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
