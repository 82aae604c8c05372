package danvan.platform.cluster;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The Redis session store as a request sees it when Redis is away: a session that cannot be read is a session
 * that has ended (the person meets the sign-in page with "phiên đăng nhập đã hết hạn"), a session that cannot be
 * written is lost, and no request answers 500. Once Redis is back, sessions are read and written again.
 */
final class ResilientSessions<S extends Session> implements SessionRepository<S> {

	private static final Logger log = LoggerFactory.getLogger(ResilientSessions.class);

	private static final long WARN_EVERY_MILLIS = 10_000;

	private final SessionRepository<S> redis;

	private final AtomicLong lastWarning = new AtomicLong();

	ResilientSessions(SessionRepository<S> redis) {
		this.redis = redis;
	}

	@Override
	public S createSession() {
		return redis.createSession();
	}

	@Override
	public void save(S session) {
		try {
			redis.save(session);
		}
		catch (org.springframework.data.redis.serializer.SerializationException e) {
			// not Redis being away: something put in the session cannot be serialised (a programming error)
			log.error("A session could not be written to Redis: an attribute is not serialisable", e);
		}
		catch (RuntimeException e) {
			warn("save", e);
		}
	}

	@Override
	public S findById(String id) {
		try {
			return redis.findById(id);
		}
		catch (RuntimeException e) {
			warn("read", e);
			return null;
		}
	}

	@Override
	public void deleteById(String id) {
		try {
			redis.deleteById(id);
		}
		catch (RuntimeException e) {
			warn("delete", e);
		}
	}

	private void warn(String what, RuntimeException e) {
		long now = System.currentTimeMillis();
		long last = lastWarning.get();
		if (now - last > WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
			log.warn("Could not {} a session in Redis ({}); the person is treated as signed out", what, e.toString());
		}
	}

}
