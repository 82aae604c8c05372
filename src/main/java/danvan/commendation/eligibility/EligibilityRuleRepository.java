package danvan.commendation.eligibility;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityRuleRepository extends JpaRepository<EligibilityRule, Long> {

	List<EligibilityRule> findByAwardTypeIdOrderById(Long awardTypeId);

}
