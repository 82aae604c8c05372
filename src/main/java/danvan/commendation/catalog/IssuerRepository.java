package danvan.commendation.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuerRepository extends JpaRepository<Issuer, Long> {

	Optional<Issuer> findByCode(String code);

}
