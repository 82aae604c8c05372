package danvan.platform.notifications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findTop100ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

}
