package danvan.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import danvan.platform.web.NotFoundException;

/** danvan.files.store=database: the bytes go into the database and come back the same; none is "missing". */
class DatabaseContentsTests {

	@Test
	void aStoredFileReadsBackFromTheDatabase() throws IOException {
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:files-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", ""));
		jdbc.execute("create table platform_stored_file_content (storage_key varchar(64) primary key, content bytea not null)");
		StoredFiles records = Mockito.mock(StoredFiles.class);
		Mockito.when(records.save(Mockito.any())).thenAnswer(call -> call.getArgument(0));
		FileStore store = new FileStore(records, new DatabaseContents(jdbc), Clock.systemUTC());
		byte[] pdf = "%PDF-1.7 biên bản hội nghị".getBytes(StandardCharsets.UTF_8);
		StoredFile file = store.store(pdf, "Biên bản.pdf", FileRules.of(FileKind.DOCUMENTS, 10));
		try (InputStream in = store.open(file)) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		jdbc.update("delete from platform_stored_file_content");
		assertThatThrownBy(() -> store.open(file)).isInstanceOf(NotFoundException.class);
	}

}
