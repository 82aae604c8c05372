package danvan.planning.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByPeriodFromDescIdDesc();

}

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

	List<PlanItem> findByPlanIdOrderByPositionAscIdAsc(Long planId);

}

interface TargetSplitRepository extends JpaRepository<TargetSplit, Long> {

	List<TargetSplit> findByItemIdIn(Collection<Long> itemIds);

	Optional<TargetSplit> findByItemIdAndUnitId(Long itemId, Long unitId);

	@org.springframework.data.jpa.repository.Query("select distinct s.unitId from TargetSplit s, PlanItem i where s.itemId = i.id and i.planId = ?1")
	List<Long> unitsOfPlan(Long planId);

}

interface ProgressRepository extends JpaRepository<Progress, Long> {

	List<Progress> findByItemIdIn(Collection<Long> itemIds);

	Optional<Progress> findByItemIdAndUnitIdAndPeriodId(Long itemId, Long unitId, Long periodId);

}

interface PeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	List<ReportingPeriod> findAllByOrderByStartsOnAscEndsOnAsc();

	Optional<ReportingPeriod> findByCode(String code);

}
