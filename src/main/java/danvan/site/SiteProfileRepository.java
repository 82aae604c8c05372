package danvan.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteProfileRepository extends JpaRepository<SiteProfile, Long> {

}
