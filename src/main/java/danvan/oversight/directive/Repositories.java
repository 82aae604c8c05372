package danvan.oversight.directive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DirectiveRepository extends JpaRepository<Directive, Long> {

	List<Directive> findAllByOrderByIssuedOnDesc();

	/**
	 * The list, narrowed, counted and paged in the database: directives owned within the reader's units or
	 * requiring one of them ({@code everywhere} for a system-wide grant), the same for the chosen subtree
	 * ({@code anyUnit} when none), issued in the window, each word in the folded number, summary and issuer.
	 */
	@Query("""
			select d from Directive d
			where (:everywhere = true or d.ownerUnitId in :scope
			       or exists (select 1 from DirectiveUnit u where u.directiveId = d.id and u.unitId in :scope))
			  and (:anyUnit = true or d.ownerUnitId in :within
			       or exists (select 1 from DirectiveUnit u where u.directiveId = d.id and u.unitId in :within))
			  and (cast(:firstDay as LocalDate) is null or d.issuedOn >= :firstDay)
			  and (cast(:lastDay as LocalDate) is null or d.issuedOn <= :lastDay)
			  and (cast(:w1 as String) is null or d.summaryFolded like :w1 escape '!')
			  and (cast(:w2 as String) is null or d.summaryFolded like :w2 escape '!')
			  and (cast(:w3 as String) is null or d.summaryFolded like :w3 escape '!')
			  and (cast(:w4 as String) is null or d.summaryFolded like :w4 escape '!')
			order by d.issuedOn desc, d.id desc""")
	Page<Directive> filtered(@Param("everywhere") boolean everywhere, @Param("scope") Collection<Long> scope,
			@Param("anyUnit") boolean anyUnit, @Param("within") Collection<Long> within,
			@Param("firstDay") LocalDate firstDay, @Param("lastDay") LocalDate lastDay, @Param("w1") String w1,
			@Param("w2") String w2, @Param("w3") String w3, @Param("w4") String w4, Pageable page);

	List<Directive> findByCommitteeIdOrderByIssuedOn(Long committeeId);

}

interface DirectiveUnitRepository extends JpaRepository<DirectiveUnit, Long> {

	List<DirectiveUnit> findByDirectiveIdOrderById(Long directiveId);

	List<DirectiveUnit> findByDirectiveIdIn(Collection<Long> directiveIds);

	Optional<DirectiveUnit> findByDirectiveIdAndUnitId(Long directiveId, Long unitId);

	List<DirectiveUnit> findByDisseminatedOnIsNull();

	long countByDisseminatedOnIsNullAndUnitIdIn(Collection<Long> unitIds);

	/**
	 * Per directive: units done by the deadline, late, silent past it, and required, counted in the database;
	 * {@code allUnits} counts every required unit, else only those in {@code units}.
	 */
	@Query("""
			select u.directiveId,
			       sum(case when u.disseminatedOn is not null and u.disseminatedOn <= d.disseminateBy then 1 else 0 end),
			       sum(case when u.disseminatedOn is not null and u.disseminatedOn > d.disseminateBy then 1 else 0 end),
			       sum(case when u.disseminatedOn is null and d.disseminateBy < :today then 1 else 0 end),
			       count(u)
			from DirectiveUnit u, Directive d
			where d.id = u.directiveId and u.directiveId in :directives and (:allUnits = true or u.unitId in :units)
			group by u.directiveId""")
	List<Object[]> tallies(@Param("directives") Collection<Long> directives, @Param("allUnits") boolean allUnits,
			@Param("units") Collection<Long> units, @Param("today") LocalDate today);

}

interface DirectiveReportRepository extends JpaRepository<DirectiveReport, Long> {

	List<DirectiveReport> findByDirectiveIdOrderByReportedOnAscIdAsc(Long directiveId);

}
