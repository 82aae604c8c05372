package danvan.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.ExemplarsHonoured;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.registry.ExemplarFilter;
import danvan.exemplar.registry.ExemplarSearch;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/**
 * The stage review and its hand-off, the annual counts against the demo records counted by hand, the export and
 * import, the public showcase and the API.
 */
@DanvanSpringTest
@RecordApplicationEvents
class ExemplarReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StageReviews reviews;

	@Autowired
	AnnualReview annual;

	@Autowired
	ExemplarRepository repository;

	@Autowired
	OrgDirectory org;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ExemplarSearch search;

	@Test
	void theStageReviewOf2015To2020SplitsAndHonoursAndHandsTheHonouredToCommendation() {
		Long district = unit("HU_CHAU_THANH");
		StageReviews.Review first = reviews.review(actor("bandanvan"), "2015-2020", district);
		// 14 recognised at district level and 3 at commune level in 2019–2020, all new in that stage.
		assertThat(first.fresh()).hasSize(17);
		assertThat(first.sustained()).isEmpty();
		assertThat(first.honoured()).isEqualTo(10);
		assertThat(first.fresh()).extracting(Exemplar::getName).contains("Hiến đất làm đường ở xã Bình Đức",
				"Nhà sạch, vườn đẹp ở xã Thạnh Phú");

		StageReviews.Review second = reviews.review(actor("bandanvan"), "2020-2025", district);
		assertThat(second.sustained()).hasSize(8);
		assertThat(second.fresh()).hasSize(7);

		int sent = reviews.requestNominations(actor("bandanvan"), "2015-2020", district);
		assertThat(sent).isEqualTo(10);
		ExemplarsHonoured event = events.stream(ExemplarsHonoured.class).reduce((a, b) -> b).orElseThrow();
		assertThat(event.stageCode()).isEqualTo("2015-2020");
		assertThat(event.honourees()).hasSize(10)
			.extracting(ExemplarsHonoured.Honouree::name)
			.contains("Hiến đất làm đường ở xã Bình Đức");
		assertThat(event.honourees()).allMatch(h -> h.level() == RecognitionLevel.DISTRICT);
	}

	@Test
	void theAnnualCountsAreTheOnesCountedByHandInTheDemoRecords() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		AnnualReview.Summary y2020 = annual.of(2020, district);
		// Recognised on 18/6/2020: Long Hưng, Điềm Hy, Nhị Bình (collective), Tân Lý Đông, Tân Hội Đông, Phú Phong.
		assertThat(y2020.recognised().total()).isEqualTo(6);
		assertThat(y2020.recognised().models()).isEqualTo(5);
		assertThat(y2020.recognised().exemplars()).isEqualTo(1);
		assertThat(y2020.typical().total()).isEqualTo(2);
		assertThat(y2020.honoured().total()).isEqualTo(10);
		assertThat(y2020.registered().total()).isZero();
		assertThat(y2020.figures().get("HOUSES")).isEqualByComparingTo("24");
		AnnualReview.Summary y2019 = annual.of(2019, district);
		assertThat(y2019.recognised().total()).isEqualTo(11);
		assertThat(y2019.recognised().byField().get("ECONOMY")).isEqualTo(5);
		assertThat(annual.of(2023, district).improved().total()).isEqualTo(8);
		// Bình Đức's and old Kim Sơn's models lie within today's xã Kim Sơn through the merger.
		assertThat(annual.of(2019, unit("DUX_KIM_SON")).recognised().total()).isEqualTo(2);

		mvc.perform(get("/api/exemplars/summary").param("year", "2020").param("unit", district.toString()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recognised.total").value(6))
			.andExpect(jsonPath("$.honoured.total").value(10));
		mvc.perform(get("/api/exemplars/summary").param("year", "2020").with(as("bandanvan")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Chọn đơn vị.")));
		mvc.perform(get("/api/exemplars/summary").param("unit", district.toString()).with(as("bandanvan")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Năm phải từ 2000 đến 2100.")));
		mvc.perform(get("/api/exemplar/figures").param("unit", district.toString()).param("from", "2020-01-01")
				.param("to", "2020-12-31").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'exemplar.recognised')].value").value(hasItem(6)));
		mvc.perform(get("/exemplar/summary").param("year", "2020").param("unit", district.toString()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trong năm có 6 mô hình, điển hình được công nhận (5 mô hình, 1 điển hình).")));
	}

	@Test
	void theExportOpensInExcelWithTheBoardsColumnsAndTheImportIsAllOrNothing() throws Exception {
		byte[] xlsx = mvc.perform(get("/exemplar/exemplars/export").param("stage", "2015-2020").param("sort", "name")
				.with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("DÂN VẬN KHÉO");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tên mô hình, điển hình");
			assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).isEqualTo("Người được hưởng lợi (người)");
			List<String> names = new java.util.ArrayList<>();
			for (int r = 4; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(1).getStringCellValue());
				if (sheet.getRow(r).getCell(1).getStringCellValue().equals("Hiến đất làm đường ở xã Bình Đức")) {
					Row row = sheet.getRow(r);
					assertThat(row.getCell(3).getStringCellValue()).isEqualTo("XA_BINH_DUC");
					assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Cấp huyện");
					assertThat(row.getCell(13).getNumericCellValue()).as("money grown by the improvement").isEqualTo(2960000000d);
				}
			}
			assertThat(names).hasSize(20).contains("Hiến đất làm đường ở xã Bình Đức");
			assertThat(names).as("the sheet keeps the list's order").containsExactlyElementsOf(search
				.find(actor("bandanvan"), new ExemplarFilter(null, null, null, null, null, "2015-2020", null, null, "name"))
				.stream().map(Exemplar::getName).toList());
		}

		long before = repository.count();
		byte[] bad = sheet(new String[] { "Chợ quê sạch", "Mô hình", "KHONG_CO", "", "Nông nghiệp", "01/03/2026", "-5" },
				new String[] { "Tổ tự quản", "Mô hình", "DUX_KIM_SON", "", "Kinh tế", "01/03/2026", "120" });
		mvc.perform(multipart("/exemplar/import").file(new MockMultipartFile("file", "ds.xlsx", null, bad)).with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("D5")))
			.andExpect(content().string(containsString("Không có đơn vị mã &quot;KHONG_CO&quot;")))
			.andExpect(content().string(containsString("F5")))
			.andExpect(content().string(containsString("L5")))
			.andExpect(content().string(not(containsString("/exemplar/import/save"))));
		assertThat(repository.count()).isEqualTo(before);

		byte[] good = sheet(new String[] { "Chợ quê sạch ở ấp", "Mô hình", "DUX_KIM_SON", "", "Văn hóa – xã hội", "01/03/2026", "300" },
				new String[] { "Tổ tự quản bến đò", "Điển hình tập thể", "DUX_KIM_SON", "", "Kinh tế", "15/04/2026", "" });
		String page = mvc.perform(multipart("/exemplar/import").file(new MockMultipartFile("file", "ds.xlsx", null, good))
				.with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lưu tất cả 2 mô hình")))
			.andReturn().getResponse().getContentAsString();
		String importId = page.replaceAll("(?s).*name=\"importId\" value=\"([0-9a-f-]{36})\".*", "$1");
		mvc.perform(post("/exemplar/import/save").param("importId", importId).with(as("admin")))
			.andExpect(status().isNotFound());
		assertThat(repository.count()).isEqualTo(before);
		mvc.perform(post("/exemplar/import/save")
				.param("importId", importId).with(as("binhduc")))
			.andExpect(status().is3xxRedirection());
		assertThat(repository.count()).isEqualTo(before + 2);
		mvc.perform(post("/exemplar/import/save").param("importId", importId).with(as("binhduc")))
			.andExpect(status().isNotFound());
		assertThat(repository.count()).isEqualTo(before + 2);
	}

	@Test
	void theShowcaseShowsRecognisedExemplarsOnlyAndNoPersonalData() throws Exception {
		mvc.perform(get("/dan-van-kheo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(content().string(containsString("Hiến đất làm đường ở xã Bình Đức")))
			.andExpect(content().string(not(containsString("Chợ phiên nông sản sạch"))))
			.andExpect(content().string(not(containsString("Vườn cây ăn trái kiểu mẫu"))));
		Exemplar registered = repository.findAll().stream().filter(e -> e.getStatus() == ExemplarStatus.REGISTERED)
			.findFirst().orElseThrow();
		mvc.perform(get("/dan-van-kheo/{slug}", registered.getSlug())).andExpect(status().isNotFound());
		Exemplar individual = repository.findAll().stream()
			.filter(e -> e.getKind() == ExemplarKind.INDIVIDUAL && e.isPublic() && e.getOfficialId() != null)
			.findFirst().orElseThrow();
		String official = org.official(individual.getOfficialId()).orElseThrow().fullName();
		mvc.perform(get("/dan-van-kheo/{slug}", individual.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("og:title")))
			.andExpect(content().string(not(containsString(official))))
			.andExpect(content().string(not(containsString("Đoàn kiểm tra"))))
			.andExpect(content().string(not(containsString("bandanvan"))));
		mvc.perform(get("/dan-van-kheo/hien-dat-lam-duong-o-xa-binh-duc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cách vận động Nhân dân")))
			.andExpect(content().string(containsString("hiến đất làm đường ở xã Bình Đức là nhu cầu")))
			.andExpect(content().string(containsString("Công nhận cấp huyện")))
			.andExpect(content().string(containsString("tăng 60%")));
		mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("/dan-van-kheo")));
	}

	@Test
	void theApiListsWithTheIssuesFieldsAndOneExemplarWithItsHistory() throws Exception {
		String json = mvc.perform(get("/api/exemplars").param("q", "hien dat lam duong").param("status", "RECOGNISED")
				.with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Hiến đất làm đường ở xã Bình Đức"))
			.andExpect(jsonPath("$[0].kind").value("MODEL"))
			.andExpect(jsonPath("$[0].recognitionLevel").value("DISTRICT"))
			.andExpect(jsonPath("$[0].field").value("ECONOMY"))
			.andExpect(jsonPath("$[0].figures[?(@.indicator == 'ROAD_KM')].unit").value(hasItem("km")))
			.andReturn().getResponse().getContentAsString();
		String id = json.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1");
		mvc.perform(get("/api/exemplars/{id}", id).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[0].action").value("REGISTER"))
			.andExpect(jsonPath("$.history[?(@.action == 'HONOUR')].on").value(hasItem("2020-10-08")));
		mvc.perform(get("/api/exemplars").param("q", "hien dat lam duong").with(as("longdinh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Hiến đất làm đường ở xã Bình Đức')]").isEmpty());
		mvc.perform(get("/api/exemplars/summary").param("year", "2020").param("unit", unit("DUX_KIM_SON").toString())
				.with(as("longdinh")))
			.andExpect(status().isForbidden());
	}

	private static byte[] sheet(String[]... rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Danh sách");
			Row header = sheet.createRow(3);
			header.createCell(1).setCellValue("Tên mô hình, điển hình");
			header.createCell(11).setCellValue("Người được hưởng lợi (người)");
			for (int i = 0; i < rows.length; i++) {
				Row row = sheet.createRow(4 + i);
				String[] r = rows[i];
				row.createCell(1).setCellValue(r[0]);
				row.createCell(2).setCellValue(r[1]);
				row.createCell(3).setCellValue(r[2]);
				row.createCell(5).setCellValue(r[4]);
				row.createCell(9).setCellValue(r[5]);
				if (!r[6].isEmpty()) {
					row.createCell(11).setCellValue(Double.parseDouble(r[6]));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
