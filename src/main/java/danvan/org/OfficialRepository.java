package danvan.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OfficialRepository extends JpaRepository<Official, Long>, JpaSpecificationExecutor<Official> {

	@EntityGraph(attributePaths = { "unit", "periods", "periods.unit" }, type = EntityGraph.EntityGraphType.LOAD)
	Optional<Official> findWithPeriodsById(Long id);

	List<Official> findByUnitIdAndActiveTrueOrderByFullName(Long unitId);

	boolean existsByUnitId(Long unitId);

}
