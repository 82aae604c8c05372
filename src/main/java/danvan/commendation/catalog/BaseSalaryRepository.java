package danvan.commendation.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaseSalaryRepository extends JpaRepository<BaseSalary, LocalDate> {

	Optional<BaseSalary> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);

	List<BaseSalary> findAllByOrderByEffectiveFromDesc();

}
