package danvan.commendation.nomination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findAllByOrderByCreatedAtDescIdDesc();

	Optional<Nomination> findBySourceKey(String sourceKey);

}
