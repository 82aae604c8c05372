package danvan.dialogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionRepository extends JpaRepository<Petition, Long> {

	List<Petition> findAllByOrderByReceivedOnDescIdDesc();

	List<Petition> findByDialogueIdOrderByIdAsc(Long dialogueId);

	Optional<Petition> findByTrackingCode(String trackingCode);

	boolean existsByTrackingCode(String trackingCode);

}
