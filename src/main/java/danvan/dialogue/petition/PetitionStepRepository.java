package danvan.dialogue.petition;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionStepRepository extends JpaRepository<PetitionStep, Long> {

	List<PetitionStep> findByPetitionIdOrderByActedAtAscIdAsc(Long petitionId);

}
