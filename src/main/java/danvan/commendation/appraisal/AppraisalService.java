package danvan.commendation.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.OfficialRef;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.internal.Limits;

/**
 * The board records an official's yearly quality rating (one per year, corrected in place with the version the
 * officer saw) and disciplinary actions (annulled with a reason, never deleted). Only the board of the official's
 * subtree reads or writes them; the audit trail is written by the entities' {@code @AuditTrail}.
 */
@Service
@Transactional
public class AppraisalService {

	private final AnnualRatingRepository ratings;

	private final DisciplineRepository disciplines;

	private final OrgDirectory org;

	private final CommendationAccess access;

	private final Clock clock;

	AppraisalService(AnnualRatingRepository ratings, DisciplineRepository disciplines, OrgDirectory org,
			CommendationAccess access, Clock clock) {
		this.ratings = ratings;
		this.disciplines = disciplines;
		this.org = org;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OfficialRef official(Actor actor, Long officialId) {
		OfficialRef official = org.official(officialId).orElseThrow(NotFoundException::record);
		if (!access.isBoard(actor) || !access.covers(actor, official.unitId())) {
			throw new AccessDeniedException("appraisals are the board's, within its subtree");
		}
		return official;
	}

	@Transactional(readOnly = true)
	public List<AnnualRating> ratings(Actor actor, Long officialId) {
		return ratings.findByOfficialIdOrderByYearDesc(official(actor, officialId).id());
	}

	@Transactional(readOnly = true)
	public List<Discipline> disciplines(Actor actor, Long officialId) {
		return disciplines.findByOfficialIdOrderByDecidedOnDesc(official(actor, officialId).id());
	}

	/** Records a year's rating; {@code seenVersion} is null for a year not yet rated. */
	public AnnualRating rate(Actor actor, Long officialId, Integer year, QualityRating rating, String basis,
			String note, Long seenVersion) {
		Long id = official(actor, officialId).id();
		int thisYear = LocalDate.now(clock).getYear();
		if (year == null || year < 1975 || year > thisYear) {
			throw RuleViolationException.onField("year", "commendation.rating.yearInvalid", String.valueOf(thisYear));
		}
		if (rating == null) {
			throw RuleViolationException.onField("rating", "commendation.rating.required");
		}
		String source = required("basis", basis, 300, "commendation.rating.basisRequired");
		Limits.check("note", note, 500);
		AnnualRating entry = ratings.findByOfficialIdAndYear(id, year).orElse(null);
		if (entry == null) {
			entry = new AnnualRating(id, year);
		}
		else if (seenVersion == null) {
			throw RuleViolationException.onField("year", "commendation.rating.yearTaken", String.valueOf(year));
		}
		else {
			StaleRecordException.check(seenVersion, entry.getVersion());
		}
		entry.rate(rating, source, blankToNull(note));
		return ratings.saveAndFlush(entry);
	}

	public Discipline discipline(Actor actor, Long officialId, DisciplineForm form, LocalDate decidedOn,
			String decisionNumber, String reason) {
		Long id = official(actor, officialId).id();
		if (form == null) {
			throw RuleViolationException.onField("form", "commendation.discipline.formRequired");
		}
		pastDay("decidedOn", decidedOn);
		String number = required("decisionNumber", decisionNumber, 60, "commendation.discipline.numberRequired");
		Limits.check("reason", reason, 500);
		return disciplines.saveAndFlush(new Discipline(id, form, decidedOn, number, blankToNull(reason)));
	}

	public Discipline annul(Actor actor, Long disciplineId, long seenVersion, LocalDate on, String why) {
		Discipline discipline = disciplines.findById(disciplineId == null ? -1L : disciplineId)
			.orElseThrow(NotFoundException::record);
		official(actor, discipline.getOfficialId());
		StaleRecordException.check(seenVersion, discipline.getVersion());
		if (discipline.getAnnulledOn() != null) {
			throw RuleViolationException.onField("annulledOn", "commendation.discipline.alreadyAnnulled");
		}
		pastDay("annulledOn", on);
		if (on.isBefore(discipline.getDecidedOn())) {
			throw RuleViolationException.onField("annulledOn", "commendation.discipline.annulBeforeDecision");
		}
		discipline.annul(on, required("annulReason", why, 300, "commendation.discipline.annulReasonRequired"));
		return disciplines.saveAndFlush(discipline);
	}

	private void pastDay(String field, LocalDate day) {
		if (day == null || day.getYear() < 1950 || day.isAfter(LocalDate.now(clock))) {
			throw RuleViolationException.onField(field, "commendation.discipline.dayInvalid");
		}
	}

	private static String required(String field, String value, int max, String key) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField(field, key);
		}
		Limits.check(field, value, max);
		return value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
