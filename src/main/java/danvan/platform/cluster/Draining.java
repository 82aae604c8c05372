package danvan.platform.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing a stopping node does: Spring Boot has already turned {@code /actuator/health/readiness} to
 * OUT_OF_SERVICE; the node keeps answering for {@code danvan.cluster.drain-delay} (0 by default, e.g. 10s behind
 * a balancer that checks every 5 s) so that the balancer stops sending it requests before the web server stops
 * taking new ones. Then the graceful shutdown lets the requests in flight finish.
 */
@Component
class Draining implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Draining.class);

	private final long delayMillis;

	private volatile boolean running;

	Draining(@Value("${danvan.cluster.drain-delay:0s}") java.time.Duration delay) {
		this.delayMillis = delay.toMillis();
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (delayMillis > 0) {
			log.info("Draining: answering for {} ms more while the balancer takes this node out", delayMillis);
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before everything else, the web server's graceful shutdown included. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
