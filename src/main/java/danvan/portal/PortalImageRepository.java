package danvan.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalImageRepository extends JpaRepository<PortalImage, Long> {

}
