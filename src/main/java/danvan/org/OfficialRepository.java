package danvan.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OfficialRepository extends JpaRepository<Official, Long>, JpaSpecificationExecutor<Official> {

	@EntityGraph(attributePaths = { "unit", "periods", "periods.unit" }, type = EntityGraph.EntityGraphType.LOAD)
	Optional<Official> findWithPeriodsById(Long id);

	List<Official> findByUnitIdAndActiveTrueOrderByFullName(Long unitId);

	/** The active officials who held a post in the unit on that day, wherever they serve now. */
	@Query("select distinct o from Official o join o.periods p where p.unit.id = :unitId and p.startDate <= :on"
			+ " and (p.endDate is null or p.endDate >= :on) and o.active = true order by o.fullName")
	List<Official> servingIn(Long unitId, LocalDate on);

	boolean existsByUnitId(Long unitId);

}
