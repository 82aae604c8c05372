package danvan.platform.work;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.web.NotFoundException;

/**
 * Work in progress that any node may finish: an import preview, kept in {@code platform_work_draft} under a random
 * token with its owner and an expiry. Only the owner reads it back; an expired one is as good as gone and is
 * purged when new work is put. {@link #take} locks the row and deletes it inside the caller's transaction, so a
 * commit that saves the work and consumes its token happens all or nothing — a node killed half-way leaves the
 * draft in place and nothing of its rows, and the same token cannot be committed twice.
 */
@Service
public class WorkDrafts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	WorkDrafts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Keeps the payload for its owner for {@code lifetime}; returns the token that names it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String put(String kind, String owner, byte[] payload, Duration lifetime) {
		Instant now = clock.instant();
		jdbc.update("delete from platform_work_draft where expires_at < ?", Timestamp.from(now));
		String token = UUID.randomUUID().toString();
		jdbc.update("insert into platform_work_draft (token, kind, owner, payload, created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
				token, kind, owner, payload, Timestamp.from(now), Timestamp.from(now.plus(lifetime)));
		return token;
	}

	/** The payload, for its owner only; another owner's, an expired or an unknown token is "not found". */
	@Transactional(readOnly = true)
	public byte[] read(String kind, String token, String owner) {
		return find(kind, token, owner, false);
	}

	/**
	 * The payload, locked and deleted in the caller's transaction (which must exist): it is gone only if that
	 * transaction commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public byte[] take(String kind, String token, String owner) {
		byte[] payload = find(kind, token, owner, true);
		jdbc.update("delete from platform_work_draft where token = ?", token);
		return payload;
	}

	private byte[] find(String kind, String token, String owner, boolean lock) {
		if (token == null || token.length() > 36 || owner == null) {
			throw NotFoundException.record();
		}
		List<byte[]> found = jdbc.query(
				"select payload from platform_work_draft where token = ? and kind = ? and owner = ? and expires_at >= ?"
						+ (lock ? " for update" : ""),
				(rs, n) -> rs.getBytes(1), token, kind, owner, Timestamp.from(clock.instant()));
		if (found.isEmpty()) {
			throw NotFoundException.record();
		}
		return found.get(0);
	}

}
