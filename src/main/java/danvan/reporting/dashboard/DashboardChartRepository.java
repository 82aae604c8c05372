package danvan.reporting.dashboard;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DashboardChartRepository extends JpaRepository<DashboardChart, String> {

	List<DashboardChart> findByActiveTrueOrderBySortOrder();

}
