package danvan.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

import danvan.platform.web.RuleViolationException;

class FileStoreTests {

	@TempDir
	Path root;

	private final StoredFiles records = Mockito.mock(StoredFiles.class);

	private FileStore store() {
		Mockito.when(records.save(Mockito.any())).thenAnswer(call -> call.getArgument(0));
		return new FileStore(records, root.toString(), Clock.systemUTC());
	}

	@Test
	void acceptsAPdfByItsContentAndKeepsItsHash() {
		StoredFile file = store().store("%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8), "Báo cáo quý III.pdf",
				FileRules.of(FileKind.DOCUMENTS, 10));
		assertThat(file.getKind()).isEqualTo(FileKind.PDF);
		assertThat(file.getOriginalName()).isEqualTo("Báo cáo quý III.pdf");
		assertThat(file.getSha256()).hasSize(64);
		assertThat(root.resolve(file.getStorageKey().substring(0, 2)).resolve(file.getStorageKey())).exists();
	}

	@Test
	void recognisesWordAndExcelInsideTheirZip() throws IOException {
		FileRules rules = FileRules.of(FileKind.DOCUMENTS, 10);
		assertThat(store().store(zipWith("word/document.xml"), "to-trinh.docx", rules).getKind())
			.isEqualTo(FileKind.DOCX);
		assertThat(store().store(zipWith("xl/workbook.xml"), "bang-diem.xlsx", rules).getKind())
			.isEqualTo(FileKind.XLSX);
	}

	@Test
	void refusesAFileThatIsNotWhatItsNameClaims() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A };
		assertThatThrownBy(() -> store().store(png, "minh-chung.pdf",
				FileRules.of(List.of(FileKind.PDF, FileKind.PNG), 10)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("files.typeMismatch");
	}

	@Test
	void refusesKindsTheFieldDoesNotAllowAndExecutables() {
		assertThatThrownBy(() -> store().store("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "setup.pdf",
				FileRules.of(FileKind.DOCUMENTS, 10)))
			.hasMessage("files.typeNotAllowed");
		assertThatThrownBy(() -> store().store("%PDF-1.4".getBytes(), "a.pdf", FileRules.of(FileKind.IMAGES, 10)))
			.hasMessage("files.typeNotAllowed");
	}

	@Test
	void refusesOversizedAndEmptyFiles() {
		FileRules oneMegabyte = FileRules.of(FileKind.DOCUMENTS, 1);
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
		assertThatThrownBy(() -> store().store(big, "lon.pdf", oneMegabyte)).hasMessage("files.tooLarge");
		assertThatThrownBy(() -> store().store(new byte[0], "rong.pdf", oneMegabyte)).hasMessage("files.empty");
	}

	@Test
	void keepsOnlyTheLastSegmentOfAHostileName() {
		assertThat(FileStore.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileStore.safeName("C:\\Users\\a\\<b>.pdf")).isEqualTo("b.pdf");
		assertThat(FileStore.safeName("..")).isEqualTo("tep-tin");
	}

	private static byte[] zipWith(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes());
		}
		return bytes.toByteArray();
	}

}
