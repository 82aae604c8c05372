package danvan.dialogue.reception;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceptionDayRepository extends JpaRepository<ReceptionDay, Long> {

	@Query("select distinct r.unitId from ReceptionDay r")
	List<Long> units();

	List<ReceptionDay> findByUnitIdInAndScheduledOnBetweenOrderByScheduledOnAscIdAsc(Collection<Long> unitIds,
			LocalDate from, LocalDate to);

}
