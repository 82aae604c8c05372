package danvan.commendation.appraisal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualRatingRepository extends JpaRepository<AnnualRating, Long> {

	List<AnnualRating> findByOfficialIdOrderByYearDesc(Long officialId);

	Optional<AnnualRating> findByOfficialIdAndYear(Long officialId, int year);

}
