package danvan.commendation.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.UnitRef;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;

/**
 * Who is eligible for an award in a year, per unit of a subtree, and why: each official (or, for a collective
 * award, each unit) checked against the rules in force on the last day of the year; those who were not yet
 * eligible on its first day are the ones who become eligible this year.
 */
@Service
@Transactional(readOnly = true)
public class EligibleThisYear {

	/** One recipient eligible at the year's end, with every rule's explanation; {@code fresh} if not on 1 January. */
	public record Row(Long officialId, Long unitId, String name, String unitName, Eligibility atYearEnd, boolean fresh) {
	}

	private final EligibilityService eligibility;

	private final CatalogService catalog;

	private final OrgDirectory org;

	private final CommendationAccess access;

	EligibleThisYear(EligibilityService eligibility, CatalogService catalog, OrgDirectory org,
			CommendationAccess access) {
		this.eligibility = eligibility;
		this.catalog = catalog;
		this.org = org;
		this.access = access;
	}

	public List<Row> list(Actor actor, String awardCode, Long unitId, int year) {
		if (year < 1950 || year > 2100) {
			throw RuleViolationException.onField("year", "commendation.eligibleYear.yearInvalid");
		}
		UnitRef scope = org.unit(unitId)
			.orElseThrow(() -> RuleViolationException.onField("unit", "commendation.recipient.unitRequired"));
		if (!access.covers(actor, scope.id())) {
			throw new AccessDeniedException("outside the actor's grants");
		}
		AwardType award = catalog.awardType(awardCode);
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<Row> rows = new ArrayList<>();
		for (Long id : org.unitIdsWithin(scope.id())) {
			UnitRef unit = org.unit(id).orElseThrow();
			if (award.getRecipientKind() == RecipientKind.INDIVIDUAL) {
				for (OrgDirectory.OfficialRef o : officials(id, last)) {
					Eligibility end = eligibility.forOfficial(award.getCode(), o.id(), last, false);
					if (end.eligible()) {
						boolean fresh = !eligibility.forOfficial(award.getCode(), o.id(), first, false).eligible();
						rows.add(new Row(o.id(), id, o.fullName(), unit.name(), end, fresh));
					}
				}
			}
			else if (unit.active()) {
				Eligibility end = eligibility.forUnit(award.getCode(), id, last);
				if (end.eligible()) {
					boolean fresh = !eligibility.forUnit(award.getCode(), id, first).eligible();
					rows.add(new Row(null, id, unit.name(), unit.name(), end, fresh));
				}
			}
		}
		rows.sort(Comparator.comparing(Row::unitName).thenComparing(Row::name));
		return rows;
	}

	/** Those serving in the unit on the year's last day, and its active officials today. */
	private List<OrgDirectory.OfficialRef> officials(Long unitId, LocalDate last) {
		java.util.Map<Long, OrgDirectory.OfficialRef> found = new java.util.LinkedHashMap<>();
		org.officialsIn(unitId, last).forEach(o -> found.put(o.id(), o));
		org.officialsIn(unitId).forEach(o -> found.putIfAbsent(o.id(), o));
		return List.copyOf(found.values());
	}

}
