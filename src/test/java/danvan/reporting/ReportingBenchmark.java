package danvan.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Actor;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportAnnex;
import danvan.reporting.report.ReportDocuments;
import danvan.reporting.report.ReportService;
import danvan.test.DanvanSpringTest;

/**
 * Not a timed test: prints the speed figures on the demo data: the district's Q3 2020 report compiled and
 * written to DOCX (with its annex) and to PDF, the province's figures for a year over every unit of its subtree,
 * and the dashboard page. Run with {@code ./mvnw -q test -Dtest=ReportingBenchmark -Ddanvan.benchmark=true}; the
 * figures also land in {@code target/reporting-benchmark.txt} with the machine's load.
 */
@DanvanSpringTest
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class ReportingBenchmark {

	@Autowired
	ReportService reports;

	@Autowired
	ReportDocuments documents;

	@Autowired
	ReportAnnex annexes;

	@Autowired
	Figures figures;

	@Autowired
	OrgDirectory org;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> lines = new ArrayList<>();

	@Test
	void printsTheReportingFigures() throws Exception {
		Actor admin = (Actor) users.loadUserByUsername("admin");
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		Long province = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		for (int round = 0; round < 3; round++) {
			long started = System.nanoTime();
			Report report = reports.create(admin, new ReportService.NewReport("PERIODIC", district, null,
					LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30), "thử đo " + round + " – quý III năm 2020"));
			Report full = reports.get(admin, report.getId());
			byte[] docx = documents.docx(full);
			byte[] annex = annexes.xlsx(admin, full);
			long docxMs = (System.nanoTime() - started) / 1_000_000;
			long pdfStarted = System.nanoTime();
			byte[] pdf = documents.pdf(full);
			long pdfMs = (System.nanoTime() - pdfStarted) / 1_000_000;
			print("district Q3 2020 report, round " + round + ": compiled + DOCX " + docx.length / 1024 + " KB + annex "
					+ annex.length / 1024 + " KB in " + docxMs + " ms; PDF " + pdf.length / 1024 + " KB in " + pdfMs
					+ " ms (compile included in the DOCX figure only)");
		}
		long units = org.unitIdsWithin(province).size();
		for (int round = 0; round < 3; round++) {
			long ms = time(() -> figures.figures(new FigureQuery(province, LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 12, 31))));
			print("province figures for 2026 over " + units + " units (the demo's tree, not 3,321): " + ms + " ms");
		}
		var principal = users.loadUserByUsername("bandanvan");
		List<Long> samples = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			long started = System.nanoTime();
			mvc.perform(get("/reporting/dashboard").with(user(principal)).param("unit", district.toString())
				.param("from", "2020-07-01").param("to", "2020-09-30"));
			if (i >= 3) {
				samples.add((System.nanoTime() - started) / 1_000_000);
			}
		}
		Collections.sort(samples);
		print("dashboard page (district, Q3 2020, 7 charts, 5 years of commendations), 20 requests after 3 warm-up: median "
				+ samples.get(samples.size() / 2) + " ms, p95 " + samples.get((int) (samples.size() * 0.95) - 1) + " ms, max "
				+ samples.get(samples.size() - 1) + " ms");
		print("load: " + new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes()).strip());
		Files.write(Path.of("target/reporting-benchmark.txt"), lines);
	}

	private long time(Supplier<?> work) {
		long started = System.nanoTime();
		work.get();
		return (System.nanoTime() - started) / 1_000_000;
	}

	private void print(String line) {
		System.out.println("[reporting benchmark] " + line);
		lines.add(line);
	}

}
