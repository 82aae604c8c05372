package danvan.platform.audit;

import static danvan.platform.security.Role.ADMIN;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.platform.AppClock;
import danvan.platform.security.Access;
import danvan.platform.text.Folding;

/** Administrators browse and filter the audit trail; each record's page links here with its type and id. */
@Controller
class AuditController {

	static final ZoneId VIETNAM = AppClock.VIETNAM;

	private static final int PAGE_SIZE = 50;

	private final AuditEntries entries;

	AuditController(AuditEntries entries) {
		this.entries = entries;
	}

	@Access(roles = ADMIN)
	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String entity, @RequestParam(required = false) String id,
			@RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Specification<AuditEntry> filter = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (has(entity)) {
				where.add(cb.equal(root.get("entityType"), entity.trim()));
			}
			if (has(id)) {
				where.add(cb.equal(root.get("entityId"), id.trim()));
			}
			if (has(actor)) {
				where.add(cb.like(cb.lower(root.get("actor")), "%" + Folding.fold(actor) + "%"));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(VIETNAM).toInstant()));
			}
			if (to != null) {
				where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		int safePage = Math.max(0, Math.min(page, 100_000));
		Page<AuditEntry> result = entries.findAll(filter,
				PageRequest.of(safePage, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
		model.addAttribute("entries", result);
		model.addAttribute("entityTypes", entries.findEntityTypes());
		model.addAttribute("zone", VIETNAM);
		return "platform/audit";
	}

	private static boolean has(String value) {
		return value != null && !value.isBlank() && value.length() <= 200;
	}

}
