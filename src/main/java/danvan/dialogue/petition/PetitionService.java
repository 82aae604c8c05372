package danvan.dialogue.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditWriter;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;
import danvan.dialogue.Dialogue;
import danvan.dialogue.DialogueAccess;
import danvan.dialogue.DialogueRepository;
import danvan.dialogue.deadline.DeadlineRules;

/**
 * Petitions from their receipt to the citizen being told the answer: the time limits come from
 * {@link DeadlineRules}, every move is checked by the {@link Petition} itself and written as a {@link PetitionStep},
 * and the body a petition is forwarded to is notified.
 */
@Service
@Transactional
public class PetitionService {

	static final int MAX_CONTENT = 4000;

	static final int MAX_PEOPLE = 10_000;

	/** Số CMND (9 digits), số căn cước / định danh cá nhân (12 digits) or a passport number (a letter, 7 digits). */
	static final Pattern IDENTITY = Pattern.compile("\\d{9}|\\d{12}|[A-Z]\\d{7}");

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int SECRET_LENGTH = 6;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SecureRandom random = new SecureRandom();

	private final PetitionRepository petitions;

	private final PetitionStepRepository steps;

	private final DialogueRepository dialogues;

	private final DialogueAccess access;

	private final DeadlineRules deadlines;

	private final NotificationService notifications;

	private final OrgDirectory org;

	private final Clock clock;

	private final AuditWriter audit;

