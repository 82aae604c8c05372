package danvan.platform.files;

import java.io.InputStream;

/**
 * Where the bytes of uploaded files live, chosen by {@code danvan.files.store}: {@code directory} (the default,
 * under {@code danvan.files.root} — a directory every node mounts in a cluster) or {@code database}.
 */
interface FileContents {

	void write(String key, byte[] content);

	/** The bytes, or null when the store has none under the key. */
	InputStream open(String key);

}
