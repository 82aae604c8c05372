package danvan.planning.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.planning.PlanningAccess;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** Units report a target's achieved value per period, only for themselves and only where the target is split. */
@Service
@Transactional
public class ProgressService {

	private static final FileRules EVIDENCE = FileRules.of(List.of(FileKind.PDF, FileKind.DOCX, FileKind.DOC,
			FileKind.XLSX, FileKind.PNG, FileKind.JPEG), 20);

	private final PlanService plans;

	private final TargetSplitRepository splits;

	private final ProgressRepository progress;

	private final PeriodRepository periods;

	private final PlanningAccess access;

	private final FileStore files;

	private final Clock clock;

	ProgressService(PlanService plans, TargetSplitRepository splits, ProgressRepository progress,
			PeriodRepository periods, PlanningAccess access, FileStore files, Clock clock) {
		this.plans = plans;
		this.splits = splits;
		this.progress = progress;
		this.periods = periods;
		this.access = access;
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReportingPeriod> periods() {
		return periods.findAllByOrderByStartsOnAscEndsOnAsc();
	}

	@Transactional(readOnly = true)
	public ReportingPeriod period(Long id) {
		return periods.findById(id).orElseThrow(NotFoundException::record);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<ReportingPeriod> periodByCode(String code) {
		return periods.findByCode(code);
	}

	/** Records (or corrects) the unit's achieved value, cumulative to the period's end. */
	public Progress report(Actor actor, Long itemId, Long unitId, Long periodId, BigDecimal achieved, String note,
			MultipartFile evidence) {
		PlanItem item = plans.item(actor, itemId);
		if (!item.isTarget()) {
			throw RuleViolationException.onField("unitId", "planning.progress.notTarget");
		}
		TargetSplit split = unitId == null ? null : splits.findByItemIdAndUnitId(itemId, unitId).orElse(null);
		if (split == null) {
			throw RuleViolationException.onField("unitId", "planning.progress.unit.notSplit");
		}
		access.requireHandle(actor, unitId);
		ReportingPeriod period = periodId == null ? null : periods.findById(periodId).orElse(null);
		if (period == null) {
			throw RuleViolationException.onField("periodId", "planning.progress.period.required");
		}
		if (achieved == null) {
			throw RuleViolationException.onField("achieved", "planning.progress.achieved.required");
		}
		if (achieved.signum() < 0) {
			throw RuleViolationException.onField("achieved", "planning.progress.achieved.negative");
		}
		BigDecimal limit = split.getTargetValue().signum() > 0
				? split.getTargetValue().multiply(BigDecimal.valueOf(100)).max(BigDecimal.valueOf(1000)) : PlanService.ABSURD;
		if (achieved.compareTo(limit.min(PlanService.ABSURD)) > 0) {
			throw RuleViolationException.onField("achieved", "planning.progress.achieved.absurd", split.getTargetValue());
		}
		Long evidenceId = null;
		if (evidence != null && !evidence.isEmpty()) {
			try {
				evidenceId = files.store(evidence, EVIDENCE).getId();
			}
			catch (RuleViolationException e) {
				throw RuleViolationException.onField("evidence", e.messageKey(), e.arguments());
			}
		}
		Progress row = progress.findByItemIdAndUnitIdAndPeriodId(itemId, unitId, periodId)
			.orElseGet(() -> new Progress(itemId, unitId, periodId));
		row.record(achieved, note == null || note.isBlank() ? null : note.strip(), clock.instant(), actor.username());
		if (evidenceId != null) {
			row.attachEvidence(evidenceId);
		}
		return progress.save(row);
	}

	@Transactional(readOnly = true)
	public List<Progress> ofItems(List<Long> itemIds) {
		return itemIds.isEmpty() ? List.of() : progress.findByItemIdIn(itemIds);
	}

}
