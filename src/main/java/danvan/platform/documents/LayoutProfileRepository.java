package danvan.platform.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LayoutProfileRepository extends JpaRepository<LayoutProfile, Long> {

	Optional<LayoutProfile> findByCode(String code);

	List<LayoutProfile> findByFamilyOrderByEffectiveFromDesc(DocumentFamily family);

}
