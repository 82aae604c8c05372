package danvan.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import danvan.platform.web.NotFoundException;
import danvan.test.DanvanSpringTest;

/** Work in progress in the database: its owner's only, gone when it expires, consumed only with a commit. */
@DanvanSpringTest
class WorkDraftsTests {

	@Autowired
	WorkDrafts drafts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private static final byte[] SHEET = "bảng điểm".getBytes(StandardCharsets.UTF_8);

	@Test
	void onlyTheOwnerReadsADraftOfItsKind() {
		String token = drafts.put("test.kind", "bandanvan", SHEET, Duration.ofHours(1));
		assertThat(drafts.read("test.kind", token, "bandanvan")).isEqualTo(SHEET);
		assertThatThrownBy(() -> drafts.read("test.kind", token, "kimson")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafts.read("other.kind", token, "bandanvan")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafts.read("test.kind", "no-such-token", "bandanvan")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anExpiredDraftIsGoneAndPurgedWhenNewWorkIsPut() {
		String old = drafts.put("test.kind", "bandanvan", SHEET, Duration.ofSeconds(-1));
		assertThatThrownBy(() -> drafts.read("test.kind", old, "bandanvan")).isInstanceOf(NotFoundException.class);
		drafts.put("test.kind", "bandanvan", SHEET, Duration.ofHours(1));
		assertThat(jdbc.queryForObject("select count(*) from platform_work_draft where token = ?", Long.class, old)).isZero();
	}

	@Test
	void aDraftTakenInAFailedTransactionIsStillThereAndATakenOneIsGone() {
		String token = drafts.put("test.kind", "bandanvan", SHEET, Duration.ofHours(1));
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			drafts.take("test.kind", token, "bandanvan");
			throw new IllegalStateException("the commit failed half-way");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(drafts.read("test.kind", token, "bandanvan")).isEqualTo(SHEET);
		byte[] taken = transactions.execute(tx -> drafts.take("test.kind", token, "bandanvan"));
		assertThat(taken).isEqualTo(SHEET);
		assertThatThrownBy(() -> drafts.read("test.kind", token, "bandanvan")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafts.take("test.kind", token, "bandanvan")).isNotInstanceOf(NotFoundException.class);
	}

}
