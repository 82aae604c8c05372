package danvan.commendation.registry;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import danvan.platform.security.Actor;
import danvan.platform.web.RecordsAbout;

/** An official's or a unit's award history on the org pages: every award its reader may see, revoked ones marked. */
@Component
class CommendationRecords implements RecordsAbout {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final RegistryService registry;

	private final MessageSource messages;

	CommendationRecords(RegistryService registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	@Override
	public Optional<Section> about(Actor actor, Subject subject, Long id) {
		List<Commendation> rows = registry.visibleTo(actor,
				subject == Subject.OFFICIAL ? registry.ofOfficial(id) : registry.ofUnit(id));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Line> lines = rows.stream().map(c -> new Line(text(c, locale), detail(c), null)).toList();
		String more = "/commendation/registry?" + (subject == Subject.OFFICIAL ? "official=" : "recipientUnit=") + id;
		return Optional.of(new Section("commendation.history.title", lines, more));
	}

	private String text(Commendation c, Locale locale) {
		String award = registry.awardName(c.getAwardTypeId());
		return c.getStatus() == CommendationStatus.REVOKED
				? messages.getMessage("commendation.history.revoked", new Object[] { award }, locale) : award;
	}

	private static String detail(Commendation c) {
		StringBuilder s = new StringBuilder(DAY.format(c.getAwardedOn()));
		if (c.getDecisionNumber() != null) {
			s.append(" · ").append(c.getDecisionNumber());
		}
		if (c.getIssuerName() != null) {
			s.append(" · ").append(c.getIssuerName());
		}
		return s.toString();
	}

}
