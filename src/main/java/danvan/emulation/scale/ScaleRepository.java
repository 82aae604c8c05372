package danvan.emulation.scale;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScaleRepository extends JpaRepository<ScoringScale, Long> {

	List<ScoringScale> findAllByOrderByFamilyAscVersionNoDesc();

	@Query("select max(s.versionNo) from ScoringScale s where s.family = ?1")
	Optional<Integer> lastVersionOf(String family);

	boolean existsByFamily(String family);

}
