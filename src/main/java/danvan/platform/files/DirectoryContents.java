package danvan.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Files under a root directory, in sub-directories named by the key's first two characters. */
final class DirectoryContents implements FileContents {

	private final Path root;

	DirectoryContents(String root) {
		this.root = Paths.get(root).toAbsolutePath().normalize();
	}

	@Override
	public void write(String key, byte[] content) {
		Path target = pathOf(key);
		try {
			Files.createDirectories(target.getParent());
			Path part = target.resolveSibling(key + ".part");
			Files.write(part, content);
			// another node sees the whole file or none of it
			Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InputStream open(String key) {
		try {
			return Files.newInputStream(pathOf(key));
		}
		catch (IOException e) {
			return null;
		}
	}

	private Path pathOf(String key) {
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

}
