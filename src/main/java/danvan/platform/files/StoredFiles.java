package danvan.platform.files;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFiles extends JpaRepository<StoredFile, Long> {

}
