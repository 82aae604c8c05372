package danvan.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	@EntityGraph(attributePaths = { "parent", "mergedInto" }, type = EntityGraph.EntityGraphType.LOAD)
	Optional<OrgUnit> findWithLinksById(Long id);

	Optional<OrgUnit> findByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

	boolean existsByCodeIgnoreCase(String code);


	List<OrgUnit> findByPathStartingWith(String pathPrefix);

	List<OrgUnit> findByParentIdOrderByName(Long parentId);

	@EntityGraph(attributePaths = "mergedInto", type = EntityGraph.EntityGraphType.LOAD)
	List<OrgUnit> findByMergedIntoIdOrderByName(Long targetId);

	boolean existsByParentIdAndActiveTrue(Long parentId);

	@Query("select u from OrgUnit u where u.searchName like :pattern order by u.path")
	List<OrgUnit> findBySearchNameLike(String pattern);

}
