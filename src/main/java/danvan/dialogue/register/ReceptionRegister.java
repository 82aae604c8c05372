package danvan.dialogue.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionRepository;
import danvan.dialogue.petition.PetitionStatus;

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

	private final RegisterEntries entries;

	private final DialogueAccess access;

	private final OrgDirectory org;

	private final AuditWriter audit;

	private final Clock clock;

	ReceptionRegister(PetitionRepository petitions, RegisterEntries entries, DialogueAccess access, OrgDirectory org,
			AuditWriter audit, Clock clock) {
		this.clock = clock;
		this.petitions = petitions;
		this.entries = entries;
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
		Map<Long, String> names = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (RegisterEntries.Entry entry : entries.received(units, from, to)) {
			rows.add(row(rows.size() + 1, entry, names));
		}
		audit.writeEvent("ReceptionRegister", unitId, AuditAction.READ_PERSONAL_DATA, actor.username(),
				Map.of("from", from.format(DATE), "to", to.format(DATE), "rows", String.valueOf(rows.size())));
		return rows;
	}

	private Row row(int number, RegisterEntries.Entry p, Map<Long, String> names) {
		String nameAndAddress = p.address() == null ? p.name() : p.name() + ", " + p.address();
		boolean own = p.forwardedTo() == null && p.status() != PetitionStatus.GUIDED
				&& p.status() != PetitionStatus.REFUSED;
		String guided = p.status() == PetitionStatus.GUIDED ? p.guidance() : null;
		String referred = p.forwardedTo() == null ? null
				: names.computeIfAbsent(p.forwardedTo(), id -> org.nameOf(id).orElse(""))
						+ (p.referralNumber() == null ? "" : " (" + p.referralNumber()
								+ (p.referralDate() == null ? "" : ", " + p.referralDate().format(DATE)) + ")");
		String result = p.answer() == null ? null
				: p.answer() + (p.answeredOn() == null ? "" : " (" + p.answeredOn().format(DATE) + ")");
		return new Row(number, p.receivedOn(), nameAndAddress, p.identity(), p.content(), p.kind(), p.people(), null,
				own, guided, referred, result, p.trackingCode());
	}

}
