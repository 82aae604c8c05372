package danvan.commendation.catalog;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/**
 * What the board's administrator changes on an issuer when the law changes: a new name (with its legal basis and
 * the day it takes effect; the previous name is ended, never deleted) and the place printed in the decision header.
 * Each change carries the version the administrator saw: a change made meanwhile by someone else is refused.
 * The audit trail is written by the issuer's {@code @AuditTrail}.
 */
@Service
@Transactional
public class CommendationIssuerAdmin {

	static final int NAME_MAX = 200;

	static final int BASIS_MAX = 300;

	private final IssuerRepository issuers;

	CommendationIssuerAdmin(IssuerRepository issuers) {
		this.issuers = issuers;
	}

	public Issuer rename(Long issuerId, long seenVersion, String name, String parentName, String abbreviation,
			LocalDate from, String legalBasis) {
		Issuer issuer = current(issuerId, seenVersion);
		String n = required("name", name, NAME_MAX, "commendation.admin.issuer.nameRequired");
		String parent = optional("parentName", parentName, NAME_MAX);
		String abbr = optional("abbreviation", abbreviation, 20);
		if (abbr != null && !abbr.matches("[A-ZĐ0-9]+")) {
			throw RuleViolationException.onField("abbreviation", "commendation.admin.issuer.abbreviationFormat");
		}
		if (from == null) {
			throw RuleViolationException.onField("validFrom", "commendation.admin.issuer.fromRequired");
		}
		String basis = required("legalBasis", legalBasis, BASIS_MAX, "commendation.admin.basisRequired");
		issuer.rename(n, parent, abbr, from, basis);
		return issuers.saveAndFlush(issuer);
	}

	public Issuer movePlace(Long issuerId, long seenVersion, String place) {
		Issuer issuer = current(issuerId, seenVersion);
		issuer.movePlace(required("place", place, 100, "commendation.admin.issuer.placeRequired"));
		return issuers.saveAndFlush(issuer);
	}

	private Issuer current(Long issuerId, long seenVersion) {
		Issuer issuer = issuers.findById(issuerId == null ? -1L : issuerId).orElseThrow(NotFoundException::record);
		if (issuer.getVersion() != seenVersion) {
			throw RuleViolationException.onField("version", "commendation.admin.stale");
		}
		return issuer;
	}

	private static String required(String field, String value, int max, String key) {
		String v = optional(field, value, max);
		if (v == null) {
			throw RuleViolationException.onField(field, key);
		}
		return v;
	}

	private static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.length() > max) {
			throw RuleViolationException.onField(field, "commendation.admin.tooLong", max);
		}
		return v;
	}

}
