package danvan.oversight.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

	List<InspectionPlan> findAllByOrderByYearDescIdAsc();

}
