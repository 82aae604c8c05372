package danvan.dialogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

	@Query("select distinct d.hostUnitId from Dialogue d where d.active = true")
	List<Long> hostUnits();

	List<Dialogue> findByActiveTrueAndHostUnitIdInOrderByHeldOnDesc(Collection<Long> hostUnitIds);

	List<Dialogue> findByActiveTrueAndHostUnitIdInAndHeldOnBetween(Collection<Long> hostUnitIds, LocalDate from,
			LocalDate to);

}
