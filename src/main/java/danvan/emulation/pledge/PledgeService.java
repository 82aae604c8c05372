package danvan.emulation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.EmulationAccess;
import danvan.emulation.assessment.Recipients;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.MovementStatus;
import danvan.emulation.movement.Participant;
import danvan.org.OrgDirectory;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** Pledges: a unit officer registers the unit; the board sees who has not and reminds them. */
@Service
@Transactional
public class PledgeService {

	private final PledgeRepository pledges;

	private final MovementService movements;

	private final EmulationAccess access;

	private final Recipients recipients;

	private final NotificationService notifications;

	private final OrgDirectory org;

	private final Clock clock;

	PledgeService(PledgeRepository pledges, MovementService movements, EmulationAccess access, Recipients recipients,
			NotificationService notifications, OrgDirectory org, Clock clock) {
		this.pledges = pledges;
		this.movements = movements;
		this.access = access;
		this.recipients = recipients;
		this.notifications = notifications;
		this.org = org;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<Long, Pledge> byUnit(Long movementId) {
		Map<Long, Pledge> byUnit = new HashMap<>();
		pledges.findByMovementId(movementId).forEach(p -> byUnit.put(p.getUnitId(), p));
		return byUnit;
	}

	public Pledge pledge(Actor actor, Long movementId, Long unitId, String commitment, String targetTitle) {
		Movement movement = movements.get(movementId);
		if (movement.participant(unitId).isEmpty()) {
			throw NotFoundException.record();
		}
		access.requireActFor(actor, unitId);
		if (movement.getStatus() != MovementStatus.OPEN && movement.getStatus() != MovementStatus.SELF_ASSESSMENT) {
			throw new RuleViolationException("emulation.pledge.closed");
		}
		if (movement.getPledgeDeadline() != null && LocalDate.now(clock).isAfter(movement.getPledgeDeadline())) {
			throw new RuleViolationException("emulation.pledge.deadlinePassed");
		}
		if (commitment == null || commitment.isBlank() || commitment.length() > 2000 || commitment.matches("(?s).*[<>].*")) {
			throw RuleViolationException.onField("commitment", "emulation.pledge.commitment.invalid");
		}
		if (targetTitle != null && (targetTitle.length() > 150 || targetTitle.matches("(?s).*[<>].*"))) {
			throw RuleViolationException.onField("targetTitle", "emulation.pledge.title.invalid");
		}
		Pledge pledge = pledges.findByMovementIdAndUnitId(movementId, unitId).orElseGet(() -> new Pledge(movementId, unitId));
		pledge.describe(commitment.trim(), targetTitle == null || targetTitle.isBlank() ? null : targetTitle.trim(),
				clock.instant(), actor.username());
		return pledges.save(pledge);
	}

	/** Notifies the officers of every participating unit that has not pledged yet; answers how many units. */
	public int remindMissing(Actor actor, Long movementId) {
		Movement movement = movements.managed(actor, movementId);
		Map<Long, Pledge> done = byUnit(movementId);
		int reminded = 0;
		for (Participant p : movement.getParticipants()) {
			if (done.containsKey(p.getUnitId())) {
				continue;
			}
			reminded++;
			notifications.post(Notice.of(recipients.officersOf(p.getUnitId()),
					"/emulation/movements/" + movementId + "/units/" + p.getUnitId() + "/pledge", "emulation.pledge.reminder",
					movement.getName(), org.nameOf(p.getUnitId()).orElse("")));
		}
		return reminded;
	}

}
