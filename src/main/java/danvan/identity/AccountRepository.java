package danvan.identity;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	/**
	 * The account with its row locked until the transaction ends: wrong passwords sent at once, to one node or to
	 * several, are counted one after the other, none lost and none refused by the optimistic lock.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Account> findForFailureByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

}
