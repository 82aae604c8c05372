package danvan.commendation.registry;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.CatalogService;

/**
 * The registry's figures for a unit (its subtree, predecessors through mergers included) and period: awards
 * granted to collectives and to individuals ("6 tập thể, 21 cá nhân"), by level of award, and the prize money.
 * Revoked awards are not counted.
 */
@Component
@Transactional(readOnly = true)
class CommendationFigures implements FigureSource {

	static final String COLLECTIVES = "commendation.awards.collectives";

	static final String INDIVIDUALS = "commendation.awards.individuals";

	static final String HOUSEHOLDS = "commendation.awards.households";

	static final String AMOUNT = "commendation.awards.amount";

	private static final List<String> CATEGORIES = List.of("FORM", "TITLE", "PARTY", "MEDAL");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private final CommendationRepository registry;

	private final CatalogService catalog;

	private final OrgDirectory org;

	CommendationFigures(CommendationRepository registry, CatalogService catalog, OrgDirectory org) {
		this.registry = registry;
		this.catalog = catalog;
		this.org = org;
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> list = new java.util.ArrayList<>(List.of(
				new Indicator(COLLECTIVES, "commendation.figures.collectives", "platform.figures.measure.count"),
				new Indicator(INDIVIDUALS, "commendation.figures.individuals", "platform.figures.measure.count"),
				new Indicator(HOUSEHOLDS, "commendation.figures.households", "platform.figures.measure.count")));
		for (String category : CATEGORIES) {
			list.add(new Indicator(code(category), "commendation.figures.category." + category,
					"platform.figures.measure.count"));
		}
		list.add(new Indicator(AMOUNT, "commendation.figures.amount", "platform.figures.measure.vnd"));
		return List.copyOf(list);
	}

	@Override
	public List<Figure> figures(FigureQuery query) {
		return figuresByUnit(List.of(query.unitId()), query.from(), query.to()).get(query.unitId());
	}

	/** The period's awards read once, then counted for each unit's subtree. */
	@Override
	public Map<Long, List<Figure>> figuresByUnit(java.util.Collection<Long> unitIds, java.time.LocalDate from,
			java.time.LocalDate to) {
		List<Commendation> granted = registry.grantedBetween(from, to);
		List<Indicator> indicators = indicators();
		Map<Long, List<Figure>> out = new java.util.LinkedHashMap<>();
		for (Long unitId : unitIds) {
			Map<Long, Boolean> within = new HashMap<>();
			Map<String, Long> counts = new HashMap<>();
			BigDecimal amount = BigDecimal.ZERO;
			for (Commendation c : granted) {
				if (c.getUnitId() == null || !within.computeIfAbsent(c.getUnitId(), u -> org.isWithin(u, unitId))) {
					continue;
				}
				counts.merge(kindCode(c.getRecipientKind()), 1L, Long::sum);
				counts.merge(code(catalog.awardType(c.getAwardTypeId()).getCategory()), 1L, Long::sum);
				amount = amount.add(c.getAmount() == null ? BigDecimal.ZERO : c.getAmount());
			}
			String base = "/commendation/registry?unit=" + unitId + "&from=" + ISO.format(from) + "&to="
					+ ISO.format(to);
			List<Figure> figures = new java.util.ArrayList<>();
			for (Indicator i : indicators) {
				if (i.code().equals(AMOUNT)) {
					figures.add(new Figure(AMOUNT, amount, base));
				}
				else {
					figures.add(Figure.of(i.code(), counts.getOrDefault(i.code(), 0L), base));
				}
			}
			out.put(unitId, figures);
		}
		return out;
	}

	private static String kindCode(RecipientKind kind) {
		return switch (kind) {
			case INDIVIDUAL -> INDIVIDUALS;
			case COLLECTIVE -> COLLECTIVES;
			case HOUSEHOLD -> HOUSEHOLDS;
		};
	}

	private static String code(String category) {
		return "commendation.awards.category." + category.toLowerCase(java.util.Locale.ROOT);
	}

}
