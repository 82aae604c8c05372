package danvan.planning;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import danvan.planning.plan.PlanItem;
import danvan.planning.plan.RollUp;

/**
 * Not a timed test: prints the roll-up figures of a province's term programme, 200 targets × 3,321 units (1 province,
 * 120 districts' worth of boards, 3,200 communes) for one quarter of 20, the in-memory arithmetic the board page runs
 * after loading the splits and reports (the board's whole-tree view needs one cell per target, {@code RollUp.at}; a
 * target's per-unit table every unit's, {@code RollUp.compute}). Run with {@code ./mvnw -q test -Dtest=PlanningBenchmark -Ddanvan.benchmark=true};
 * the figures also land in {@code target/planning-benchmark.txt}. The database reads and the calendar month are not
 * measured here.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class PlanningBenchmark {

	static final int TARGETS = 200;

	@Test
	void rollUpOfAProvinceTermProgramme() throws Exception {
		Map<Long, PlanningUnits.Unit> units = new LinkedHashMap<>();
		Map<Long, List<Long>> children = new HashMap<>();
		units.put(1L, new PlanningUnits.Unit(1L, null, "P", "Tỉnh", "CAP_UY", 0, true, null, null));
		long id = 2;
		List<Long> communes = new ArrayList<>();
		for (int d = 0; d < 120; d++) {
			long district = id++;
			units.put(district, new PlanningUnits.Unit(district, 1L, "D" + d, "Huyện " + d, "CAP_UY", 1, true, null, null));
			children.computeIfAbsent(1L, k -> new ArrayList<>()).add(district);
			int n = d < 80 ? 27 : 26;
			for (int c = 0; c < n && units.size() < 3321; c++) {
				long commune = id++;
				units.put(commune, new PlanningUnits.Unit(commune, district, "X" + commune, "Xã " + commune, "CAP_UY", 2, true, null, null));
				children.computeIfAbsent(district, k -> new ArrayList<>()).add(commune);
				communes.add(commune);
			}
		}
		PlanningUnits.Tree tree = new PlanningUnits.Tree(units, children);
		Random random = new Random(15);
		List<Map<Long, BigDecimal>> splits = new ArrayList<>();
		List<Map<Long, BigDecimal>> reports = new ArrayList<>();
		for (int t = 0; t < TARGETS; t++) {
			Map<Long, BigDecimal> split = new HashMap<>();
			Map<Long, BigDecimal> report = new HashMap<>();
			for (Long c : communes) {
				split.put(c, BigDecimal.valueOf(5 + random.nextInt(20)));
				if (random.nextInt(10) > 0) {
					report.put(c, BigDecimal.valueOf(random.nextInt(25)));
				}
			}
			splits.add(split);
			reports.add(report);
		}
		StringBuilder out = new StringBuilder();
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < 5; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			List<RollUp.Weighted> weighted = new ArrayList<>();
			for (int t = 0; t < TARGETS; t++) {
				RollUp.Cell province = RollUp.at(tree, t % 4 == 0 ? PlanItem.Aggregation.AVERAGE : PlanItem.Aggregation.SUM,
						splits.get(t), reports.get(t), 1L);
				weighted.add(new RollUp.Weighted(BigDecimal.ONE, province.percent()));
			}
			RollUp.weighted(weighted);
			long wholeTree = System.nanoTime() - start;
			long wholeTreeCpu = threads.getCurrentThreadCpuTime() - cpu;
			cpu = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			Map<Long, RollUp.Cell> one = RollUp.compute(tree, PlanItem.Aggregation.SUM, splits.get(0), reports.get(0));
			int rows = 0;
			for (PlanningUnits.Unit u : units.values()) {
				if (one.get(u.id()) != null) {
					rows++;
				}
			}
			long perUnit = System.nanoTime() - start;
			long perUnitCpu = threads.getCurrentThreadCpuTime() - cpu;
			// on a shared machine the wall time mostly measures waiting for a core; the thread's CPU time does not
			String line = String.format("round %d: roll-up of %d targets × %d units, one quarter: %d ms wall, %d ms CPU (goal ≤ 1000); "
					+ "one target's per-unit table (%d rows): %d ms wall, %d ms CPU (goal ≤ 300); load %s%n", round + 1, TARGETS,
					units.size(), wholeTree / 1_000_000, wholeTreeCpu / 1_000_000, rows, perUnit / 1_000_000, perUnitCpu / 1_000_000, load());
			System.out.print(line);
			out.append(line);
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/planning-benchmark.txt"), out.toString());
	}

	private static String load() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
