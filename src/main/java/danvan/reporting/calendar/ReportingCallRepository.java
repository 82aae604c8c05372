package danvan.reporting.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingCallRepository extends JpaRepository<ReportingCall, Long> {

	List<ReportingCall> findAllByOrderByDeadlineDescIdDesc();

	List<ReportingCall> findByDeadlineBetween(LocalDate from, LocalDate to);

}
