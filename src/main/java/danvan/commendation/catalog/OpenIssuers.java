package danvan.commendation.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.UnitRef;
import danvan.platform.web.RuleViolationException;

/**
 * Refuses a new decision by an issuer that does not exist on its date: no name of its history covers the day
 * (the district boards ended on 01/07/2025). The message names who took over: the issuer that now stands for the
 * unit's successor, or else the successor unit itself (the org module's rule).
 */
@Component
@Transactional(readOnly = true, noRollbackFor = RuleViolationException.class)
public class OpenIssuers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final IssuerRepository issuers;

	private final OrgDirectory org;

	OpenIssuers(IssuerRepository issuers, OrgDirectory org) {
		this.issuers = issuers;
		this.org = org;
	}

	public Issuer require(Long issuerId, LocalDate date, String field) {
		Issuer issuer = issuers.findById(issuerId == null ? -1 : issuerId)
			.orElseThrow(() -> RuleViolationException.onField(field, "commendation.decision.issuerRequired"));
		if (issuer.hasNameOn(date)) {
			return issuer;
		}
		IssuerName last = issuer.lastName();
		if (last == null || last.getValidTo() == null || !date.isAfter(last.getValidTo())) {
			throw RuleViolationException.onField(field, "commendation.issuer.notYet", fullName(issuer, date),
					DAY.format(date));
		}
		String ended = DAY.format(last.getValidTo().plusDays(1));
		Optional<Issuer> successor = successorOf(issuer, date);
		if (successor.isPresent()) {
			throw RuleViolationException.onField(field, "commendation.issuer.endedWithSuccessor", fullName(issuer, date),
					ended, fullName(successor.get(), date));
		}
		if (issuer.getUnitId() != null) {
			org.requireOpenOn(issuer.getUnitId(), date, field);
		}
		throw RuleViolationException.onField(field, "commendation.issuer.ended", fullName(issuer, date), ended);
	}

	/** An issuer in office on {@code date} whose unit is, or has become, the living successor of this one's. */
	private Optional<Issuer> successorOf(Issuer issuer, LocalDate date) {
		if (issuer.getUnitId() == null) {
			return Optional.empty();
		}
		Optional<Long> heir = org.currentSuccessorOf(issuer.getUnitId()).map(UnitRef::id);
		if (heir.isEmpty()) {
			return Optional.empty();
		}
		return issuers.findAll().stream()
			.filter(other -> !other.getId().equals(issuer.getId()) && other.getUnitId() != null && other.hasNameOn(date))
			.filter(other -> Objects.equals(org.currentSuccessorOf(other.getUnitId()).map(UnitRef::id).orElse(null),
					heir.get()))
			.findFirst();
	}

	private static String fullName(Issuer issuer, LocalDate date) {
		IssuerName name = issuer.nameOn(date);
		return name.getParentName() == null ? name.getName() : name.getName() + " " + name.getParentName();
	}

}
