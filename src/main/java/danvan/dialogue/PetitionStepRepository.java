package danvan.dialogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionStepRepository extends JpaRepository<PetitionStep, Long> {

	List<PetitionStep> findByPetitionIdOrderByActedAtAscIdAsc(Long petitionId);

	List<PetitionStep> findByPetitionIdInOrderByPetitionIdAscActedAtAscIdAsc(java.util.Collection<Long> petitionIds);

}
