package danvan.reporting.period;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodSchemeRepository extends JpaRepository<PeriodScheme, String> {

}
