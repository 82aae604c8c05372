package danvan.oversight.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.oversight.OversightAccess;
import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;

/**
 * On the calendar: the due date of each recommendation of an inspection's or supervision's conclusion not yet
 * carried out, for the inspecting body's readers and the addressed unit's (as the inspection page shows them).
 */
@Component
class RecommendationDeadlines implements DeadlineSource {

	static final String LABEL = "oversight.deadline.recommendation";

	private final RecommendationRepository recommendations;

	private final InspectionRepository inspections;

	private final OversightAccess access;

	RecommendationDeadlines(RecommendationRepository recommendations, InspectionRepository inspections,
			OversightAccess access) {
		this.recommendations = recommendations;
		this.inspections = inspections;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to) {
		List<Recommendation> due = recommendations.findOpenDueBetween(from, to);
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, Inspection> of = inspections.findAllById(due.stream().map(Recommendation::getInspectionId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Inspection::getId, Function.identity()));
		return due.stream()
			.filter(r -> of.containsKey(r.getInspectionId()))
			.filter(r -> access.canRead(actor, of.get(r.getInspectionId()).getBodyUnitId())
					|| access.canRead(actor, r.getAddresseeUnitId()))
			.map(r -> new Deadline("recommendation-" + r.getId(), LABEL, shortly(r.getText()), r.getDue(), r.getAddresseeUnitId(),
					"/oversight/inspections/" + r.getInspectionId()))
			.toList();
	}

	static String shortly(String text) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return line.length() <= 80 ? line : line.substring(0, 79) + "…";
	}

}
