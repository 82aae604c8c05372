package danvan.commendation.registry;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

	List<Commendation> findByOfficialIdOrderByAwardedOnDesc(Long officialId);

	List<Commendation> findByUnitIdOrderByAwardedOnDesc(Long unitId);

	List<Commendation> findByDecisionId(Long decisionId);

	@Query("select c from Commendation c where c.searchText like concat('%', :folded, '%') order by c.awardedOn desc, c.id desc")
	List<Commendation> search(String folded, Pageable page);

	/** Every pattern must match ("%" for an unused one): the database stops once the page is full. */
	@Query("select c from Commendation c where c.searchText like :w1 and c.searchText like :w2 and c.searchText like :w3"
			+ " and c.searchText like :w4 and c.searchText like :w5 and c.searchText like :w6 order by c.awardedOn desc, c.id desc")
	List<Commendation> searchAll(String w1, String w2, String w3, String w4, String w5, String w6, Pageable page);

	@Query("select c from Commendation c order by c.awardedOn desc, c.id desc")
	List<Commendation> latest(Pageable page);

	@Query("select count(c) from Commendation c where c.awardTypeId = :awardTypeId and c.status = danvan.commendation.registry.CommendationStatus.GRANTED and c.unitId = :unitId and c.awardedOn between :from and :to")
	long countInUnit(Long awardTypeId, Long unitId, LocalDate from, LocalDate to);

	@Query("select c from Commendation c where c.status = danvan.commendation.registry.CommendationStatus.GRANTED and c.awardedOn between :from and :to order by c.awardedOn desc, c.id desc")
	List<Commendation> grantedBetween(LocalDate from, LocalDate to);

}
