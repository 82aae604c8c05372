package danvan.reporting.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateChartRepository extends JpaRepository<TemplateChart, Long> {

	List<TemplateChart> findByKindCodeOrderBySectionOrderAscSortOrderAsc(String kindCode);

}
