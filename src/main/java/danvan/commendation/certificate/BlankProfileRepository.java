package danvan.commendation.certificate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BlankProfileRepository extends JpaRepository<BlankProfile, Long> {

	List<BlankProfile> findAllByOrderByCode();

}
