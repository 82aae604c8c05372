package danvan.oversight;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/**
 * The steering committees, read by anyone whose grant covers their unit and set up or revised by the unit's
 * handlers. A committee is never deleted: its term ends.
 */
@Service
@Transactional
public class CommitteeService {

	private static final FileRules DECISION = FileRules.of(List.of(FileKind.PDF, FileKind.DOCX, FileKind.DOC), 20);

	private final CommitteeRepository committees;

	private final OversightAccess access;

	private final OrgDirectory org;

	private final FileStore files;

	CommitteeService(CommitteeRepository committees, OversightAccess access, OrgDirectory org, FileStore files) {
		this.committees = committees;
		this.access = access;
		this.org = org;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public List<Committee> visibleTo(Actor actor) {
		return committees.findAllByOrderByEstablishedOnDesc().stream().filter(c -> access.canRead(actor, c.getUnitId())).toList();
	}

	/** The committees whose unit the actor handles: those it may name as carrying out an inspection or issuing. */
	@Transactional(readOnly = true)
	public List<Committee> handledBy(Actor actor) {
		return committees.findAllByOrderByEstablishedOnDesc().stream().filter(c -> access.canHandle(actor, c.getUnitId())).toList();
	}

	@Transactional(readOnly = true)
	public Committee get(Actor actor, Long id) {
		Committee c = committees.findById(id).orElseThrow(NotFoundException::record);
		access.requireRead(access.canRead(actor, c.getUnitId()));
		return c;
	}

	/** The committee an inspection or directive names, shown by name to all its readers; none for none. */
	@Transactional(readOnly = true)
	public java.util.Optional<Committee> named(Long id) {
		return id == null ? java.util.Optional.empty() : committees.findById(id);
	}

	/** Whether the committee's own page (members, decision) opens for the actor. */
	public boolean reads(Actor actor, Committee c) {
		return access.canRead(actor, c.getUnitId());
	}

	public boolean handles(Actor actor, Committee c) {
		return access.canHandle(actor, c.getUnitId());
	}

	/**
	 * A committee an inspection or directive is tied to: it must exist and the actor must handle its unit; a
	 * refusal names {@code field}.
	 */
	@Transactional(readOnly = true)
	public Committee requireHandled(Actor actor, Long id, String field) {
		Committee c = committees.findById(id)
			.orElseThrow(() -> RuleViolationException.onField(field, "oversight.committee.unknown"));
		if (!access.canHandle(actor, c.getUnitId())) {
			throw RuleViolationException.onField(field, "oversight.committee.notHandled");
		}
		return c;
	}

	public Committee create(Actor actor, CommitteeDraft draft, MultipartFile decision) {
		if (draft.unitId() == null || !org.exists(draft.unitId())) {
			throw RuleViolationException.onField("unitId", "oversight.committee.unit.required");
		}
		access.requireHandle(actor, draft.unitId());
		check(draft);
		Committee c = committees.save(new Committee(draft));
		attach(c, decision);
		return c;
	}

	public Committee update(Actor actor, Long id, long version, CommitteeDraft draft, MultipartFile decision) {
		Committee c = get(actor, id);
		access.requireHandle(actor, c.getUnitId());
		StaleRecordException.check(version, c.getVersion());
		if (draft.unitId() == null || !org.exists(draft.unitId())) {
			throw RuleViolationException.onField("unitId", "oversight.committee.unit.required");
		}
		access.requireHandle(actor, draft.unitId());
		check(draft);
		c.describe(draft);
		attach(c, decision);
		return c;
	}

	public long count() {
		return committees.count();
	}

	private void attach(Committee c, MultipartFile decision) {
		if (decision == null || decision.isEmpty()) {
			return;
		}
		try {
			c.attachDecision(files.store(decision, DECISION).getId());
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.onField("decisionFile", e.messageKey(), e.arguments());
		}
	}

	private void check(CommitteeDraft d) {
		if (d.name() == null || d.name().isBlank()) {
			throw RuleViolationException.onField("name", "oversight.committee.name.required");
		}
		if (d.supportUnitId() != null && !org.exists(d.supportUnitId())) {
			throw RuleViolationException.onField("supportUnitId", "oversight.committee.supportUnit.unknown");
		}
		if (d.establishedOn() == null) {
			throw RuleViolationException.onField("establishedOn", "oversight.committee.establishedOn.required");
		}
		LocalDate ends = d.endsOn();
		if (ends != null && ends.isBefore(d.establishedOn())) {
			throw RuleViolationException.onField("endsOn", "oversight.committee.endsOn.beforeStart");
		}
		Set<Long> seen = new HashSet<>();
		for (Committee.Member m : d.members() == null ? List.<Committee.Member>of() : d.members()) {
			if (org.official(m.getOfficialId()).isEmpty()) {
				throw RuleViolationException.onField("members", "oversight.committee.member.unknown");
			}
			if (!seen.add(m.getOfficialId())) {
				throw RuleViolationException.onField("members", "oversight.committee.member.twice",
						org.official(m.getOfficialId()).orElseThrow().fullName());
			}
			if (m.getPosition() == null || m.getPosition().isBlank()) {
				throw RuleViolationException.onField("members", "oversight.committee.member.position",
						org.official(m.getOfficialId()).orElseThrow().fullName());
			}
		}
	}

}
