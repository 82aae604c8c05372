package danvan.platform.cluster;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that must happen once per cluster, not once per node (reminders, escalations): the node that
 * takes the job's row in the {@code shedlock} table runs it, the others skip that run. The row is held at least
 * {@code danvan.cluster.job-lock-at-least} (5 minutes, more than the nodes' clocks differ, so a node whose cron
 * fires a little later does not run it again) and at most {@code job-lock-at-most} (1 hour: a node killed in the
 * middle of a job does not block it for ever). Times are the database's, not the nodes'.
 * Per-node work (flushing this node's view counts) does not go through here.
 */
@Component
public class ClusterJobs {

	private final LockingTaskExecutor executor;

	private final NodeName node;

	private final Duration atLeast;

	private final Duration atMost;

	ClusterJobs(DataSource dataSource, NodeName node,
			@Value("${danvan.cluster.job-lock-at-least:5m}") Duration atLeast,
			@Value("${danvan.cluster.job-lock-at-most:1h}") Duration atMost) {
		this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
			.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withLockedByValue(node.value())
			.usingDbTime()
			.build()));
		this.node = node;
		this.atLeast = atLeast;
		this.atMost = atMost;
	}

	/** Runs the job unless another node holds it; answers whether it ran here. */
	public boolean runOnce(String job, Runnable task) {
		return runOnce(job, atLeast, atMost, task);
	}

	public boolean runOnce(String job, Duration lockAtLeast, Duration lockAtMost, Runnable task) {
		boolean[] ran = { false };
		executor.executeWithLock((Runnable) () -> {
			ran[0] = true;
			task.run();
		}, new LockConfiguration(Instant.now(), job, lockAtMost, lockAtLeast));
		return ran[0];
	}

	String nodeName() {
		return node.value();
	}

}
