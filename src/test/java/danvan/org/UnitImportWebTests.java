package danvan.org;

import static danvan.org.OrgTestSupport.as;
import static danvan.org.OrgTestSupport.freshCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import danvan.test.DanvanSpringTest;

/** The tree from an Excel list through the page: the template, a preview with its errors, the import. */
@DanvanSpringTest
class UnitImportWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitRepository units;

	@Test
	void theTemplateDownloadsAndAFilledListIsPreviewedThenImported() throws Exception {
		byte[] template = mvc.perform(get("/org/units/import/mau.xlsx").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên đơn vị");
		}
		String commune = freshCode("XA_EXCEL");
		String bloc = freshCode("KDV_EXCEL");
		byte[] list = sheet(new String[] { bloc, "Khối Dân vận xã Excel", "KHOI_DAN_VAN", "Cấp xã", commune },
				new String[] { commune, "Đảng ủy xã Excel", "Cấp ủy Đảng", "XA", "TU_DONG_THAP" });
		String page = mvc.perform(multipart("/org/units/import").file(new MockMultipartFile("file", "don-vi.xlsx",
				"application/octet-stream", list)).with(as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có lỗi: 2 đơn vị sẽ được thêm")))
			.andReturn().getResponse().getContentAsString();
		String action = page.replaceAll("(?s).*action=\"(/org/units/import/[0-9a-f-]{36})\".*", "$1");
		mvc.perform(post(action).with(as("bandanvan")).with(csrf())).andExpect(status().isNotFound());
		assertThat(units.findByCodeIgnoreCase(bloc)).isEmpty();
		mvc.perform(post(action).with(as("admin")).with(csrf())).andExpect(redirectedUrl("/org/units"));
		assertThat(units.findByCodeIgnoreCase(bloc)).isPresent();
		mvc.perform(post(action).with(as("admin")).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aListWithErrorsNamesEachRowAndImportsNothing() throws Exception {
		long before = units.count();
		byte[] list = sheet(new String[] { freshCode("XA_LOI"), "Xã <b>lỗi</b>", "CAP_UY", "Cấp mặt trăng", "" });
		mvc.perform(multipart("/org/units/import").file(new MockMultipartFile("file", "don-vi.xlsx",
				"application/octet-stream", list)).with(as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp có 2 lỗi")))
			.andExpect(content().string(containsString("Không có cấp &quot;Cấp mặt trăng&quot; trong danh mục.")))
			.andExpect(content().string(containsString("Tên đơn vị bắt buộc")));
		mvc.perform(multipart("/org/units/import").file(new MockMultipartFile("file", "don-vi.xlsx",
				"application/octet-stream", "không phải Excel".getBytes())).with(as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalid-feedback")));
		assertThat(units.count()).isEqualTo(before);
	}

	private static byte[] sheet(String[]... rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Đơn vị");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Mã đơn vị");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
