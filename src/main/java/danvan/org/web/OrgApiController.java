package danvan.org.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import danvan.org.Official;
import danvan.org.OfficialService;
import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.ServiceLength;
import danvan.org.ServicePeriod;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;

/** JSON API for scripts and integrations: units and officials, under the caller's scope. */
@RestController
@Tag(name = "Tổ chức", description = "Đơn vị và cán bộ")
class OrgApiController {

	private final OrgUnitService units;

	private final OfficialService officials;

	OrgApiController(OrgUnitService units, OfficialService officials) {
		this.units = units;
		this.officials = officials;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/api/org/units")
	@Operation(summary = "Các đơn vị trong phạm vi của người gọi, theo thứ tự cây")
	List<UnitJson> units(@RequestParam(required = false) String q) {
		if (q != null && !q.isBlank()) {
			return units.search(CurrentActor.require(), q).stream().map(UnitJson::of).toList();
		}
		return units.tree(CurrentActor.require())
			.stream()
			.filter(n -> n.readable())
			.map(n -> UnitJson.of(n.unit()))
			.toList();
	}

	@Access(value = SIGNED_IN, scope = UNIT, unit = "id")
	@GetMapping("/api/org/units/{id}")
	UnitJson unit(@PathVariable Long id) {
		return UnitJson.of(units.get(CurrentActor.require(), id));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/api/org/units")
	ResponseEntity<UnitJson> createUnit(@Valid @RequestBody UnitForm form) {
		OrgUnit unit = units.create(CurrentActor.require(), form.toDraft());
		return ResponseEntity.created(URI.create("/api/org/units/" + unit.getId())).body(UnitJson.of(unit));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@PutMapping("/api/org/units/{id}")
	@Operation(summary = "Sửa đơn vị; trường version phải là phiên bản đang lưu (nếu không: 409)")
	UnitJson updateUnit(@PathVariable Long id, @Valid @RequestBody UnitForm form) {
		return UnitJson.of(units.update(CurrentActor.require(), id, form.getVersion(), form.toDraft()));
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/api/officials")
	@Operation(summary = "Tìm cán bộ theo họ tên, không phân biệt dấu (\"tran van thang\")")
	Page<OfficialJson> officials(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), Math.max(1, Math.min(size, 200)),
				Sort.by("searchName"));
		LocalDate today = officials.today();
		return officials.search(CurrentActor.require(), q, unitId, request).map(o -> OfficialJson.of(o, today));
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/api/officials/{id}")
	OfficialJson official(@PathVariable Long id) {
		return OfficialJson.of(officials.get(CurrentActor.require(), id), officials.today());
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/api/officials")
	ResponseEntity<OfficialJson> createOfficial(@Valid @RequestBody OfficialForm form) {
		Official official = officials.create(CurrentActor.require(), form.toDraft());
		return ResponseEntity.created(URI.create("/api/officials/" + official.getId()))
			.body(OfficialJson.of(official, officials.today()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/api/officials/{id}/periods")
	OfficialJson addPeriod(@PathVariable Long id, @Valid @RequestBody PeriodForm form) {
		return OfficialJson.of(officials.addPeriod(CurrentActor.require(), id, form.getVersion(), form.toDraft()),
				officials.today());
	}

	record UnitJson(Long id, String code, String name, String kind, String level, Long parentId, boolean active,
			Long mergedIntoId, LocalDate mergedOn, int depth, long version) {

		static UnitJson of(OrgUnit unit) {
			return new UnitJson(unit.getId(), unit.getCode(), unit.getName(), unit.getKind().getName(),
					unit.getLevel().getName(), idOf(unit.getParent()), unit.isActive(), idOf(unit.getMergedInto()),
					unit.getMergedOn(), unit.depth(), unit.getVersion());
		}

		private static Long idOf(OrgUnit unit) {
			return unit == null ? null : unit.getId();
		}

	}

	record PeriodJson(Long unitId, String unitName, String position, LocalDate startDate, LocalDate endDate,
			boolean massMobilization) {

		static PeriodJson of(ServicePeriod period) {
			return new PeriodJson(period.getUnit().getId(), period.getUnit().getName(), period.getPosition(),
					period.getStartDate(), period.getEndDate(), period.isMassMobilization());
		}

	}

	record OfficialJson(Long id, String fullName, String gender, LocalDate birthDate, Long unitId, String unitName,
			String position, boolean active, long massMobilizationMonths, List<PeriodJson> periods, long version) {

		static OfficialJson of(Official official, LocalDate today) {
			ServiceLength service = official.massMobilizationService(today);
			return new OfficialJson(official.getId(), official.getFullName(), official.getGender().name(),
					official.getBirthDate(), official.getUnit().getId(), official.getUnit().getName(),
					official.getPosition(), official.isActive(), service.totalMonths(),
					official.getPeriods().stream().map(PeriodJson::of).toList(), official.getVersion());
		}

	}

}
