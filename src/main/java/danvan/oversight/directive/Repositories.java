package danvan.oversight.directive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectiveRepository extends JpaRepository<Directive, Long> {

	List<Directive> findAllByOrderByIssuedOnDesc();

	List<Directive> findByCommitteeIdOrderByIssuedOn(Long committeeId);

}

interface DirectiveUnitRepository extends JpaRepository<DirectiveUnit, Long> {

	List<DirectiveUnit> findByDirectiveIdOrderById(Long directiveId);

	List<DirectiveUnit> findByDirectiveIdIn(Collection<Long> directiveIds);

	Optional<DirectiveUnit> findByDirectiveIdAndUnitId(Long directiveId, Long unitId);

	List<DirectiveUnit> findByDisseminatedOnIsNull();

	long countByDisseminatedOnIsNullAndUnitIdIn(Collection<Long> unitIds);

}

interface DirectiveReportRepository extends JpaRepository<DirectiveReport, Long> {

	List<DirectiveReport> findByDirectiveIdOrderByReportedOnAscIdAsc(Long directiveId);

}
