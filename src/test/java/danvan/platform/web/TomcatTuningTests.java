package danvan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The worker pool follows the cores unless the operator sets Tomcat's own figure. */
class TomcatTuningTests {

	@Test
	void fourThreadsPerCoreAndNeverFewerThanFour() {
		assertThat(TomcatTuning.threadsFor(2, 4)).isEqualTo(8);
		assertThat(TomcatTuning.threadsFor(16, 4)).isEqualTo(64);
		assertThat(TomcatTuning.threadsFor(1, 2)).isEqualTo(4);
		assertThat(TomcatTuning.threadsFor(2, 0)).isEqualTo(4);
	}

	@Test
	void theOperatorsSettingsWin() {
		assertThat(new TomcatTuning(new MockEnvironment().withProperty("server.tomcat.threads.max", "50")).workerThreads())
			.isZero();
		int cores = Runtime.getRuntime().availableProcessors();
		assertThat(new TomcatTuning(new MockEnvironment().withProperty("danvan.web.threads-per-core", "6")).workerThreads())
			.isEqualTo(Math.max(4, cores * 6));
	}

}
