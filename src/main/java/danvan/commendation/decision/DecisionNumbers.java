package danvan.commendation.decision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next number of an issuer, document type and period, taken inside the issuing transaction: the counter
 * row is created if missing, then locked ({@code for update}) until the decision commits, so two officers
 * issuing at once get consecutive numbers, and a failed issue rolls its number back (no gap).
 */
@Component
class DecisionNumbers {

	private final JdbcTemplate jdbc;

	DecisionNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(Long issuerId, String docType, String periodKey) {
		jdbc.update("insert into commendation_number_counter (issuer_id, doc_type, period_key, last_number) "
				+ "values (?, ?, ?, 0) on conflict do nothing", issuerId, docType, periodKey);
		Integer last = jdbc.queryForObject("select last_number from commendation_number_counter "
				+ "where issuer_id = ? and doc_type = ? and period_key = ? for update", Integer.class, issuerId, docType,
				periodKey);
		int next = last + 1;
		jdbc.update("update commendation_number_counter set last_number = ? "
				+ "where issuer_id = ? and doc_type = ? and period_key = ?", next, issuerId, docType, periodKey);
		return next;
	}

}
