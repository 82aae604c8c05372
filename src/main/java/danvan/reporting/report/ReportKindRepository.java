package danvan.reporting.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportKindRepository extends JpaRepository<ReportKind, String> {

}
