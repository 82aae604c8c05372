package danvan.dialogue;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.org.OrgDirectory;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Dialogues: recorded and corrected by the host unit's handlers, read by anyone whose grant covers the unit. */
@Service
@Transactional
public class DialogueService {

	/** More citizens than any hall holds: a typing slip, not an attendance. */
	static final int MAX_PARTICIPANTS = 100_000;

	private final DialogueRepository dialogues;

	private final DialogueAccess access;

	private final OrgDirectory org;

	private final FileStore files;

	private final Clock clock;

	DialogueService(DialogueRepository dialogues, DialogueAccess access, OrgDirectory org, FileStore files, Clock clock) {
		this.dialogues = dialogues;
		this.access = access;
		this.org = org;
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Dialogue> visibleTo(Actor actor) {
		List<Long> units = dialogues.hostUnits().stream().filter(u -> access.canRead(actor, u)).toList();
		return units.isEmpty() ? List.of() : dialogues.findByActiveTrueAndHostUnitIdInOrderByHeldOnDesc(units);
	}

	@Transactional(readOnly = true)
	public Dialogue get(Actor actor, Long id) {
		Dialogue dialogue = dialogues.findById(id).filter(Dialogue::isActive).orElseThrow(NotFoundException::record);
		access.requireRead(actor, dialogue.getHostUnitId());
		return dialogue;
	}

	/** A dialogue the actor may correct: refused before any form is read. */
	@Transactional(readOnly = true)
	public Dialogue editable(Actor actor, Long id) {
		Dialogue dialogue = get(actor, id);
		access.requireHandle(actor, dialogue.getHostUnitId());
		return dialogue;
	}

	public Dialogue create(Actor actor, Long hostUnitId, DialogueDraft draft) {
		if (hostUnitId == null || org.unit(hostUnitId).isEmpty()) {
			throw RuleViolationException.onField("hostUnitId", "dialogue.dialogue.unit.required");
		}
		access.requireHandle(actor, hostUnitId);
		check(draft);
		org.requireOpenOn(hostUnitId, draft.heldOn(), "hostUnitId");
		Dialogue dialogue = new Dialogue(hostUnitId, clock.instant(), actor.username());
		dialogue.describe(draft);
		return dialogues.save(dialogue);
	}

	public Dialogue update(Actor actor, Long id, long version, DialogueDraft draft) {
		Dialogue dialogue = get(actor, id);
		access.requireHandle(actor, dialogue.getHostUnitId());
		StaleRecordException.check(version, dialogue.getVersion());
		check(draft);
		dialogue.describe(draft);
		return dialogue;
	}

	/** The minutes (biên bản) as a PDF or Word file, checked by content. */
	public Dialogue attachMinutes(Actor actor, Long id, MultipartFile upload) {
		Dialogue dialogue = get(actor, id);
		access.requireHandle(actor, dialogue.getHostUnitId());
		if (upload == null || upload.isEmpty()) {
			throw RuleViolationException.onField("minutes", "dialogue.dialogue.minutes.required");
		}
		dialogue.attachMinutes(files.store(upload, FileRules.of(List.of(FileKind.PDF, FileKind.DOCX, FileKind.DOC), 20)).getId());
		return dialogue;
	}

	/** A dialogue entered by mistake leaves the lists; its record and trail stay. */
	public void withdraw(Actor actor, Long id, long version) {
		Dialogue dialogue = get(actor, id);
		access.requireHandle(actor, dialogue.getHostUnitId());
		StaleRecordException.check(version, dialogue.getVersion());
		dialogue.withdraw();
	}

	private static void check(DialogueDraft draft) {
		if (draft.kind() == null) {
			throw RuleViolationException.onField("kind", "dialogue.dialogue.kind.required");
		}
		if (draft.kind() == DialogueKind.THEMATIC && (draft.field() == null || draft.field().isBlank())) {
			throw RuleViolationException.onField("field", "dialogue.dialogue.field.required");
		}
		if (draft.heldOn() == null) {
			throw RuleViolationException.onField("heldOn", "dialogue.dialogue.heldOn.required");
		}
		if (draft.participants() < 0 || draft.participants() > MAX_PARTICIPANTS) {
			throw RuleViolationException.onField("participants", "dialogue.dialogue.participants.range", MAX_PARTICIPANTS);
		}
	}

}
