package danvan.dialogue.petition;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionStepRepository extends JpaRepository<PetitionStep, Long> {

	List<PetitionStep> findByPetitionIdOrderByActedAtAscIdAsc(Long petitionId);

	List<PetitionStep> findByPetitionIdInOrderByPetitionIdAscActedAtAscIdAsc(java.util.Collection<Long> petitionIds);

}
