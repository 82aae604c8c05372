package danvan.exemplar.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Public to the module's use cases (lists, reviews, showcase); other modules go through the services. */
public interface ExemplarRepository extends JpaRepository<Exemplar, Long>, JpaSpecificationExecutor<Exemplar> {

	Optional<Exemplar> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Exemplar> findByReplicatedFromIdOrderById(Long originalId);

}

