package danvan.planning.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

	Optional<CalendarToken> findByUsername(String username);

	Optional<CalendarToken> findByToken(String token);

}
