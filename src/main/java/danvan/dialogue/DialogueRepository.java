package danvan.dialogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

	List<Dialogue> findByActiveTrueOrderByHeldOnDesc();

}
