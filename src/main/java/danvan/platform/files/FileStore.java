package danvan.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.security.CurrentActor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/**
 * Keeps uploaded files: checks size and kind by content (a file must be what its name claims), stores the
 * bytes with a generated name — under {@code danvan.files.root}, or in the database when
 * {@code danvan.files.store=database} ({@link FileContents}) — and records who uploaded what and its SHA-256.
 * Files are never overwritten or deleted.
 */
@Service
public class FileStore {

	private final StoredFiles files;

	private final FileContents contents;

	private final Clock clock;

	@Autowired
	FileStore(StoredFiles files, @Value("${danvan.files.store:directory}") String store,
			@Value("${danvan.files.root:./data/files}") String root, JdbcTemplate jdbc, Clock clock) {
		this(files, switch (store) {
			case "directory" -> new DirectoryContents(root);
			case "database" -> new DatabaseContents(jdbc);
			default -> throw new IllegalStateException(
					"danvan.files.store (DANVAN_FILES_STORE) is 'directory' or 'database', not '" + store + "'");
		}, clock);
	}

	FileStore(StoredFiles files, String root, Clock clock) {
		this(files, new DirectoryContents(root), clock);
	}

	FileStore(StoredFiles files, FileContents contents, Clock clock) {
		this.files = files;
		this.contents = contents;
		this.clock = clock;
	}

	@Transactional
	public StoredFile store(MultipartFile upload, FileRules rules) {
		if (upload == null || upload.isEmpty()) {
			throw RuleViolationException.onField("file", "files.empty");
		}
		if (upload.getSize() > rules.maxBytes()) {
			throw RuleViolationException.onField("file", "files.tooLarge", rules.maxMegabytes());
		}
		try (InputStream in = upload.getInputStream()) {
			return store(in.readAllBytes(), upload.getOriginalFilename(), rules);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Transactional
	public StoredFile store(byte[] content, String originalName, FileRules rules) {
		String name = safeName(originalName);
		if (content.length == 0) {
			throw RuleViolationException.onField("file", "files.empty");
		}
		if (content.length > rules.maxBytes()) {
			throw RuleViolationException.onField("file", "files.tooLarge", rules.maxMegabytes());
		}
		Optional<FileKind> claimed = FileKind.byExtension(name);
		FileKind kind = FileSniffer.sniff(content, claimed)
			.filter(rules.allowed()::contains)
			.orElseThrow(() -> RuleViolationException.onField("file", "files.typeNotAllowed"));
		if (claimed.isPresent() && claimed.get() != kind) {
			throw RuleViolationException.onField("file", "files.typeMismatch", name);
		}
		String key = UUID.randomUUID().toString();
		contents.write(key, content);
		return files.save(new StoredFile(name, kind, content.length, sha256(content), key, clock.instant(),
				CurrentActor.name()));
	}

	@Transactional(readOnly = true)
	public StoredFile describe(Long id) {
		return files.findById(id).orElseThrow(NotFoundException::record);
	}

	/** The stored bytes; the caller decides first whether the reader may see them. */
	public InputStream open(StoredFile file) {
		InputStream in = contents.open(file.getStorageKey());
		if (in == null) {
			throw new NotFoundException("files.missing");
		}
		return in;
	}

	/** The last path segment of the name the browser sent, without control characters, at most 200 chars. */
	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").trim();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "tep-tin";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
