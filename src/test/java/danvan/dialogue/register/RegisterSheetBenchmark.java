package danvan.dialogue.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.support.ResourceBundleMessageSource;

import danvan.dialogue.petition.PetitionKind;

/**
 * Not a timed test: prints how long the register's Excel writing takes for one year of a province (33,669 rows, the
 * size {@code DialogueBenchmark} reads), without a database or a Spring context, so that the writing can be
 * measured apart from the read. Run with {@code ./mvnw -q test -Dtest=RegisterSheetBenchmark -Ddanvan.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class RegisterSheetBenchmark {

	static final int ROWS = 33_669;

	@Test
	void oneYearOfAProvince() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/dialogue");
		messages.setDefaultEncoding("UTF-8");
		RegisterSheet sheet = new RegisterSheet(messages);
		List<ReceptionRegister.Row> rows = new ArrayList<>(ROWS);
		PetitionKind[] kinds = PetitionKind.values();
		LocalDate start = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < ROWS; i++) {
			rows.add(new ReceptionRegister.Row(i + 1, start.plusDays(i % 365), "Người kiến nghị, ấp " + (i % 40),
					i % 3 == 0 ? "079203001234" : null, "Nội dung kiến nghị số " + i + " về giao thông nông thôn",
					kinds[i % kinds.length], 1 + i % 5, null, i % 4 == 0, i % 7 == 0 ? "Hướng dẫn đến Tòa án" : null,
					i % 2 == 0 ? "Ủy ban nhân dân xã" : null, i % 3 == 0 ? "Đã trả lời" : null, null));
		}
		long[] runs = new long[5];
		int size = 0;
		for (int r = 0; r < runs.length; r++) {
			long t = System.nanoTime();
			size = sheet.write("Tỉnh ủy", start, LocalDate.of(2025, 12, 31), rows, Locale.forLanguageTag("vi")).length;
			runs[r] = (System.nanoTime() - t) / 1_000_000;
		}
		System.out.printf("BENCHMARK register sheet, %,d rows, %.1f MB: runs %s ms — load: %s%n", ROWS,
				size / 1_048_576.0, Arrays.toString(runs), load());
	}

	private static String load() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (Exception e) {
			return "unknown";
		}
	}

}
