package danvan.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitKindRepository extends JpaRepository<OrgUnitKind, Long> {

	List<OrgUnitKind> findAllByOrderBySortOrderAscNameAsc();

}
