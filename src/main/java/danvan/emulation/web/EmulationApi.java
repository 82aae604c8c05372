package danvan.emulation.web;

import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementKind;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.MovementStatus;
import danvan.emulation.results.ResultRow;
import danvan.emulation.results.ResultService;
import danvan.emulation.scale.ItemKind;
import danvan.emulation.scale.ScaleNode;
import danvan.emulation.scale.ScaleService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;

/** Movements and their scales for scripts and integrations. */
@RestController
@RequestMapping("/api/emulation/movements")
class EmulationApi {

	record MovementRow(Long id, String name, MovementKind kind, MovementStatus status) {
	}

	record ScaleTree(Long scaleId, String name, int version, BigDecimal bonusCap, List<Node> children) {
	}

	record Node(String code, String name, BigDecimal maxPoints, ItemKind kind, List<Node> children) {

		static List<Node> of(List<ScaleNode> nodes) {
			return nodes.stream().map(n -> new Node(n.code(), n.name(), n.maxPoints(), n.kind(), of(n.children()))).toList();
		}

	}

	record ResultRow(Long unitId, String unitName, String cluster, BigDecimal total, int rank, int clusterRank,
			String classification, boolean provisional) {
	}

	private final MovementService movements;

	private final ScaleService scales;

	private final ResultService results;

	EmulationApi(MovementService movements, ScaleService scales, ResultService results) {
		this.movements = movements;
		this.scales = scales;
		this.results = results;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/{id}/results")
	List<ResultRow> results(@PathVariable Long id) {
		ResultService.Results shown = results.results(CurrentActor.require(), id);
		return shown.rows()
			.stream()
			.map(r -> new ResultRow(r.unitId(), r.unitName(), r.cluster(), r.total(), r.rank(), r.clusterRank(),
					r.classification(), shown.provisional()))
			.toList();
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping
	List<MovementRow> movements() {
		return movements.all().stream().map(m -> new MovementRow(m.getId(), m.getName(), m.getKind(), m.getStatus())).toList();
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping("/{id}/scale")
	ScaleTree scale(@PathVariable Long id) {
		Movement movement = movements.get(id);
		var scale = scales.get(movement.getScaleId());
		return new ScaleTree(scale.getId(), scale.getName(), scale.getVersionNo(), scale.getBonusCap(),
				Node.of(scales.tree(scale.getId())));
	}

}
