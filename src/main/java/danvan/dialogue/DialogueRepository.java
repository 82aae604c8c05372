package danvan.dialogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DialogueRepository extends JpaRepository<Dialogue, Long> {

	@Query("select distinct d.hostUnitId from Dialogue d where d.active = true")
	List<Long> hostUnits();

	List<Dialogue> findByActiveTrueAndHostUnitIdInOrderByHeldOnDesc(Collection<Long> hostUnitIds);

	List<Dialogue> findByActiveTrueAndHostUnitIdInAndHeldOnBetween(Collection<Long> hostUnitIds, LocalDate from,
			LocalDate to);

	/** Per kind: the dialogues held in the period by the hosts and their attendance, counted in the database. */
	@org.springframework.data.jpa.repository.Query("""
			select d.kind, count(d), coalesce(sum(d.participants), 0) from Dialogue d
			where d.active = true and d.hostUnitId in :hosts and d.heldOn between :from and :to
			group by d.kind""")
	List<Object[]> heldByKind(@org.springframework.data.repository.query.Param("hosts") Collection<Long> hosts,
			@org.springframework.data.repository.query.Param("from") LocalDate from,
			@org.springframework.data.repository.query.Param("to") LocalDate to);

}
