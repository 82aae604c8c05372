package danvan.reporting.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	List<Report> findAllByOrderByPeriodFromDescIdDesc();

}
