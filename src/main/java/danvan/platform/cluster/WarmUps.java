package danvan.platform.cluster;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The work a node must finish after it starts before a load balancer sends it readers (rebuilding a search index
 * a new node lacks, for example): {@code /actuator/health/readiness} is DOWN while any is held. Startup itself
 * (demo data, application runners) already keeps readiness DOWN until it is over; this covers work that goes on
 * in the background after that.
 */
@Component("warmUp")
public class WarmUps implements HealthIndicator {

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	/** Holds readiness until {@link #done} is called with the same name. */
	public void hold(String work) {
		pending.add(work);
	}

	public void done(String work) {
		pending.remove(work);
	}

	@Override
	public Health health() {
		return pending.isEmpty() ? Health.up().build() : Health.outOfService().withDetail("pending", Set.copyOf(pending)).build();
	}

}
