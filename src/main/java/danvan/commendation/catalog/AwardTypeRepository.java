package danvan.commendation.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardTypeRepository extends JpaRepository<AwardType, Long> {

	Optional<AwardType> findByCode(String code);

	List<AwardType> findByActiveTrueOrderBySortOrder();

}
