package danvan.commendation.registry;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/** Past awards from an Excel list: every cell in error named, nothing saved until all is right, then all at once. */
@DanvanSpringTest
class HistoricImportTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	HistoricImport imports;

	@Autowired
	CommendationRepository registry;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Test
	void aListWithAnUnknownPersonAUnknownUnitAndAFutureDateNamesEachCellAndSavesNothing() throws Exception {
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		byte[] bad = sheet(List.of(
				new String[] { "Cá nhân", "Lê Minh Tâm", "BDV_CHAU_THANH", "GK_CN", "12/10/2012", "15-QĐ/BDVHU", "Ban Dân vận Huyện ủy", "390000", "Hoàn thành xuất sắc" },
				new String[] { "Cá nhân", "Người Không Có", "BDV_CHAU_THANH", "GK_CN", "12/10/2012", "15-QĐ/BDVHU", "", "", "" },
				new String[] { "Tập thể", "Không rõ", "KHONG_CO", "GK_TT", "01/01/2099", "16-QĐ/BDVHU", "", "-5", "" }));
		long before = registry.count();
		HistoricImport.Preview preview = imports.preview(board, bad, VI);
		assertThat(preview.ok()).isFalse();
		assertThat(preview.problems()).extracting(HistoricImport.CellProblem::cell).containsExactly("B3", "C4", "E4", "H4");
		assertThat(preview.problems().get(0).message()).startsWith("Không tìm thấy cán bộ \"Người Không Có\"");
		assertThat(preview.problems().get(2).message()).isEqualTo("Ngày khen thưởng không được sau hôm nay.");
		assertThatThrownBy(() -> imports.importAll(board, bad, VI)).isInstanceOf(RuleViolationException.class);
		assertThat(registry.count()).isEqualTo(before);

		mvc.perform(multipart("/commendation/registry/import").file(new MockMultipartFile("file", "cu.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad)).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Có 4 ô cần sửa")))
			.andExpect(content().string(containsString("Không có đơn vị mã &quot;KHONG_CO&quot;")));
	}

	@Test
	void aCleanListIsEnteredWhollyAndFlaggedHistoric() throws Exception {
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		byte[] good = sheet(List.of(
				new String[] { "Cá nhân", "le minh tam", "BDV_CHAU_THANH", "GK_CN", "12/10/2011", "9-QĐ/BDVHU", "Ban Dân vận Huyện ủy Châu Thành", "390000", "Thành tích năm 2011" },
				new String[] { "Tập thể", "", "BDV_CHAU_THANH", "GK_TT", "12/10/2011", "9-QĐ/BDVHU", "Ban Dân vận Huyện ủy Châu Thành", "", "" }));
		// the collective row has no name in B: it is skipped, as blank rows are
		HistoricImport.Preview preview = imports.preview(board, good, VI);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.rows()).hasSize(1);
		assertThat(imports.importAll(board, good, VI)).isEqualTo(1);
		List<Commendation> saved = registry.search(danvan.platform.text.Folding.fold("9-QĐ/BDVHU"),
				org.springframework.data.domain.PageRequest.of(0, 100)).stream()
			.filter(c -> "9-QĐ/BDVHU".equals(c.getDecisionNumber())).toList();
		assertThat(saved).singleElement().satisfies(c -> {
			assertThat(c.isHistoric()).isTrue();
			assertThat(c.getRecipientName()).isEqualTo("Lê Minh Tâm");
			assertThat(c.getOfficialId()).isNotNull();
			assertThat(c.getAmount()).isEqualByComparingTo("390000");
		});
	}

	private static byte[] sheet(List<String[]> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Khen thưởng");
			Row header = sheet.createRow(0);
			String[] titles = { "Tập thể/Cá nhân", "Họ tên", "Mã đơn vị", "Mã hình thức", "Ngày", "Số QĐ", "Cơ quan", "Tiền", "Thành tích" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).length; c++) {
					row.createCell(c).setCellValue(rows.get(r)[c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
