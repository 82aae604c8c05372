package danvan.emulation.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.emulation.EmulationAccess;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentRepository;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.org.OrgDirectory;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Actor;
import danvan.platform.sheets.SheetCells;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.work.WorkDrafts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Score sheets in and out of Excel: a unit's blank sheet and its filled copy; a consolidated sheet of all
 * units read into a preview (kept as a {@link WorkDrafts} draft, so any node can commit it and a restart loses
 * nothing) and committed all or nothing at the movement's current stage, the draft consumed in the same transaction.
 */
@Service
@Transactional
public class ScoreImportService {

	static final FileRules SHEETS = FileRules.of(List.of(FileKind.XLSX), 20);

	private static final Duration PREVIEW_LIFETIME = Duration.ofHours(2);

	private static final String DRAFT_KIND = "emulation.score-import";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final WorkDrafts drafts;

	private final MovementService movements;

	private final ScaleService scales;

	private final AssessmentService assessmentService;

	private final AssessmentRepository assessments;

	private final ScoreImportCommit committer;

	private final EmulationAccess access;

	private final OrgDirectory org;

	private final FileStore files;

	private final MessageSource messages;

	private final Clock clock;

	ScoreImportService(MovementService movements, ScaleService scales, AssessmentService assessmentService,
			AssessmentRepository assessments, ScoreImportCommit committer, EmulationAccess access, OrgDirectory org,
			FileStore files, WorkDrafts drafts, MessageSource messages, Clock clock) {
		this.drafts = drafts;
		this.movements = movements;
		this.scales = scales;
		this.assessmentService = assessmentService;
		this.assessments = assessments;
		this.committer = committer;
		this.access = access;
		this.org = org;
		this.files = files;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public byte[] blankSheet(Actor actor, Long movementId, Long unitId) {
		Movement movement = movements.get(movementId);
		if (movement.participant(unitId).isEmpty()) {
			throw NotFoundException.record();
		}
		if (!assessmentService.canRead(actor, unitId)) {
			throw new AccessDeniedException("emulation: sheet outside scope");
		}
		Assessment assessment = assessments.findByMovementIdAndUnitId(movementId, unitId).map(Assessment::loaded).orElse(null);
		return ScoreSheetExporter.blankSheet(movement, scales.get(movement.getScaleId()), org.nameOf(unitId).orElse(""),
				assessment);
	}

	/** A unit's filled sheet, saved as its self-assessment draft; any bad cell refuses the whole sheet. */
	public Assessment importUnitSheet(Actor actor, Long movementId, Long unitId, MultipartFile upload) {
		access.requireActFor(actor, unitId);
		StoredFile stored = files.store(upload, SHEETS);
		ScoringScale scale = scales.get(movements.get(movementId).getScaleId());
		Map<Long, BigDecimal> points = new HashMap<>();
		Map<Long, String> explanations = new HashMap<>();
		try (InputStream in = files.open(stored); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			List<ScaleItem> scored = scale.scoredItems();
			for (int r = ScoreSheetExporter.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				ScaleItem item = row == null ? null : scale.item(SheetCells.text(row.getCell(ScoreSheetExporter.CODE)));
				if (item == null || !scored.contains(item)) {
					continue;
				}
				ScoreCells.Read read = ScoreCells.points(row.getCell(ScoreSheetExporter.POINTS));
				if (read.problem() != null) {
					throw RuleViolationException.onField("file", "platform.sheets.cell",
							SheetCells.name(r, ScoreSheetExporter.POINTS), message(read.problem(), item.getCode()));
				}
				points.put(item.getId(), read.points());
				String text = SheetCells.text(row.getCell(ScoreSheetExporter.EXPLANATION));
				explanations.put(item.getId(), text.length() > 2000 ? text.substring(0, 2000) : text);
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolationException violation) {
				throw violation;
			}
			throw RuleViolationException.onField("file", "platform.sheets.unreadable");
		}
		Assessment assessment = assessmentService.open(actor, movementId, unitId);
		if (assessment == null) {
			throw new RuleViolationException("emulation.assessment.notOpen");
		}
		return assessmentService.saveSelf(actor, movementId, unitId, assessment.getVersion(), points, explanations);
	}

	/** Reads a consolidated sheet into a preview; nothing is saved but the uploaded file itself. */
	public ScoreImport preview(Actor actor, Long movementId, MultipartFile upload) {
		Movement movement = movements.get(movementId);
		requireImporter(actor, movement);
		StoredFile stored = files.store(upload, SHEETS);
		byte[] content;
		try (InputStream in = files.open(stored)) {
			content = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<ConsolidatedSheetReader.Unit> units = movement.getParticipants()
			.stream()
			.map(p -> org.unit(p.getUnitId()).orElseThrow())
			.map(u -> new ConsolidatedSheetReader.Unit(u.id(), u.name(), u.code()))
			.toList();
		ConsolidatedSheetReader.Outcome outcome = new ConsolidatedSheetReader(scales.get(movement.getScaleId()), units)
			.read(content);
		List<ScoreImport.CellError> errors = new ArrayList<>();
		outcome.problems().forEach(p -> errors.add(new ScoreImport.CellError(p.cell(), message(p.key(), p.args()))));
		Map<Long, Long> versions = new HashMap<>();
		assessments.versionsOf(movementId).forEach(v -> versions.put((Long) v[0], (Long) v[1]));
		ScoreImport read = new ScoreImport(null, movementId, stored.getOriginalName(), actor.username(), clock.instant(),
				outcome.rows(), errors, outcome.mismatches(), versions);
		String token = drafts.put(DRAFT_KIND, actor.username(), JSON.writeValueAsBytes(read), PREVIEW_LIFETIME);
		return new ScoreImport(token, read.movementId(), read.fileName(), read.importedBy(), read.readAt(), read.rows(),
				read.errors(), read.mismatches(), read.versions());
	}

	/**
	 * Saves a preview without errors, all or nothing, at the movement's current stage; refused as stale when an
	 * assessment changed after the sheet was read.
	 */
	public int commit(Actor actor, Long movementId, String importId) {
		ScoreImport preview = take(actor, importId);
		if (!preview.movementId().equals(movementId)) {
			throw new NotFoundException("emulation.import.unknown");
		}
		if (!preview.errors().isEmpty()) {
			throw new RuleViolationException("emulation.import.hasErrors", preview.errors().size());
		}
		Movement movement = movements.get(movementId);
		requireImporter(actor, movement);
		ScoringScale scale = scales.get(movement.getScaleId());
		String reason = message("emulation.import.reason", preview.fileName());
		switch (movement.getStatus()) {
			case SELF_ASSESSMENT -> committer.asSelfAssessments(movement, scale, preview, reason);
			case REVIEW -> committer.asAdjustments(actor, movement, scale, preview, reason);
			default -> throw new RuleViolationException("emulation.import.wrongStage");
		}
		return preview.rows().size();
	}

	/** The movement whose consolidated sheet the actor may import: its board or reviewers over its organiser. */
	public Movement importable(Actor actor, Long movementId) {
		Movement movement = movements.get(movementId);
		requireImporter(actor, movement);
		return movement;
	}

	private void requireImporter(Actor actor, Movement movement) {
		if (!access.canManage(actor, movement.getOrganiserUnitId())
				&& !access.holdsReviewerRoleOver(actor, movement.getOrganiserUnitId())) {
			throw new AccessDeniedException("emulation: not an importer for this movement");
		}
	}

	/** The actor's own preview, locked and consumed with this transaction (kept if the commit fails). */
	private ScoreImport take(Actor actor, String importId) {
		try {
			return JSON.readValue(drafts.take(DRAFT_KIND, importId, actor.username()), ScoreImport.class);
		}
		catch (NotFoundException | JacksonException e) {
			throw new NotFoundException("emulation.import.unknown");
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, VIETNAMESE);
	}

}
