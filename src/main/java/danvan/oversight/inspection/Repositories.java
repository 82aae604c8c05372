package danvan.oversight.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	List<Inspection> findAllByOrderByWorkFromDesc();

	List<Inspection> findByPlanIdOrderByWorkFrom(Long planId);

	List<Inspection> findByCommitteeIdOrderByWorkFrom(Long committeeId);

}

interface InspectionStepRepository extends JpaRepository<InspectionStep, Long> {

	List<InspectionStep> findByInspectionIdOrderByActedAtAscIdAsc(Long inspectionId);

}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	List<Recommendation> findByInspectionIdOrderById(Long inspectionId);

	List<Recommendation> findByInspectionIdIn(Collection<Long> inspectionIds);

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
