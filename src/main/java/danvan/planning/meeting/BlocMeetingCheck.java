package danvan.planning.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.planning.PlanningUnits;

/**
 * The quarterly meetings a unit kind owes (data: {@code planning_meeting_duty}), held or not, per unit and quarter.
 * A unit owes the quarters it existed in from their first day; only quarters that are over are judged.
 */
@Service
@Transactional(readOnly = true)
public class BlocMeetingCheck {

	public record Row(PlanningUnits.Unit unit, int year, int quarter, boolean held, String legalBasis) {

		public String getLabel() {
			return "Q" + quarter + "/" + year;
		}

	}

	private final MeetingRepository meetings;

	private final MeetingDutyRepository duties;

	private final PlanningUnits units;

	BlocMeetingCheck(MeetingRepository meetings, MeetingDutyRepository duties, PlanningUnits units) {
		this.meetings = meetings;
		this.duties = duties;
		this.units = units;
	}

	/** The quarters of {@code year} up to {@code today}, for the units under {@code rootUnitId}. */
	public List<Row> check(Long rootUnitId, int year, LocalDate today) {
		PlanningUnits.Tree tree = units.tree();
		List<Row> rows = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			LocalDate start = LocalDate.of(year, q * 3 - 2, 1);
			LocalDate end = start.plusMonths(3).minusDays(1);
			if (!end.isBefore(today)) {
				break;
			}
			List<MeetingDuty> due = duties.findByMeetingKindAndEffectiveFromLessThanEqual(Meeting.Kind.BLOC_MEETING, start);
			if (due.isEmpty()) {
				continue;
			}
			List<Meeting> held = meetings.findByKindAndStatusAndStartsAtBetween(Meeting.Kind.BLOC_MEETING, Meeting.Status.HELD,
					start.atStartOfDay(), LocalDateTime.of(end, java.time.LocalTime.MAX));
			for (MeetingDuty duty : due) {
				for (PlanningUnits.Unit unit : tree.units().values()) {
					if (!unit.kindCode().equals(duty.getUnitKindCode()) || !unit.existsOn(start)
							|| (rootUnitId != null && !tree.within(unit.id(), rootUnitId))) {
						continue;
					}
					boolean done = held.stream().anyMatch(m -> tree.within(m.getOrganiserUnitId(), unit.id()));
					rows.add(new Row(unit, year, q, done, duty.getLegalBasis()));
				}
			}
		}
		return rows;
	}

}