	PetitionService(PetitionRepository petitions, PetitionStepRepository steps, DialogueRepository dialogues,
			DialogueAccess access, DeadlineRules deadlines, NotificationService notifications, OrgDirectory org,
			Clock clock, AuditWriter audit) {
		this.audit = audit;
		this.petitions = petitions;
		this.steps = steps;
		this.dialogues = dialogues;
		this.access = access;
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.org = org;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Petition receive(Actor actor, PetitionDraft draft) {
		return receive(actor, draft, null);
	}

	/** A case heard at a reception day ({@code receptionDayId}, or none). */
	public Petition receive(Actor actor, PetitionDraft draft, Long receptionDayId) {
		if (draft.unitId() == null || org.unit(draft.unitId()).isEmpty()) {
			throw RuleViolationException.onField("unitId", "dialogue.petition.unit.required");
		}
		access.requireHandle(actor, draft.unitId());
		return store(actor.username(), draft, receptionDayId, null);
	}

	/**
	 * Checks and keeps a petition received by {@code by} (an officer, or the portal's public form with the
	 * sender's {@code clientKey}), with its reply due date and a first step in its history.
	 */
	Petition store(String by, PetitionDraft draft, Long receptionDayId, String clientKey) {
		check(draft);
		org.requireOpenOn(draft.unitId(), draft.receivedOn(), "unitId");
		LocalDate replyDue = deadlines.due(DeadlineRules.ANSWER, draft.receivedOn());
		if (replyDue == null) {
			throw RuleViolationException.onField("receivedOn", "dialogue.petition.noRule");
		}
		Petition petition = new Petition(newTrackingCode(draft.receivedOn()), secret(SECRET_LENGTH), draft, replyDue,
				deadlines.due(DeadlineRules.REFUSAL, draft.receivedOn()), clock.instant(), by);
		petition.heardAt(receptionDayId);
		petition.sentFrom(clientKey);
		petitions.save(petition);
		steps.save(new PetitionStep(petition.getId(), clock.instant(), by, null, petition.getStatus(), null));
		return petition;
	}

	/** At most this many rows on a list; the filters narrow it. */
	static final int LIST_LIMIT = 500;

	@Transactional(readOnly = true)
	public List<Petition> list(Actor actor, PetitionFilter filter) {
		Set<Long> units = unitsReadBy(actor);
		if (units.isEmpty()) {
			return List.of();
		}
		Long agency = filter.agencyUnitId();
		if (agency != null) {
			return petitions.ofAgency(agency, units.contains(agency), units, filter.status(), filter.unitId(),
					filter.overdue(), PetitionStatus.WAITING, today(), PageRequest.of(0, LIST_LIMIT));
		}
		return petitions.filtered(units, filter.status(), filter.agencyUnitId(), filter.unitId(), filter.overdue(),
				PetitionStatus.WAITING, today(), PageRequest.of(0, LIST_LIMIT));
	}

	@Transactional(readOnly = true)
	public List<Petition> ofDialogue(Actor actor, Long dialogueId) {
		return petitions.findByDialogueIdOrderByIdAsc(dialogueId).stream().filter(p -> access.reads(actor, p)).toList();
	}

	@Transactional(readOnly = true)
	public List<Petition> ofReceptionDay(Actor actor, Long receptionDayId) {
		return petitions.findByReceptionDayIdOrderByIdAsc(receptionDayId)
			.stream()
			.filter(p -> access.reads(actor, p))
			.toList();
	}

	/** Petitions still waiting past their due date that the actor handles. */
	@Transactional(readOnly = true)
	public long overdueHandledBy(Actor actor) {
		Set<Long> units = new HashSet<>();
		petitions.receivingUnits().stream().filter(u -> access.canHandle(actor, u)).forEach(units::add);
		petitions.agencyUnits().stream().filter(u -> access.canHandle(actor, u)).forEach(units::add);
		return units.isEmpty() ? 0 : petitions.countOverdue(units, PetitionStatus.WAITING, today());
	}

	/**
	 * The units whose petitions the actor may read: the distinct receiving and forwarded-to units are few, so the
	 * grant check runs on them and the rows are filtered in the database.
	 */
	Set<Long> unitsReadBy(Actor actor) {
		Set<Long> units = new HashSet<>();
		petitions.receivingUnits().stream().filter(u -> access.canRead(actor, u)).forEach(units::add);
		petitions.agencyUnits().stream().filter(u -> access.canRead(actor, u)).forEach(units::add);
		return units;
	}

	@Transactional(readOnly = true)
	public Petition get(Actor actor, Long id) {
		Petition petition = petitions.findById(id).orElseThrow(NotFoundException::record);
		if (!access.reads(actor, petition)) {
			throw new org.springframework.security.access.AccessDeniedException("dialogue: petition outside scope");
		}
		return petition;
	}

	/**
	 * The petitioner's personal data, for the officers handling the petition only; every reading is written to the
	 * audit trail (who read whose record, when).
	 */
	@Transactional
	public Optional<Petitioner> petitioner(Actor actor, Petition petition) {
		if (!access.handles(actor, petition)) {
			return Optional.empty();
		}
		audit.writeEvent("Petition", petition.getId(), AuditAction.READ_PERSONAL_DATA, actor.username(),
				Map.of("trackingCode", petition.getTrackingCode()));
		return Optional.of(new Petitioner(petition.getPetitionerName(), petition.getPetitionerIdentity(),
				petition.getPetitionerAddress(), petition.getPetitionerContact()));
	}

	/** The secret printed on the citizen's receipt, for the officers handling the petition only. */
	@Transactional(readOnly = true)
	public Optional<String> trackingSecret(Actor actor, Petition petition) {
		return access.handles(actor, petition) ? Optional.ofNullable(petition.getTrackingSecret()) : Optional.empty();
	}

	/**
	 * The petition a citizen looks up with the code and secret of the receipt; empty alike for an unknown code and
	 * a wrong secret, and the secret is compared in constant time.
	 */
	@Transactional(readOnly = true)
	public Optional<Petition> track(String code, String secret) {
		if (code == null || secret == null || code.length() > 20 || secret.length() > 12) {
			return Optional.empty();
		}
		Optional<Petition> found = petitions.findByTrackingCode(code.trim().toUpperCase(java.util.Locale.ROOT));
		String expected = found.map(Petition::getTrackingSecret).orElse("");
		boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				secret.trim().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
		return found.isPresent() && !expected.isEmpty() && matches ? found : Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<PetitionStep> history(Long petitionId) {
		return steps.findByPetitionIdOrderByActedAtAscIdAsc(petitionId);
	}

	public Petition forward(Actor actor, Long id, long version, Long agencyUnitId, String referralNumber,
			LocalDate referralDate, String note) {
		Petition petition = handled(actor, id, version);
		if (agencyUnitId != null && org.unit(agencyUnitId).isEmpty()) {
			throw RuleViolationException.onField("agencyUnitId", "dialogue.petition.agency.required");
		}
		PetitionStatus from = petition.getStatus();
		petition.forward(agencyUnitId, text(referralNumber, 50, "referralNumber"), referralDate);
		step(actor, petition, from, note);
		notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, agencyUnitId),
				"/dialogue/petitions/" + petition.getId(), "dialogue.notice.forwarded", petition.getTrackingCode(),
				org.nameOf(petition.getUnitId()).orElse(""), petition.getReplyDue().format(DATE))
			.except(actor.username()));
		return petition;
	}

	public Petition accept(Actor actor, Long id, long version, String note) {
		Petition petition = handled(actor, id, version);
		PetitionStatus from = petition.getStatus();
		petition.accept();
		step(actor, petition, from, note);
		return petition;
	}

	public Petition guide(Actor actor, Long id, long version, String note) {
		Petition petition = handled(actor, id, version);
		PetitionStatus from = petition.getStatus();
		petition.guide();
		step(actor, petition, from, required(note));
		return petition;
	}

	public Petition refuse(Actor actor, Long id, long version, String note) {
		Petition petition = handled(actor, id, version);
		PetitionStatus from = petition.getStatus();
		petition.refuse();
		step(actor, petition, from, required(note));
		return petition;
	}

	public Petition answer(Actor actor, Long id, long version, String answer, LocalDate answeredOn) {
		Petition petition = handled(actor, id, version);
		PetitionStatus from = petition.getStatus();
		if (answeredOn != null && answeredOn.isAfter(today())) {
			throw RuleViolationException.onField("answeredOn", "dialogue.petition.date.future");
		}
		petition.answer(text(answer, MAX_CONTENT, "answer"), answeredOn,
				answeredOn == null ? null : deadlines.due(DeadlineRules.NOTIFY_FORWARDER, answeredOn));
		step(actor, petition, from, null);
		return petition;
	}

	public Petition close(Actor actor, Long id, long version, String note) {
		Petition petition = handled(actor, id, version);
		PetitionStatus from = petition.getStatus();
		petition.close(today());
		step(actor, petition, from, note);
		return petition;
	}

	public Petition reopen(Actor actor, Long id, long version, String note) {
		Petition petition = handled(actor, id, version);
		PetitionStatus from = petition.getStatus();
		petition.reopen(deadlines.due(DeadlineRules.ANSWER, today()));
		step(actor, petition, from, required(note));
		return petition;
	}

	private Petition handled(Actor actor, Long id, long version) {
		Petition petition = get(actor, id);
		if (!access.handles(actor, petition)) {
			throw new org.springframework.security.access.AccessDeniedException("dialogue: not a handler");
		}
		StaleRecordException.check(version, petition.getVersion());
		return petition;
	}

	private void step(Actor actor, Petition petition, PetitionStatus from, String note) {
		steps.save(new PetitionStep(petition.getId(), clock.instant(), actor.username(), from, petition.getStatus(),
				text(note, 1000, "note")));
	}

	private void check(PetitionDraft draft) {
		if (draft.kind() == null) {
			throw RuleViolationException.onField("kind", "dialogue.petition.kind.required");
		}
		if (draft.source() == null) {
			throw RuleViolationException.onField("source", "dialogue.petition.source.required");
		}
		if (draft.receivedOn() == null) {
			throw RuleViolationException.onField("receivedOn", "dialogue.petition.receivedOn.required");
		}
		if (draft.receivedOn().isAfter(today())) {
			throw RuleViolationException.onField("receivedOn", "dialogue.petition.date.future");
		}
		if (draft.content() == null || draft.content().isBlank()) {
			throw RuleViolationException.onField("content", "dialogue.petition.content.required");
		}
		if (draft.content().length() > MAX_CONTENT) {
			throw RuleViolationException.onField("content", "dialogue.petition.content.tooLong", MAX_CONTENT);
		}
		if (draft.petitionerName() == null || draft.petitionerName().isBlank() || draft.petitionerName().length() > 150) {
			throw RuleViolationException.onField("petitionerName", "dialogue.petition.name.required");
		}
		if (draft.petitionerIdentity() != null && !IDENTITY.matcher(draft.petitionerIdentity()).matches()) {
			throw RuleViolationException.onField("petitionerIdentity", "dialogue.petition.identity.shape");
		}
		if (draft.people() < 1 || draft.people() > MAX_PEOPLE) {
			throw RuleViolationException.onField("people", "dialogue.petition.people.range", MAX_PEOPLE);
		}
		text(draft.field(), 200, "field");
		text(draft.petitionerAddress(), 300, "petitionerAddress");
		text(draft.petitionerContact(), 100, "petitionerContact");
		if (draft.dialogueId() != null) {
			Dialogue dialogue = dialogues.findById(draft.dialogueId())
				.filter(Dialogue::isActive)
				.orElseThrow(() -> RuleViolationException.onField("dialogueId", "dialogue.petition.dialogue.unknown"));
			if (draft.receivedOn().isBefore(dialogue.getHeldOn())) {
				throw RuleViolationException.onField("receivedOn", "dialogue.petition.date.beforeDialogue");
			}
		}
	}

	private static String required(String note) {
		if (note == null || note.isBlank()) {
			throw RuleViolationException.onField("note", "dialogue.petition.note.required");
		}
		return note;
	}

	private static String text(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw RuleViolationException.onField(field, "dialogue.text.tooLong", max);
		}
		return value.trim();
	}

	private String newTrackingCode(LocalDate receivedOn) {
		String code;
		do {
			code = "KN" + receivedOn.getYear() + "-" + secret(8);
		}
		while (petitions.existsByTrackingCode(code));
		return Objects.requireNonNull(code);
	}

	private String secret(int length) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
		}
		return b.toString();
	}

}
