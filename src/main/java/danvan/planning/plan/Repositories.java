package danvan.planning.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByPeriodFromDescIdDesc();

	/**
	 * The list, narrowed, counted and paged in the database: plans owned within the reader's units (or splitting
	 * a target to one of them; {@code everywhere} for a system-wide grant), owned within the chosen subtree
	 * ({@code anyUnit} when none), running in the chosen year, each word in the folded title and number. Without a
	 * status, withdrawn plans are left out.
	 */
	@Query("""
			select p from Plan p
			where (:everywhere = true or p.ownerUnitId in :scope
			       or exists (select 1 from TargetSplit s, PlanItem i where s.itemId = i.id and i.planId = p.id
			                  and s.unitId in :scope))
			  and (:anyUnit = true or p.ownerUnitId in :within)
			  and (:kind is null or p.kind = :kind)
			  and ((:status is null and p.status <> :withdrawn) or p.status = :status)
			  and (cast(:yearStart as LocalDate) is null or (p.periodFrom <= :yearEnd and p.periodTo >= :yearStart))
			  and (cast(:w1 as String) is null or p.searchFolded like :w1 escape '!')
			  and (cast(:w2 as String) is null or p.searchFolded like :w2 escape '!')
			  and (cast(:w3 as String) is null or p.searchFolded like :w3 escape '!')
			  and (cast(:w4 as String) is null or p.searchFolded like :w4 escape '!')
			order by p.periodFrom desc, p.id desc""")
	Page<Plan> filtered(@Param("everywhere") boolean everywhere, @Param("scope") Collection<Long> scope,
			@Param("anyUnit") boolean anyUnit, @Param("within") Collection<Long> within, @Param("kind") Plan.Kind kind,
			@Param("status") Plan.Status status, @Param("withdrawn") Plan.Status withdrawn,
			@Param("yearStart") java.time.LocalDate yearStart, @Param("yearEnd") java.time.LocalDate yearEnd,
			@Param("w1") String w1, @Param("w2") String w2, @Param("w3") String w3, @Param("w4") String w4, Pageable page);

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
