package danvan.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;

/** A movement at a glance: where every unit stands, who is overdue, how scores spread, clusters compared. */
@Service
@Transactional(readOnly = true)
public class MovementDashboard {

	/** One bar of a chart: its label, value and share of the largest bar (0–100). */
	public record Bar(String label, BigDecimal value, int percent) {
	}

	public record View(Movement movement, int participants, List<Bar> progress, List<String> overdue,
			List<Bar> distribution, List<Bar> clusters) {
	}

	private final MovementService movements;

	private final AssessmentRepository assessments;

	private final ResultService results;

	private final OrgDirectory org;

	private final Clock clock;

	MovementDashboard(MovementService movements, AssessmentRepository assessments, ResultService results,
			OrgDirectory org, Clock clock) {
		this.movements = movements;
		this.assessments = assessments;
		this.results = results;
		this.org = org;
		this.clock = clock;
	}

	public View of(Long movementId, Map<String, String> labels) {
		Movement movement = movements.get(movementId);
		Map<Long, Assessment> byUnit = new LinkedHashMap<>();
		assessments.findByMovementId(movementId).forEach(a -> byUnit.put(a.getUnitId(), a));
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> progress = new LinkedHashMap<>();
		progress.put(labels.get("notStarted"), 0);
		progress.put(labels.get("draft"), 0);
		movement.getReviewSteps().forEach(s -> progress.put(s.getName(), 0));
		progress.put(labels.get("returned"), 0);
		progress.put(labels.get("approved"), 0);
		List<String> overdue = new ArrayList<>();
		for (Participant p : movement.getParticipants()) {
			Assessment a = byUnit.get(p.getUnitId());
			String name = org.nameOf(p.getUnitId()).orElse("");
			String key;
			if (a == null) {
				key = labels.get("notStarted");
			}
			else {
				key = switch (a.getStatus()) {
					case DRAFT -> labels.get("draft");
					case RETURNED -> labels.get("returned");
					case APPROVED -> labels.get("approved");
					case IN_REVIEW -> movement.step(a.getCurrentStep()).map(ReviewStep::getName).orElse(labels.get("draft"));
				};
			}
			progress.merge(key, 1, Integer::sum);
			boolean notSubmitted = a == null || a.getSubmittedAt() == null;
			boolean stepLate = a != null && a.getStatus() == AssessmentStatus.IN_REVIEW
					&& movement.step(a.getCurrentStep()).map(ReviewStep::getDeadline).filter(Objects::nonNull)
						.map(today::isAfter).orElse(false);
			if ((notSubmitted && movement.isPastSelfAssessmentDeadline(today)) || stepLate) {
				overdue.add(name);
			}
		}
		List<Standings.Row> rows = results.results(movementId).rows();
		Map<String, Integer> distribution = new LinkedHashMap<>();
		rows.forEach(r -> distribution.merge(r.classification() == null ? "—" : r.classification(), 1, Integer::sum));
		Map<String, List<BigDecimal>> clusterTotals = new LinkedHashMap<>();
		rows.forEach(r -> clusterTotals.computeIfAbsent(r.cluster() == null ? "—" : r.cluster(), k -> new ArrayList<>()).add(r.total()));
		Map<String, BigDecimal> clusterAverages = new LinkedHashMap<>();
		clusterTotals.forEach((k, v) -> clusterAverages.put(k, v.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(v.size()), 2, RoundingMode.HALF_UP)));
		return new View(movement, movement.getParticipants().size(), bars(toDecimal(progress)), overdue,
				bars(toDecimal(distribution)), bars(clusterAverages));
	}

	private static Map<String, BigDecimal> toDecimal(Map<String, Integer> counts) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		counts.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
		return values;
	}

	private static List<Bar> bars(Map<String, BigDecimal> values) {
		BigDecimal max = values.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		List<Bar> bars = new ArrayList<>();
		values.forEach((k, v) -> bars.add(new Bar(k, v, max.signum() == 0 ? 0
				: v.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue())));
		return bars;
	}

}
