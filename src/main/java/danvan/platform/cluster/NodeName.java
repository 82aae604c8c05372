package danvan.platform.cluster;

import java.net.InetAddress;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name: {@code DANVAN_NODE_NAME} when set (and then sent as {@code X-Danvan-Node} on every response,
 * so an operator or a test can tell which node answered), otherwise the host name with a random suffix.
 */
@Component
public class NodeName {

	private final String name;

	private final boolean configured;

	NodeName(@Value("${DANVAN_NODE_NAME:}") String configured) {
		this.configured = !configured.isBlank();
		this.name = this.configured ? configured.strip() : host() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public String value() {
		return name;
	}

	boolean configured() {
		return configured;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			return "node";
		}
	}

}
