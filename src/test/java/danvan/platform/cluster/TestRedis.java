package danvan.platform.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Redis for the tests that need one: {@code DANVAN_TEST_REDIS} (CI sets it, and then an unreachable
 * Redis fails the tests), otherwise redis://127.0.0.1:6379 when it answers, otherwise those tests are skipped.
 */
final class TestRedis {

	private TestRedis() {
	}

	static URI require() {
		String configured = System.getenv("DANVAN_TEST_REDIS");
		URI uri = URI.create(configured == null || configured.isBlank() ? "redis://127.0.0.1:6379" : configured);
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1000);
		}
		catch (IOException e) {
			String message = "Redis does not answer at " + uri;
			if (configured != null && !configured.isBlank()) {
				Assertions.fail(message + " — DANVAN_TEST_REDIS requires it.");
			}
			Assumptions.abort(message + ": the several-node tests are skipped.");
		}
		return uri;
	}

}
