package danvan.dialogue.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditWriter;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.dialogue.DialogueAccess;
import danvan.dialogue.petition.Petition;
import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionRepository;
import danvan.dialogue.petition.PetitionStatus;
import danvan.dialogue.petition.PetitionStep;
import danvan.dialogue.petition.PetitionStepRepository;

/**
 * The reception register (Sổ tiếp công dân, Mẫu 03/TCD of Nghị định 154/2026/NĐ-CP) of a unit and its subtree for
 * a period: one row per petition in the form's 13 columns. It carries the petitioners' names, addresses and
 * identity numbers, so only the unit's handlers open it, and every opening is written to the audit trail.
 */
@Service
@Transactional
public class ReceptionRegister {

	/** A year and a little: a register is kept per year. */
	static final int MAX_DAYS = 400;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * The 13 columns: STT, ngày tiếp, họ tên và địa chỉ, số định danh, nội dung, loại đơn, số người, cơ quan đã
	 * giải quyết, thuộc thẩm quyền, hướng dẫn, cơ quan thụ lý, theo dõi kết quả, ghi chú.
	 */
	public record Row(int number, LocalDate receivedOn, String nameAndAddress, String identity, String content,
			PetitionKind kind, int people, String priorHandling, boolean ownCompetence, String guidance,
			String referredTo, String result, String note) {
	}

	private final PetitionRepository petitions;

	private final PetitionStepRepository steps;

	private final DialogueAccess access;

	private final OrgDirectory org;

	private final AuditWriter audit;

	private final java.time.Clock clock;

	private final jakarta.persistence.EntityManager entities;

	ReceptionRegister(PetitionRepository petitions, PetitionStepRepository steps, DialogueAccess access,
			OrgDirectory org, AuditWriter audit, java.time.Clock clock, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.clock = clock;
		this.petitions = petitions;
		this.steps = steps;
		this.access = access;
		this.org = org;
		this.audit = audit;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<Row> rows(Actor actor, Long unitId, LocalDate from, LocalDate to) {
		if (unitId == null || org.unit(unitId).isEmpty()) {
			throw RuleViolationException.onField("unit", "dialogue.register.unit.required");
		}
		if (!access.canHandle(actor, unitId)) {
			throw new AccessDeniedException("dialogue: the register of unit " + unitId + " is for its handlers");
		}
		if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw RuleViolationException.onField("to", "dialogue.register.period", MAX_DAYS);
		}
		java.util.Set<Long> scope = org.unitIdsWithin(unitId);
		List<Long> units = petitions.receivingUnits().stream().filter(scope::contains).toList();
		List<Row> rows = new ArrayList<>();
		Map<Long, String> names = new java.util.HashMap<>();
		// read a month at a time: the persistence context holds one page, not the year
		for (LocalDate start = from; !units.isEmpty() && !start.isAfter(to); start = start.plusMonths(1)
			.withDayOfMonth(1)) {
			LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
			List<Petition> page = petitions.registerPage(units, start, end.isAfter(to) ? to : end);
			Map<Long, String> guidance = guidanceNotes(page);
			for (Petition p : page) {
				rows.add(row(rows.size() + 1, p, guidance, names));
				entities.detach(p);
			}
		}
		audit.writeEvent("ReceptionRegister", unitId, AuditAction.READ_PERSONAL_DATA, actor.username(),
				Map.of("from", from.format(DATE), "to", to.format(DATE), "rows", String.valueOf(rows.size())));
		return rows;
	}

	/** The note of the last step of each guided petition, read in batches rather than one query a row. */
	private Map<Long, String> guidanceNotes(List<Petition> found) {
		List<Long> guided = found.stream().filter(p -> p.getStatus() == PetitionStatus.GUIDED).map(Petition::getId).toList();
		Map<Long, String> notes = new java.util.HashMap<>();
		for (int from = 0; from < guided.size(); from += 1000) {
			for (PetitionStep step : steps.findByPetitionIdInOrderByPetitionIdAscActedAtAscIdAsc(
					guided.subList(from, Math.min(guided.size(), from + 1000)))) {
				notes.put(step.getPetitionId(), step.getNote());
			}
		}
		return notes;
	}

	private Row row(int number, Petition p, Map<Long, String> guidance, Map<Long, String> names) {
		String nameAndAddress = p.getPetitionerAddress() == null ? p.getPetitionerName()
				: p.getPetitionerName() + ", " + p.getPetitionerAddress();
		boolean own = p.getForwardedToUnitId() == null && p.getStatus() != PetitionStatus.GUIDED
				&& p.getStatus() != PetitionStatus.REFUSED;
		String guided = p.getStatus() == PetitionStatus.GUIDED ? guidance.get(p.getId()) : null;
		String referred = p.getForwardedToUnitId() == null ? null
				: names.computeIfAbsent(p.getForwardedToUnitId(), id -> org.nameOf(id).orElse(""))
						+ (p.getReferralNumber() == null ? "" : " (" + p.getReferralNumber()
								+ (p.getReferralDate() == null ? "" : ", " + p.getReferralDate().format(DATE)) + ")");
		String result = p.getAnswer() == null ? null
				: p.getAnswer() + (p.getAnsweredOn() == null ? "" : " (" + p.getAnsweredOn().format(DATE) + ")");
		return new Row(number, p.getReceivedOn(), nameAndAddress, p.getPetitionerIdentity(), p.getContent(),
				p.getKind(), p.getPeople(), null, own, guided, referred, result, p.getTrackingCode());
	}


}
