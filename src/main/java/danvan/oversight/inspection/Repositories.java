package danvan.oversight.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	List<Inspection> findAllByOrderByWorkFromDesc();

	/**
	 * The list, narrowed, counted and paged in the database. An inspection concerns a unit through its body, an
	 * inspected unit or an inspected official's unit: the reader's units ({@code everywhere} for a system-wide
	 * grant) and the chosen subtree ({@code anyUnit} when none) each must be concerned. Absent filters are null
	 * (or false); each word must be in the folded title.
	 */
	@Query("""
			select i from Inspection i
			where (:everywhere = true or i.bodyUnitId in :scope
			       or exists (select 1 from i.inspectedUnitIds u where u in :scope)
			       or exists (select 1 from i.inspectedOfficials o where o.unitId in :scope))
			  and (:anyUnit = true or i.bodyUnitId in :within
			       or exists (select 1 from i.inspectedUnitIds u where u in :within)
			       or exists (select 1 from i.inspectedOfficials o where o.unitId in :within))
			  and (:kind is null or i.kind = :kind)
			  and (:form is null or i.form = :form)
			  and (:status is null or i.status = :status)
			  and (cast(:topic as String) is null or exists (select 1 from i.topics t where t = :topic))
			  and (cast(:firstDay as LocalDate) is null or i.workFrom >= :firstDay)
			  and (cast(:lastDay as LocalDate) is null or i.workFrom <= :lastDay)
			  and (:planned = false or i.planId is not null)
			  and (:concluded = false or i.status in :concludedStatuses)
			  and (:overdue = false or exists (select 1 from Recommendation r where r.inspectionId = i.id
			       and r.status in :open and r.due < :today))
			  and (cast(:w1 as String) is null or i.titleFolded like :w1 escape '!')
			  and (cast(:w2 as String) is null or i.titleFolded like :w2 escape '!')
			  and (cast(:w3 as String) is null or i.titleFolded like :w3 escape '!')
			  and (cast(:w4 as String) is null or i.titleFolded like :w4 escape '!')
			order by i.workFrom desc, i.id desc""")
	Page<Inspection> filtered(@Param("everywhere") boolean everywhere, @Param("scope") Collection<Long> scope,
			@Param("anyUnit") boolean anyUnit, @Param("within") Collection<Long> within,
			@Param("kind") InspectionKind kind, @Param("form") InspectionForm form,
			@Param("status") InspectionStatus status, @Param("topic") String topic,
			@Param("firstDay") LocalDate firstDay, @Param("lastDay") LocalDate lastDay,
			@Param("planned") boolean planned, @Param("concluded") boolean concluded,
			@Param("concludedStatuses") Collection<InspectionStatus> concludedStatuses,
			@Param("overdue") boolean overdue, @Param("open") Collection<RecommendationStatus> open,
			@Param("today") LocalDate today, @Param("w1") String w1, @Param("w2") String w2,
			@Param("w3") String w3, @Param("w4") String w4, Pageable page);

	List<Inspection> findByPlanIdOrderByWorkFrom(Long planId);

	List<Inspection> findByCommitteeIdOrderByWorkFrom(Long committeeId);

}

interface InspectionStepRepository extends JpaRepository<InspectionStep, Long> {

	List<InspectionStep> findByInspectionIdOrderByActedAtAscIdAsc(Long inspectionId);

}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	List<Recommendation> findByInspectionIdOrderById(Long inspectionId);

	List<Recommendation> findByInspectionIdIn(Collection<Long> inspectionIds);

	/**
	 * The recommendations list, narrowed, counted and paged in the database: the inspecting body's readers see
	 * all of an inspection's, an addressee's readers their own ({@code everywhere} for a system-wide grant); the
	 * chosen subtree narrows by addressee. {@code late} keeps the open ones past due, {@code onTime} those not.
	 */
	@Query("""
			select r from Recommendation r, Inspection i
			where i.id = r.inspectionId
			  and (:everywhere = true or i.bodyUnitId in :scope or r.addresseeUnitId in :scope)
			  and (:anyUnit = true or r.addresseeUnitId in :within)
			  and (:status is null or r.status = :status)
			  and (:late = false or (r.status in :open and r.due < :today))
			  and (:onTime = false or r.due >= :today)
			  and (:escalated = false or r.escalatedOn is not null)
			  and (cast(:firstDay as LocalDate) is null or r.issuedOn >= :firstDay)
			  and (cast(:lastDay as LocalDate) is null or r.issuedOn <= :lastDay)
			order by r.due, r.id""")
	Page<Recommendation> filtered(@Param("everywhere") boolean everywhere, @Param("scope") Collection<Long> scope,
			@Param("anyUnit") boolean anyUnit, @Param("within") Collection<Long> within,
			@Param("status") RecommendationStatus status, @Param("late") boolean late,
			@Param("onTime") boolean onTime, @Param("open") Collection<RecommendationStatus> open,
			@Param("today") LocalDate today, @Param("escalated") boolean escalated,
			@Param("firstDay") LocalDate firstDay, @Param("lastDay") LocalDate lastDay, Pageable page);

	@Query("select r from Recommendation r where r.repliedOn is null and r.escalatedOn is null and r.status <> danvan.oversight.inspection.RecommendationStatus.ACCEPTED")
	List<Recommendation> findUnanswered();

	@Query("select r from Recommendation r where r.status in (danvan.oversight.inspection.RecommendationStatus.NOT_STARTED, danvan.oversight.inspection.RecommendationStatus.IN_PROGRESS) and r.due < :today "
			+ "and r.addresseeUnitId in :units")
	List<Recommendation> findOverdueIn(LocalDate today, Collection<Long> units);

	@Query("select count(r) from Recommendation r where r.status in (danvan.oversight.inspection.RecommendationStatus.NOT_STARTED, danvan.oversight.inspection.RecommendationStatus.IN_PROGRESS) and r.due < :today "
			+ "and r.addresseeUnitId in :units")
	long countOverdueIn(LocalDate today, Collection<Long> units);

	@Query("select count(r) from Recommendation r, Inspection i where i.id = r.inspectionId and i.bodyUnitId in :units "
			+ "and r.status = danvan.oversight.inspection.RecommendationStatus.REPORTED_DONE")
	long countAwaitingAcceptanceBy(Collection<Long> units);

	/** Recommendations still to be carried out whose due date falls from {@code from} to {@code to}, for the calendar. */
	@Query("select r from Recommendation r where r.status in (danvan.oversight.inspection.RecommendationStatus.NOT_STARTED, danvan.oversight.inspection.RecommendationStatus.IN_PROGRESS) "
			+ "and r.due between :from and :to order by r.due, r.id")
	List<Recommendation> findOpenDueBetween(LocalDate from, LocalDate to);

}
