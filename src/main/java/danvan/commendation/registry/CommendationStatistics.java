package danvan.commendation.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;

/**
 * The registry's statistics: awards in force (revoked ones left out) by year, individual or collective, award,
 * granting level and unit, counted in the database; the reader sees the units its grants cover.
 */
@Service
@Transactional(readOnly = true)
public class CommendationStatistics {

	/** One group of the registry: how many awards and how much prize money. */
	public record Line(int year, RecipientKind kind, String award, String level, Long unitId, String unit, long count,
			BigDecimal amount) {
	}

	/** A total over some key (a year, an award…): collectives, individuals, money. */
	public record Total(String key, long collectives, long individuals, BigDecimal amount) {

		public long count() {
			return collectives + individuals;
		}

	}

	public record Statistics(int fromYear, int toYear, List<Line> lines, List<Total> byYear, List<Total> byAward,
			List<Total> byLevel, List<Total> byUnit, Total all) {
	}

	private final JdbcTemplate jdbc;

	private final CatalogService catalog;

	private final CommendationAccess access;

	private final OrgDirectory org;

	CommendationStatistics(JdbcTemplate jdbc, CatalogService catalog, CommendationAccess access, OrgDirectory org) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.access = access;
		this.org = org;
	}

	public Statistics of(Actor actor, int fromYear, int toYear, Long unitId) {
		if (fromYear < 1950 || toYear > 2100 || toYear < fromYear) {
			throw RuleViolationException.onField("from", "commendation.statistics.yearsInvalid");
		}
		Set<Long> scope = unitId == null ? null : org.unitIdsWithin(unitId);
		Map<Long, Boolean> readable = new HashMap<>();
		Map<Long, AwardType> awards = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		jdbc.query("select extract(year from awarded_on) y, recipient_kind, award_type_id, unit_id, count(*) n,"
				+ " coalesce(sum(amount), 0) money from commendation_commendation where status = 'GRANTED'"
				+ " and awarded_on between ? and ? group by extract(year from awarded_on), recipient_kind,"
				+ " award_type_id, unit_id", rs -> {
					Long unit = rs.getObject("unit_id") == null ? null : rs.getLong("unit_id");
					if (unit == null || scope != null && !scope.contains(unit)
							|| !readable.computeIfAbsent(unit, u -> access.covers(actor, u))) {
						return;
					}
					AwardType award = awards.computeIfAbsent(rs.getLong("award_type_id"), catalog::awardType);
					lines.add(new Line(rs.getInt("y"), RecipientKind.valueOf(rs.getString("recipient_kind")),
							award.getName(), award.getGrantingAuthority(), unit,
							names.computeIfAbsent(unit, u -> org.nameOf(u).orElse("—")), rs.getLong("n"),
							rs.getBigDecimal("money")));
				}, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
		lines.sort(Comparator.comparing(Line::year).reversed().thenComparing(Line::unit).thenComparing(Line::award)
			.thenComparing(Line::kind));
		return new Statistics(fromYear, toYear, lines, totals(lines, l -> String.valueOf(l.year())),
				totals(lines, Line::award), totals(lines, Line::level), totals(lines, Line::unit),
				totals(lines, l -> "").stream().findFirst().orElse(new Total("", 0, 0, BigDecimal.ZERO)));
	}

	private static List<Total> totals(List<Line> lines, Function<Line, String> key) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, BigDecimal> money = new LinkedHashMap<>();
		for (Line l : lines) {
			long[] c = counts.computeIfAbsent(key.apply(l), k -> new long[2]);
			c[l.kind() == RecipientKind.INDIVIDUAL ? 1 : 0] += l.count();
			money.merge(key.apply(l), l.amount(), BigDecimal::add);
		}
		return counts.entrySet().stream()
			.map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1], money.get(e.getKey())))
			.toList();
	}

}
