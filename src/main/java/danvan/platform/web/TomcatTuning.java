package danvan.platform.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Tomcat sized to the machine.
 * <ul>
 * <li>Worker threads: {@code danvan.web.threads-per-core} (default 4) per core, at least 4, unless the operator
 * sets {@code server.tomcat.threads.max}. Measured on 2 cores: Tomcat's default of 200 threads lets 64 busy
 * connections run 64 requests at once, each one descheduled again and again, and the p99 of a 0.3 ms page
 * climbs to 140–300 ms; with 8 threads the requests wait their turn in the executor's queue instead, in
 * arrival order, and the p99 stays in the tens of milliseconds. A request that waits on the database or on
 * a file does not need a thread of its own beyond these: raise the figure for a database far away.</li>
 * <li>Accept queue: {@code server.tomcat.accept-count} (default here 1000 instead of Tomcat's 100): connections
 * beyond {@code max-connections} wait in the kernel's backlog instead of being refused during a peak.</li>
 * <li>Idle connections cost no thread (NIO): an idle keep-alive connection sits in the poller, a slow client
 * sending its request line a byte at a time is read without a worker; {@code server.tomcat.connection-timeout}
 * (20 s) and {@code server.tomcat.keep-alive-timeout} bound how long they stay.</li>
 * <li>A public page is some 30 KB: with Tomcat's default 8 KB socket write buffer it leaves in four system
 * calls, with a 64 KB one in a single call.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final int DEFAULT_THREADS_PER_CORE = 4;

	static final int DEFAULT_ACCEPT_COUNT = 1000;

	private final Environment environment;

	TomcatTuning(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		int threads = workerThreads();
		int acceptCount = environment.getProperty("server.tomcat.accept-count", Integer.class, DEFAULT_ACCEPT_COUNT);
		factory.addConnectorCustomizers(connector -> {
			connector.setProperty("socket.appWriteBufSize", "65536");
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setAcceptCount(acceptCount);
				if (threads > 0) {
					protocol.setMaxThreads(threads);
					protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
				}
			}
		});
	}

	/** The worker pool for this machine, or 0 when the operator set Tomcat's own property. */
	int workerThreads() {
		if (environment.containsProperty("server.tomcat.threads.max")) {
			return 0;
		}
		int perCore = environment.getProperty("danvan.web.threads-per-core", Integer.class, DEFAULT_THREADS_PER_CORE);
		return threadsFor(Runtime.getRuntime().availableProcessors(), perCore);
	}

	static int threadsFor(int cores, int perCore) {
		return Math.max(4, cores * Math.max(1, perCore));
	}

}
