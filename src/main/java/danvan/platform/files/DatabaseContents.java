package danvan.platform.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files in {@code platform_stored_file_content}, written in the same transaction as their record: no shared
 * directory to mount, at the cost of database size (uploads are at most 20 MB each).
 */
final class DatabaseContents implements FileContents {

	private final JdbcTemplate jdbc;

	DatabaseContents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(String key, byte[] content) {
		jdbc.update("insert into platform_stored_file_content (storage_key, content) values (?, ?)", key, content);
	}

	@Override
	public InputStream open(String key) {
		List<byte[]> found = jdbc.query("select content from platform_stored_file_content where storage_key = ?",
				(rs, n) -> rs.getBytes(1), key);
		return found.isEmpty() ? null : new ByteArrayInputStream(found.get(0));
	}

}
