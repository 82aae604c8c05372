package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.movement.Movement;
import danvan.emulation.sheets.ScoreImport;
import danvan.emulation.sheets.ScoreImportCommit;
import danvan.emulation.sheets.ScoreImportService;
import danvan.emulation.sheets.ScoreRows;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/**
 * Committing a consolidated sheet: the scores are written, each imported assessment gets one audit entry with
 * its points before → after, and a refused row or an assessment changed since the preview leaves nothing changed.
 * Timings are the benchmark's business ({@link EmulationBenchmark}), not these tests'.
 */
@DanvanSpringTest
class EmulationScoreImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScoreRows rows;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ScoreImportService imports;

	@Autowired
	ScoreImportCommit committer;

	@Autowired
	ReviewService reviews;

	private Movement movement;

	@Test
	void aCommittedImportWritesTheScoresAndAuditsEachAssessmentOnceWithBeforeAndAfter() throws Exception {
		movement = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		int scoreEntries = auditEntries("Score");

		String first = preview(sheet(Map.of("I.1", "10", "I.2", "7.5"), Map.of("I.1", "8", "I.2", "6")));
		Assessment openedSince = assessments.open(fixture.officer("XA_LONG_DINH"), movement.getId(), longDinh());
		commit(first, status().isOk());
		Assessment binhDuc = assessment(binhDuc());
		assertThat(binhDuc.pointsOn(item("I.2"))).isEqualByComparingTo("7.5");
		assertThat(binhDuc.scoreFor(item("I.2")).orElseThrow().getSelfPoints()).isEqualByComparingTo("7.5");
		assertThat(assessment(longDinh()).getId()).isEqualTo(openedSince.getId());
		assertThat(assessment(longDinh()).pointsOn(item("I.1"))).isEqualByComparingTo("8");

		commit(preview(sheet(Map.of("I.1", "10", "I.2", "6"), Map.of("I.1", "8", "I.2", "6"))), status().isOk());
		assertThat(assessment(binhDuc()).pointsOn(item("I.2"))).isEqualByComparingTo("6");
		assertThat(assessment(binhDuc()).getVersion()).isEqualTo(binhDuc.getVersion() + 1);

		List<Map<String, Object>> trail = auditOf(binhDuc.getId());
		assertThat(trail).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE");
		assertThat((String) trail.get(0).get("after_state")).contains("\"selfPoints[I.1]\":\"10,00\"")
			.contains("\"selfPoints[I.2]\":\"7,50\"");
		assertThat((String) trail.get(1).get("before_state")).contains("\"selfPoints[I.2]\":\"7,50\"")
			.doesNotContain("I.1");
		assertThat((String) trail.get(1).get("after_state")).contains("\"selfPoints[I.2]\":\"6,00\"")
			.contains("Nhập từ bảng tổng hợp “tong-hop.xlsx”");
		assertThat(trail.get(1).get("actor")).isEqualTo("bandanvan");
		assertThat(auditEntries("Score")).as("no entry per score").isEqualTo(scoreEntries);

		String page = mvc.perform(get("/admin/audit").param("entity", "Assessment").param("id", binhDuc.getId().toString())
			.with(as(users, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Điểm tự chấm I.2").contains("7,50").contains("6,00").contains("Nguồn thay đổi");
	}

	@Test
	void aRefusedRowLeavesNothingChanged() throws Exception {
		movement = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		saveDraft("XA_BINH_DUC", binhDuc(), "5");
		saveDraft("XA_LONG_DINH", longDinh(), "6");
		assessments.submit(fixture.officer("XA_LONG_DINH"), movement.getId(), longDinh(), assessment(longDinh()).getVersion());
		long version = assessment(binhDuc()).getVersion();
		int entries = auditOf(assessment(binhDuc()).getId()).size();

		commit(preview(sheet(Map.of("I.1", "10", "I.2", "7"), Map.of("I.1", "8", "I.2", "6"))),
				status().isUnprocessableContent());

		Assessment binhDuc = assessment(binhDuc());
		assertThat(binhDuc.pointsOn(item("I.2"))).isEqualByComparingTo("5");
		assertThat(binhDuc.scoreFor(item("I.1"))).isEmpty();
		assertThat(binhDuc.getVersion()).isEqualTo(version);
		assertThat(auditOf(binhDuc.getId())).hasSize(entries);
	}

	@Test
	void anAssessmentChangedSinceThePreviewRefusesTheWholeSheet() throws Exception {
		movement = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		saveDraft("XA_BINH_DUC", binhDuc(), "5");
		String api = preview(sheet(Map.of("I.2", "7"), Map.of("I.2", "6")));
		String page = preview(sheet(Map.of("I.2", "7"), Map.of("I.2", "6")));
		saveDraft("XA_BINH_DUC", binhDuc(), "4");

		commit(api, status().isConflict());
		mvc.perform(post("/emulation/movements/{id}/score-imports/{i}/commit", movement.getId(), page)
			.with(as(users, "bandanvan")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem",
					"Hồ sơ của ít nhất một đơn vị đã thay đổi sau khi đọc bảng; chưa lưu gì. Hãy tải tệp lên lại để kiểm tra với số liệu mới nhất."));

		assertThat(assessment(binhDuc()).pointsOn(item("I.2"))).isEqualByComparingTo("4");
		assertThat(assessments.forMovement(fixture.admin(), movement.getId())).hasSize(1);
	}

	@Test
	void inReviewTheSheetAdjustsTheOfficialPointsWithItsNameAsTheReason() throws Exception {
		movementInReview();
		long longDinhVersion = assessment(longDinh()).getVersion();

		commit(preview(sheet(Map.of("I.2", "6.5"), Map.of("I.2", "8"))), status().isOk());

		Assessment binhDuc = assessment(binhDuc());
		assertThat(binhDuc.pointsOn(item("I.2"))).isEqualByComparingTo("6.5");
		assertThat(binhDuc.scoreFor(item("I.2")).orElseThrow().getSelfPoints()).isEqualByComparingTo("8");
		assertThat(binhDuc.changesOf(item("I.2"))).singleElement().satisfies(c -> {
			assertThat(c.getPointsBefore()).isEqualByComparingTo("8");
			assertThat(c.getPointsAfter()).isEqualByComparingTo("6.5");
			assertThat(c.getReason()).isEqualTo("Nhập từ bảng tổng hợp “tong-hop.xlsx”");
			assertThat(c.getChangedBy()).isEqualTo("bandanvan");
			assertThat(c.getStepName()).isEqualTo("Bước 1");
		});
		assertThat(assessment(longDinh()).getChanges()).isEmpty();
		assertThat(assessment(longDinh()).getVersion()).isEqualTo(longDinhVersion);
		Map<String, Object> entry = auditOf(binhDuc.getId()).get(auditOf(binhDuc.getId()).size() - 1);
		assertThat((String) entry.get("before_state")).contains("\"points[I.2]\":\"8,00\"");
		assertThat((String) entry.get("after_state")).contains("\"points[I.2]\":\"6,50\"").contains("Bước 1");
		String page = mvc.perform(get("/emulation/movements/{id}/units/{u}/assessment", movement.getId(), binhDuc())
			.with(as(users, "bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("score-history").contains("Nhập từ bảng tổng hợp “tong-hop.xlsx”");
	}

	@Test
	void aReasonWithTabsNewlinesBackslashesQuotesAndDiacriticsIsKeptExactlyInTheScoreHistory() throws Exception {
		movementInReview();
		Actor importer = (Actor) users.loadUserByUsername("bandanvan");
		ScoreImport preview = imports.preview(importer, movement.getId(),
				new MockMultipartFile("file", "tong-hop.xlsx", null, sheet(Map.of("I.2", "6.5"), Map.of("I.2", "8"))));
		// an uploaded file name loses its control characters, backslashes and double quotes (FileStore.safeName),
		// so the reason is handed to the commit itself
		String reason = "Nhập từ bảng tổng hợp “Đợt 2\tđã ký\r\nbản \\ cuối \\N \"Đắk Lắk\" 'Ủy ban' — ỗ ự.xlsx”";

		tx.executeWithoutResult(status -> {
			Movement inReview = fixture.movements.get(movement.getId());
			committer.asAdjustments(importer, inReview, fixture.scales.get(inReview.getScaleId()), preview, reason);
		});

		Assessment binhDuc = assessment(binhDuc());
		assertThat(binhDuc.pointsOn(item("I.2"))).isEqualByComparingTo("6.5");
		assertThat(binhDuc.changesOf(item("I.2"))).singleElement().satisfies(c -> {
			assertThat(c.getReason()).isEqualTo(reason);
			assertThat(c.getPointsBefore()).isEqualByComparingTo("8");
			assertThat(c.getStepName()).isEqualTo("Bước 1");
			assertThat(c.getChangedBy()).isEqualTo("bandanvan");
		});
		assertThat(jdbc.queryForObject("select reason from emulation_score_change where assessment_id = ?", String.class,
				binhDuc.getId())).isEqualTo(reason);
	}

	@Test
	void inReviewAnAssessmentChangedSinceThePreviewRefusesTheWholeSheetWithNothingWritten() throws Exception {
		movementInReview();
		String importId = preview(sheet(Map.of("I.2", "6.5"), Map.of("I.2", "7")));
		reviews.adjust(fixture.reviewer("thamdinh"), movement.getId(), longDinh(), assessment(longDinh()).getVersion(), 1,
				item("I.2"), new BigDecimal("7.5"), "Đối chiếu biên bản");
		Assessment binhDucBefore = assessment(binhDuc());
		int binhDucEntries = auditOf(binhDucBefore.getId()).size();

		commit(importId, status().isConflict());

		Assessment binhDuc = assessment(binhDuc());
		assertThat(binhDuc.pointsOn(item("I.2"))).isEqualByComparingTo("8");
		assertThat(binhDuc.getChanges()).isEmpty();
		assertThat(binhDuc.getVersion()).isEqualTo(binhDucBefore.getVersion());
		assertThat(auditOf(binhDuc.getId())).hasSize(binhDucEntries);
		assertThat(assessment(longDinh()).pointsOn(item("I.2"))).isEqualByComparingTo("7.5");
		assertThat(assessment(longDinh()).getChanges()).singleElement()
			.satisfies(c -> assertThat(c.getReason()).isEqualTo("Đối chiếu biên bản"));
	}

	/** On H2 fifty rows per statement and the rest one by one; on PostgreSQL one COPY. */
	@Test
	void historyRowsAreWrittenEachWithItsOwnValuesAndRollBackWithTheTransaction() {
		movement = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		saveDraft("XA_BINH_DUC", binhDuc(), "5");
		Long assessmentId = assessment(binhDuc()).getId();
		Instant now = Instant.parse("2026-11-30T08:00:00Z");
		List<ScoreRows.Change> changes = IntStream.range(0, 123)
			.mapToObj(i -> new ScoreRows.Change(assessmentId, item("I.2"), 1, "Bước " + i, null,
					BigDecimal.valueOf(i, 2), "lý do " + i, "thamdinh", now))
			.toList();
		tx.executeWithoutResult(status -> {
			rows.record(changes);
			List<Map<String, Object>> written = jdbc.queryForList("select step_name, points_after, reason "
					+ "from emulation_score_change where assessment_id = ? order by id", assessmentId);
			assertThat(written).hasSize(123);
			for (int i : new int[] { 0, 49, 50, 99, 100, 122 }) {
				assertThat(written.get(i).get("step_name")).isEqualTo("Bước " + i);
				assertThat((BigDecimal) written.get(i).get("points_after")).isEqualByComparingTo(BigDecimal.valueOf(i, 2));
				assertThat(written.get(i).get("reason")).isEqualTo("lý do " + i);
			}
			status.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from emulation_score_change where assessment_id = ?",
				Integer.class, assessmentId)).isZero();
	}

	private String preview(byte[] sheet) throws Exception {
		String body = mvc.perform(multipart("/api/emulation/movements/{id}/score-imports", movement.getId())
			.file(new MockMultipartFile("file", "tong-hop.xlsx", null, sheet))
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void commit(String importId, ResultMatcher expected) throws Exception {
		mvc.perform(post("/api/emulation/movements/{id}/score-imports/{i}/commit", movement.getId(), importId)
			.with(as(users, "bandanvan"))).andExpect(expected);
	}

	/** Bình Đức and Long Định submitted with 8 points on I.2, and the movement at its review step. */
	private void movementInReview() {
		movement = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		for (String code : List.of("XA_BINH_DUC", "XA_LONG_DINH")) {
			saveDraft(code, fixture.unit(code), "8");
			assessments.submit(fixture.officer(code), movement.getId(), fixture.unit(code),
					assessment(fixture.unit(code)).getVersion());
		}
		fixture.movements.advance(fixture.admin(), movement.getId(), fixture.movements.get(movement.getId()).getVersion());
	}

	private void saveDraft(String unitCode, Long unit, String i2) {
		DemoActor officer = fixture.officer(unitCode);
		Assessment a = assessments.open(officer, movement.getId(), unit);
		assessments.saveSelf(officer, movement.getId(), unit, a.getVersion(), Map.of(item("I.2"), new BigDecimal(i2)),
				Map.of());
	}

	private Assessment assessment(Long unit) {
		return assessments.open(fixture.admin(), movement.getId(), unit);
	}

	private List<Map<String, Object>> auditOf(Long assessmentId) {
		return jdbc.queryForList("select action, actor, before_state, after_state from platform_audit_entry "
				+ "where entity_type = 'Assessment' and entity_id = ? and after_state like '%\"source\"%' order by id",
				String.valueOf(assessmentId));
	}

	private int auditEntries(String type) {
		return jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = ?", Integer.class, type);
	}

	private Long item(String code) {
		return fixture.revisedScale().item(code).getId();
	}

	private Long binhDuc() {
		return fixture.unit("XA_BINH_DUC");
	}

	private Long longDinh() {
		return fixture.unit("XA_LONG_DINH");
	}

	/** A plain consolidated sheet: a header of criterion codes, then Bình Đức's and Long Định's points. */
	static byte[] sheet(Map<String, String> binhDuc, Map<String, String> longDinh) throws Exception {
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		rows.put("Xã Bình Đức", binhDuc);
		rows.put("Xã Long Định", longDinh);
		List<String> codes = binhDuc.keySet().stream().sorted().toList();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Tổng hợp");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("STT");
			header.createCell(1).setCellValue("Tên đơn vị");
			for (int c = 0; c < codes.size(); c++) {
				header.createCell(2 + c).setCellValue(codes.get(c));
			}
			int r = 1;
			for (Map.Entry<String, Map<String, String>> unit : rows.entrySet()) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r++);
				row.createCell(1).setCellValue(unit.getKey());
				for (int c = 0; c < codes.size(); c++) {
					row.createCell(2 + c).setCellValue(Double.parseDouble(unit.getValue().get(codes.get(c))));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
