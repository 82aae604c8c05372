package danvan.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The module's repositories, package-private. */
final class Repositories {

	private Repositories() {
	}

}

interface IssuerRepository extends JpaRepository<Issuer, Long> {

	Optional<Issuer> findByCode(String code);

}

interface AwardTypeRepository extends JpaRepository<AwardType, Long> {

	Optional<AwardType> findByCode(String code);

	List<AwardType> findByActiveTrueOrderBySortOrder();

}

interface EligibilityRuleRepository extends JpaRepository<EligibilityRule, Long> {

	List<EligibilityRule> findByAwardTypeIdOrderById(Long awardTypeId);

}

interface BaseSalaryRepository extends JpaRepository<BaseSalary, LocalDate> {

	Optional<BaseSalary> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);

	List<BaseSalary> findAllByOrderByEffectiveFromDesc();

}

interface CommendationRepository extends JpaRepository<Commendation, Long> {

	List<Commendation> findByOfficialIdOrderByAwardedOnDesc(Long officialId);

	List<Commendation> findByUnitIdOrderByAwardedOnDesc(Long unitId);

	List<Commendation> findByDecisionId(Long decisionId);

	@Query("select c from Commendation c where c.searchText like concat('%', :folded, '%') order by c.awardedOn desc, c.id desc")
	List<Commendation> search(String folded, Pageable page);

	@Query("select c from Commendation c order by c.awardedOn desc, c.id desc")
	List<Commendation> latest(Pageable page);

	@Query("select count(c) from Commendation c where c.awardTypeId = :awardTypeId and c.status = danvan.commendation.CommendationStatus.GRANTED and c.unitId = :unitId and c.awardedOn between :from and :to")
	long countInUnit(Long awardTypeId, Long unitId, LocalDate from, LocalDate to);

}

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findAllByOrderByDecidedOnDescIdDesc();

}

interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findAllByOrderByCreatedAtDescIdDesc();

}
