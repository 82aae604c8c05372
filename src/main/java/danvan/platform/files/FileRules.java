package danvan.platform.files;

import java.util.Collection;
import java.util.Set;

/** What a given upload accepts: which kinds and how many bytes at most. */
public record FileRules(Set<FileKind> allowed, long maxBytes) {

	public static FileRules of(Collection<FileKind> allowed, long maxMegabytes) {
		return new FileRules(Set.copyOf(allowed), maxMegabytes * 1024 * 1024);
	}

	public long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}

}
