package danvan.emulation.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentRepository;
import danvan.emulation.assessment.AssessmentStatus;
import danvan.emulation.pledge.Pledge;
import danvan.emulation.pledge.PledgeService;
import danvan.emulation.results.ResultService;
import danvan.emulation.results.Standings;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;

/**
 * A movement at a glance for the board and its reviewers: how many units pledged, submitted and were approved,
 * where every unit stands in the chain, who is overdue, how totals and classifications spread, clusters compared.
 */
@Service
@Transactional(readOnly = true)
public class MovementDashboard {

	private static final BigDecimal BAND = BigDecimal.TEN;

	/** One bar of a chart: its label, value and share of the largest bar (0–100). */
	public record Bar(String label, BigDecimal value, int percent) {
	}

	/** How many of the participants have reached each milestone. */
	public record Summary(int participants, int pledged, int submitted, int approved) {
	}

	/**
	 * A late assessment and who holds it up: the unit, which has not submitted its self-assessment by the
	 * deadline ({@code step} null), or the review step whose deadline has passed.
	 */
	public record Overdue(String unitName, String step, LocalDate deadline) {
	}

	public record View(Movement movement, Summary summary, List<Bar> progress, List<Overdue> overdue,
			List<Bar> scores, List<Bar> distribution, List<Bar> clusters) {

		public int participants() {
			return summary.participants();
		}

	}

	private final MovementService movements;

	private final AssessmentRepository assessments;

	private final PledgeService pledges;

	private final ResultService results;

	private final OrgDirectory org;

	private final Clock clock;

	MovementDashboard(MovementService movements, AssessmentRepository assessments, PledgeService pledges,
			ResultService results, OrgDirectory org, Clock clock) {
		this.movements = movements;
		this.assessments = assessments;
		this.pledges = pledges;
		this.results = results;
		this.org = org;
		this.clock = clock;
	}

	public View of(Actor actor, Long movementId, Map<String, String> labels) {
		Movement movement = movements.get(movementId);
		if (!results.canOversee(actor, movement)) {
			throw new AccessDeniedException("emulation: dashboard outside the board's scope");
		}
		Map<Long, Assessment> byUnit = new LinkedHashMap<>();
		assessments.findByMovementId(movementId).forEach(a -> byUnit.put(a.getUnitId(), a));
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> progress = new LinkedHashMap<>();
		progress.put(labels.get("notStarted"), 0);
		progress.put(labels.get("draft"), 0);
		movement.getReviewSteps().forEach(s -> progress.put(s.getName(), 0));
		progress.put(labels.get("returned"), 0);
		progress.put(labels.get("approved"), 0);
		List<Overdue> overdue = new ArrayList<>();
		Map<Long, Pledge> pledged = pledges.byUnit(movementId);
		int pledgedCount = 0;
		int submitted = 0;
		for (Participant p : movement.getParticipants()) {
			Assessment a = byUnit.get(p.getUnitId());
			progress.merge(stageOf(movement, a, labels), 1, Integer::sum);
			pledgedCount += pledged.containsKey(p.getUnitId()) ? 1 : 0;
			submitted += a != null && a.getSubmittedAt() != null ? 1 : 0;
			overdueOf(movement, p, a, today).ifPresent(overdue::add);
		}
		Summary summary = new Summary(movement.getParticipants().size(), pledgedCount, submitted,
				progress.get(labels.get("approved")));
		List<Standings.Row> rows = results.results(movementId).rows();
		return new View(movement, summary, bars(toDecimal(progress)), overdue, bars(toDecimal(scoreBands(rows))),
				bars(toDecimal(classifications(rows))), bars(clusterAverages(rows)));
	}

	private static String stageOf(Movement movement, Assessment a, Map<String, String> labels) {
		if (a == null) {
			return labels.get("notStarted");
		}
		return switch (a.getStatus()) {
			case DRAFT -> labels.get("draft");
			case RETURNED -> labels.get("returned");
			case APPROVED -> labels.get("approved");
			case IN_REVIEW -> movement.step(a.getCurrentStep()).map(ReviewStep::getName).orElse(labels.get("draft"));
		};
	}

	private Optional<Overdue> overdueOf(Movement movement, Participant p, Assessment a, LocalDate today) {
		if ((a == null || a.getSubmittedAt() == null) && movement.isPastSelfAssessmentDeadline(today)) {
			return Optional.of(new Overdue(unitName(p), null, movement.getSelfAssessmentDeadline()));
		}
		if (a == null || a.getStatus() != AssessmentStatus.IN_REVIEW) {
			return Optional.empty();
		}
		return movement.step(a.getCurrentStep())
			.filter(step -> step.getDeadline() != null && today.isAfter(step.getDeadline()))
			.map(step -> new Overdue(unitName(p), step.getName(), step.getDeadline()));
	}

	private String unitName(Participant p) {
		return org.nameOf(p.getUnitId()).orElse("");
	}

	/** Totals counted in bands of ten points, lowest band first ("80 – <90"). */
	private static Map<String, Integer> scoreBands(List<Standings.Row> rows) {
		TreeMap<BigDecimal, Integer> bands = new TreeMap<>();
		rows.forEach(r -> bands.merge(r.total().divide(BAND, 0, RoundingMode.FLOOR).multiply(BAND), 1, Integer::sum));
		Map<String, Integer> labelled = new LinkedHashMap<>();
		bands.forEach((from, count) -> labelled.put(from.toPlainString() + " – <" + from.add(BAND).toPlainString(), count));
		return labelled;
	}

	private static Map<String, Integer> classifications(List<Standings.Row> rows) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		rows.forEach(r -> counts.merge(r.classification() == null ? "—" : r.classification(), 1, Integer::sum));
		return counts;
	}

	private static Map<String, BigDecimal> clusterAverages(List<Standings.Row> rows) {
		Map<String, List<BigDecimal>> totals = new LinkedHashMap<>();
		rows.forEach(r -> totals.computeIfAbsent(r.cluster() == null ? "—" : r.cluster(), k -> new ArrayList<>()).add(r.total()));
		Map<String, BigDecimal> averages = new LinkedHashMap<>();
		totals.forEach((k, v) -> averages.put(k, v.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(v.size()), 2, RoundingMode.HALF_UP)));
		return averages;
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
