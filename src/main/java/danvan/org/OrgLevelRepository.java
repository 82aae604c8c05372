package danvan.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgLevelRepository extends JpaRepository<OrgLevel, Long> {

	List<OrgLevel> findAllByOrderByRank();

}
