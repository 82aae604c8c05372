package danvan.platform.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the nodes and the machine's Redis, so a test can take Redis away (close every connection and
 * refuse new ones) and bring it back, without touching the Redis that others use.
 */
final class RedisProxy implements AutoCloseable {

	private final URI target;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	RedisProxy(URI target) throws IOException {
		this.target = target;
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		up();
	}

	String url() {
		return "redis://127.0.0.1:" + port;
	}

	synchronized void up() throws IOException {
		if (server != null) {
			return;
		}
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress("127.0.0.1", port));
		server = socket;
		Thread acceptor = new Thread(() -> accept(socket), "redis-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Redis is away: open connections are cut and new ones refused. */
	synchronized void down() throws IOException {
		if (server != null) {
			server.close();
			server = null;
		}
		for (Socket socket : open) {
			socket.close();
		}
		open.clear();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket redis = new Socket(target.getHost(), target.getPort() < 0 ? 6379 : target.getPort());
				open.add(client);
				open.add(redis);
				pump(client, redis);
				pump(redis, client);
			}
			catch (IOException e) {
				// closed
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException e) {
				// one side went away
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException e) {
					// nothing more to do
				}
			}
		}, "redis-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		down();
	}

}
