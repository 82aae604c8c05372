package danvan.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a file's kind from its first bytes (and, for Office files, the entries of the zip). */
final class FileSniffer {

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private FileSniffer() {
	}

	/** The kind the content shows; {@code claimed} only decides between .doc and .xls, which share a format. */
	static Optional<FileKind> sniff(byte[] content, Optional<FileKind> claimed) {
		if (startsWith(content, "%PDF-".getBytes())) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G' })) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(FileKind.JPEG);
		}
		if (startsWith(content, "GIF8".getBytes())) {
			return Optional.of(FileKind.GIF);
		}
		if (startsWith(content, "RIFF".getBytes()) && content.length > 12
				&& Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes())) {
			return Optional.of(FileKind.WEBP);
		}
		if (startsWith(content, OLE)) {
			return claimed.filter(k -> k == FileKind.DOC || k == FileKind.XLS);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officeKind(content);
		}
		return Optional.empty();
	}

	private static Optional<FileKind> officeKind(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("word/")) {
					return Optional.of(FileKind.DOCX);
				}
				if (entry.getName().startsWith("xl/")) {
					return Optional.of(FileKind.XLSX);
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
	}

}
