package danvan.exemplar.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.registry.ExemplarSearch;
import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;

/**
 * On the calendar: the evaluation due date of each exemplar still registered or being implemented (an evaluated,
 * recognised or discontinued one has met it or no longer owes it), for the readers of its unit. The reader's
 * units are an SQL {@code in}, as in the list.
 */
@Component
class ExemplarDeadlines implements DeadlineSource {

	static final String EVALUATION = "exemplar.deadline.evaluation";

	private final EntityManager em;

	private final ExemplarSearch search;

	ExemplarDeadlines(EntityManager em, ExemplarSearch search) {
		this.em = em;
		this.search = search;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to) {
		Set<Long> units = search.scope(actor, null);
		if (units != null && units.isEmpty()) {
			return List.of();
		}
		TypedQuery<Object[]> query = em.createQuery("select e.id, e.name, e.evaluationDue, e.unitId from Exemplar e"
				+ " where e.status in :open and e.evaluationDue between :from and :to"
				+ (units == null ? "" : " and e.unitId in :units") + " order by e.evaluationDue, e.id", Object[].class)
			.setParameter("open", List.of(ExemplarStatus.REGISTERED, ExemplarStatus.IMPLEMENTING))
			.setParameter("from", from)
			.setParameter("to", to);
		if (units != null) {
			query.setParameter("units", units);
		}
		return query.getResultList()
			.stream()
			.map(r -> new Deadline("exemplar-evaluation-" + r[0], EVALUATION, (String) r[1], (LocalDate) r[2], (Long) r[3],
					"/exemplar/exemplars/" + r[0]))
			.toList();
	}

}
