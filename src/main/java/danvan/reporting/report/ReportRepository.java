package danvan.reporting.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	List<Report> findAllByOrderByPeriodFromDescIdDesc();

	List<Report> findByKindCodeAndStatusAndPeriodFromGreaterThanEqualAndPeriodToLessThanEqual(String kindCode,
			ReportStatus status, java.time.LocalDate from, java.time.LocalDate to);

	List<Report> findByKindCodeAndPeriodFromAndPeriodTo(String kindCode, java.time.LocalDate from,
			java.time.LocalDate to);

}
