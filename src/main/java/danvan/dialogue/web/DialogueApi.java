package danvan.dialogue.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import danvan.dialogue.Dialogue;
import danvan.dialogue.figures.DialogueFigures;
import danvan.dialogue.DialogueKind;
import danvan.dialogue.DialogueService;
import danvan.dialogue.petition.Petition;
import danvan.dialogue.petition.PetitionDraft;
import danvan.dialogue.petition.PetitionFilter;
import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.petition.PetitionSource;
import danvan.dialogue.petition.PetitionStatus;
import danvan.dialogue.petition.Petitioner;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;

/** Dialogues and petitions for scripts and integrations; the petitioner's data only for its handling officers. */
@RestController
@RequestMapping("/api/dialogue")
@Tag(name = "Đối thoại, kiến nghị", description = "Dialogues and the citizens' petitions tracked to an answer")
class DialogueApi {

	record DialogueRow(Long id, DialogueKind kind, String field, String title, LocalDate heldOn, String place,
			Long hostUnitId, String chairName, int participants, boolean hasMinutes) {

		static DialogueRow of(Dialogue d) {
			return new DialogueRow(d.getId(), d.getKind(), d.getField(), d.getTitle(), d.getHeldOn(), d.getPlace(),
					d.getHostUnitId(), d.getChairName(), d.getParticipants(), d.getMinutesFileId() != null);
		}

	}

	record NewPetition(Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			PetitionKind kind, String field, String content, String petitionerName, Long dialogueId,
			String petitionerIdentity, String petitionerAddress, String petitionerContact, Integer people) {
	}

	record CreatedPetition(Long id, String trackingCode, PetitionStatus status, LocalDate replyDue,
			String trackingSecret) {
	}

	record PetitionRow(Long id, String trackingCode, Long unitId, Long dialogueId, PetitionKind kind, String field,
			String content, int people, LocalDate receivedOn, PetitionStatus status, LocalDate replyDue, boolean overdue,
			Long agencyUnitId, String referralNumber, LocalDate referralDate, String answer, LocalDate answeredOn,
			Petitioner petitioner) {

		static PetitionRow of(Petition p, LocalDate today, Petitioner petitioner) {
			return new PetitionRow(p.getId(), p.getTrackingCode(), p.getUnitId(), p.getDialogueId(), p.getKind(),
					p.getField(), p.getContent(), p.getPeople(), p.getReceivedOn(), p.getStatus(), p.getReplyDue(),
					p.isOverdue(today), p.getForwardedToUnitId(), p.getReferralNumber(), p.getReferralDate(),
					p.getAnswer(), p.getAnsweredOn(), petitioner);
		}

	}

	record FigureRow(String code, java.math.BigDecimal value, String recordsPath) {
	}

	private final DialogueService dialogues;

	private final PetitionService petitions;

	private final DialogueFigures figures;

	DialogueApi(DialogueService dialogues, PetitionService petitions, DialogueFigures figures) {
		this.dialogues = dialogues;
		this.petitions = petitions;
		this.figures = figures;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/figures")
	@Operation(summary = "Số liệu đối thoại, kiến nghị",
			description = "The module's figures for a unit's subtree (its predecessors through mergers included) and a "
					+ "period: dialogues by kind, attendance, opinions raised, answered on the spot, forwarded, answered "
					+ "and overdue, reception days scheduled and held; each with the path of the list it counts.")
	@ApiResponse(responseCode = "200", description = "The figures, in catalogue order")
	List<FigureRow> figures(@Parameter(description = "dialogue.api.figures.unit") @RequestParam Long unit,
			@Parameter(description = "dialogue.api.figures.from") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "dialogue.api.figures.to") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.forReader(CurrentActor.require(), unit, from, to)
			.stream()
			.map(f -> new FigureRow(f.code(), f.value(), f.recordsPath()))
			.toList();
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/dialogues")
	@Operation(summary = "Các cuộc đối thoại", description = "The dialogues of the units the caller's grants cover, newest first.")
	@ApiResponse(responseCode = "200", description = "The dialogues")
	List<DialogueRow> dialogues() {
		return dialogues.visibleTo(CurrentActor.require()).stream().map(DialogueRow::of).toList();
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/dialogues/{id}")
	@Operation(summary = "Một cuộc đối thoại", description = "One dialogue of a unit the caller's grants cover.")
	@ApiResponse(responseCode = "200", description = "The dialogue")
	DialogueRow dialogue(@Parameter(description = "dialogue.api.dialogue.id") @PathVariable Long id) {
		return DialogueRow.of(dialogues.get(CurrentActor.require(), id));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping("/petitions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tiếp nhận một kiến nghị",
			description = "Records a petition received by a unit the caller handles; answers its tracking code, status "
					+ "and the reply due date counted in working days.")
	@ApiResponse(responseCode = "201", description = "The petition was recorded")
	CreatedPetition receive(@RequestBody NewPetition body) {
		Petition p = petitions.receive(CurrentActor.require(),
				new PetitionDraft(body.unitId(), body.dialogueId(),
						body.dialogueId() == null ? PetitionSource.LETTER : PetitionSource.DIALOGUE, body.kind(),
						body.field(), body.content(), body.people() == null ? 1 : body.people(), body.petitionerName(),
						body.petitionerIdentity(), body.petitionerAddress(), body.petitionerContact(), body.receivedOn()));
		return new CreatedPetition(p.getId(), p.getTrackingCode(), p.getStatus(), p.getReplyDue(),
				petitions.trackingSecret(CurrentActor.require(), p).orElse(null));
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/petitions")
	@Operation(summary = "Danh sách kiến nghị",
			description = "Petitions the caller may read, narrowed by status, overdue flag, the body they were forwarded "
					+ "to (agency) and the receiving unit. Never carries personal data.")
	@ApiResponse(responseCode = "200", description = "The petitions")
	List<PetitionRow> petitions(
			@Parameter(description = "dialogue.api.petitions.status") @RequestParam(required = false) PetitionStatus status,
			@Parameter(description = "dialogue.api.petitions.overdue") @RequestParam(required = false) Boolean overdue,
			@Parameter(description = "dialogue.api.petitions.agency") @RequestParam(required = false) Long agency,
			@Parameter(description = "dialogue.api.petitions.unit") @RequestParam(required = false) Long unit) {
		LocalDate today = petitions.today();
		return petitions.list(CurrentActor.require(), new PetitionFilter(status, overdue, agency, unit))
			.stream()
			.map(p -> PetitionRow.of(p, today, null))
			.toList();
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/petitions/{id}")
	@Operation(summary = "Một kiến nghị",
			description = "One petition; the petitioner's personal data only when the caller handles it.")
	@ApiResponse(responseCode = "200", description = "The petition")
	PetitionRow petition(@Parameter(description = "dialogue.api.petition.id") @PathVariable Long id) {
		Actor actor = CurrentActor.require();
		Petition p = petitions.get(actor, id);
		return PetitionRow.of(p, petitions.today(), petitions.petitioner(actor, p).orElse(null));
	}

}
