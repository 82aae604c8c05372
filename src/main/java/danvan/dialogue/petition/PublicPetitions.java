package danvan.dialogue.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.cluster.RateLimiter;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Role;
import danvan.platform.site.SiteIdentities;
import danvan.platform.web.RuleViolationException;

/**
 * Petitions citizens send through the portal's public form, to the body that owns the site. The limits are those
 * of reader comments: a filled honeypot stores nothing, a double submit is stored once, and a sender gets at most
 * {@code limit} petitions in the window, counted by the platform's {@link RateLimiter} (in Redis with several
 * nodes, so every node sees the same count). The unit's
 * officers are told a petition has arrived; it then follows the ordinary workflow.
 */
@Service
public class PublicPetitions {

	/** Who the history names as the receiver of a petition from the form. */
	public static final String PORTAL = "cong-thong-tin";

	private final PetitionService petitions;

	private final PetitionRepository repository;

	private final SiteIdentities site;

	private final NotificationService notifications;

	private final Clock clock;

	private final RateLimiter.Limit senders;

	PublicPetitions(PetitionService petitions, PetitionRepository repository, SiteIdentities site,
			NotificationService notifications, Clock clock, RateLimiter limiter,
			@Value("${danvan.dialogue.portal-petitions-per-window:5}") int limit,
			@Value("${danvan.dialogue.portal-petition-window:10m}") Duration window) {
		this.petitions = petitions;
		this.repository = repository;
		this.site = site;
		this.notifications = notifications;
		this.clock = clock;
		this.senders = limiter.limit("dialogue.portal-petition", limit, window);
	}

	/** What the citizen typed; {@code website} is the honeypot that people never see. */
	public record Sent(PetitionKind kind, String field, String content, Integer people, String name, String identity,
			String address, String contact, String website) {
	}

	/** The code and secret to show the citizen, or empty for a filled honeypot. */
	public record Receipt(String trackingCode, String trackingSecret, LocalDate replyDue) {
	}

	/** Whether the form can take petitions: the site's owning body is set. */
	public boolean open() {
		return site.current().ownerUnitId() != null;
	}

	public int limit() {
		return senders.limit();
	}

	public long windowMinutes() {
		return senders.window().toMinutes();
	}

	@Transactional
	public Optional<Receipt> send(Sent sent, String client) {
		if (sent.website() != null && !sent.website().isBlank()) {
			return Optional.empty();
		}
		Long unitId = site.current().ownerUnitId();
		if (unitId == null) {
			throw new RuleViolationException("dialogue.public.closed");
		}
		if (sent.contact() == null || sent.contact().isBlank()) {
			throw RuleViolationException.onField("petitionerContact", "dialogue.public.contact.required");
		}
		if (sent.address() == null || sent.address().isBlank()) {
			throw RuleViolationException.onField("petitionerAddress", "dialogue.public.address.required");
		}
		String identity = sent.identity() == null || sent.identity().isBlank() ? null
				: sent.identity().strip().toUpperCase(java.util.Locale.ROOT);
		PetitionDraft draft = new PetitionDraft(unitId, null, PetitionSource.PORTAL, sent.kind(), strip(sent.field()),
				strip(sent.content()), sent.people() == null ? 1 : sent.people(), strip(sent.name()), identity,
				strip(sent.address()), strip(sent.contact()), LocalDate.now(clock));
		String clientKey = sha256(client == null ? "" : client);
		var since = clock.instant().minus(senders.window());
		if (draft.petitionerName() != null && draft.content() != null) {
			Optional<Petition> twice = repository.findFirstByClientKeyAndPetitionerNameAndContentAndCreatedAtAfter(
					clientKey, draft.petitionerName(), draft.content(), since);
			if (twice.isPresent()) {
				return twice.map(PublicPetitions::receipt);
			}
		}
		if (!senders.tryAcquire(clientKey)) {
			throw new RuleViolationException("dialogue.public.tooMany", limit(), windowMinutes());
		}
		Petition petition = petitions.store(PORTAL, draft, null, clientKey);
		for (Role role : java.util.List.of(Role.BOARD_OFFICER, Role.UNIT_OFFICER)) {
			notifications.post(Notice.of(Addressees.holding(role, unitId), "/dialogue/petitions/" + petition.getId(),
					"dialogue.notice.portalPetition", petition.getTrackingCode(), petition.getReplyDue()
						.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
		}
		return Optional.of(receipt(petition));
	}

	private static Receipt receipt(Petition p) {
		return new Receipt(p.getTrackingCode(), p.getTrackingSecret(), p.getReplyDue());
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
