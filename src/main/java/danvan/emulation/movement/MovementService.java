package danvan.emulation.movement;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.emulation.EmulationAccess;
import danvan.emulation.scale.ScaleRepository;
import danvan.emulation.scale.ScoringScale;
import danvan.org.OrgDirectory;
import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Movements: opening, describing, participants and clusters, status changes. */
@Service
@Transactional
public class MovementService {

	public static final FileRules DOCUMENTS = FileRules.of(
			java.util.stream.Stream.concat(FileKind.DOCUMENTS.stream(), FileKind.IMAGES.stream()).toList(), 20);

	private final MovementRepository movements;

	private final ScaleRepository scales;

	private final EmulationAccess access;

	private final OrgDirectory org;

	private final OrgUnitService units;

	private final FileStore files;

	private final Clock clock;

	MovementService(MovementRepository movements, ScaleRepository scales, EmulationAccess access, OrgDirectory org,
			OrgUnitService units, FileStore files, Clock clock) {
		this.movements = movements;
		this.scales = scales;
		this.access = access;
		this.org = org;
		this.units = units;
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Movement> all() {
		return movements.findAllByOrderByPeriodStartDescIdDesc();
	}

	@Transactional(readOnly = true)
	public Movement get(Long id) {
		Movement movement = movements.findById(id).orElseThrow(NotFoundException::record);
		movement.getParticipants().size();
		movement.getStatusChanges().size();
		movement.getReviewSteps().size();
		return movement;
	}

	public Movement create(Actor actor, MovementDraft draft) {
		if (draft.organiserUnitId() == null || org.unit(draft.organiserUnitId()).isEmpty()) {
			throw RuleViolationException.onField("organiserUnitId", "emulation.movement.organiser.unknown");
		}
		access.requireManage(actor, draft.organiserUnitId());
		requireScale(draft.scaleId());
		return movements.save(new Movement(draft, clock.instant(), actor.username()));
	}

	public Movement update(Actor actor, Long id, long version, MovementDraft draft) {
		Movement movement = managed(actor, id);
		StaleRecordException.check(version, movement.getVersion());
		requireScale(draft.scaleId());
		movement.describe(draft);
		return movement;
	}

	public void attachLaunchDocument(Actor actor, Long id, MultipartFile upload) {
		Movement movement = managed(actor, id);
		StoredFile file = files.store(upload, DOCUMENTS);
		movement.attachLaunchDocument(file.getId());
	}

	/** Adds units by id to the movement, in the given cluster (or none). */
	public void addParticipants(Actor actor, Long id, List<Long> unitIds, String clusterName) {
		Movement movement = managed(actor, id);
		String cluster = clusterName == null || clusterName.isBlank() ? null : clusterName.trim();
		for (Long unitId : unitIds) {
			if (org.unit(unitId).filter(OrgDirectory.UnitRef::active).isEmpty()) {
				throw RuleViolationException.onField("unitIds", "emulation.movement.participant.unknown");
			}
			access.requireManage(actor, unitId);
			movement.addParticipant(unitId, cluster);
		}
	}

	/** Adds every active unit directly under {@code parentUnitId}, except the organiser itself. */
	public void addChildrenOf(Actor actor, Long id, Long parentUnitId, String clusterName) {
		List<Long> children = units.children(parentUnitId)
			.stream()
			.filter(OrgUnit::isActive)
			.map(OrgUnit::getId)
			.filter(u -> !u.equals(get(id).getOrganiserUnitId()))
			.toList();
		addParticipants(actor, id, children, clusterName);
	}

	public ReviewStep addReviewStep(Actor actor, Long id, String name, java.time.LocalDate deadline,
			List<String> reviewers) {
		return managed(actor, id).addReviewStep(name, deadline, reviewers);
	}

	/** Moves the movement to its next status by hand (publishing goes through the results). */
	public Movement advance(Actor actor, Long id, long version) {
		Movement movement = managed(actor, id);
		StaleRecordException.check(version, movement.getVersion());
		MovementStatus next = movement.getStatus().manualNext();
		if (next == null) {
			throw new RuleViolationException("emulation.movement.transition.viaResults");
		}
		if (next == MovementStatus.OPEN && !requireScale(movement.getScaleId()).isActive()) {
			throw new RuleViolationException("emulation.movement.open.scaleNotActive");
		}
		movement.moveTo(next, clock.instant(), actor.username());
		return movement;
	}

	public Movement managed(Actor actor, Long id) {
		Movement movement = get(id);
		access.requireManage(actor, movement.getOrganiserUnitId());
		return movement;
	}

	private ScoringScale requireScale(Long scaleId) {
		return (scaleId == null ? java.util.Optional.<ScoringScale>empty() : scales.findById(scaleId))
			.orElseThrow(() -> RuleViolationException.onField("scaleId", "emulation.movement.scale.unknown"));
	}

}
