package danvan.commendation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.org.OrgDirectory;
import danvan.test.DanvanSpringTest;

/**
 * Each rule kind on its boundary days, from the demo district's service periods and paper register: the day
 * before a threshold and the day it is reached, the women's threshold, once per person, not posthumously, the
 * previous years' titles.
 */
@DanvanSpringTest
class EligibilityTests {

	@Autowired
	EligibilityService eligibility;

	@Autowired
	OrgDirectory org;

	@Test
	void tenYearsOfMassMobilizationWorkAreReachedOnTheDayNotTheDayBefore() {
		Long tam = official("BDV_CHAU_THANH", "Lê Minh Tâm"); // 01/07/2006 – 30/06/2016 at the board
		Eligibility before = eligibility.forOfficial("KNC_DV", tam, LocalDate.of(2016, 6, 29), false);
		assertThat(before.eligible()).isFalse();
		assertThat(rule(before, "Số năm công tác dân vận (Nam)").explanation())
			.isEqualTo("9 năm 11 tháng công tác dân vận, cần 10 năm ✗");
		Eligibility on = eligibility.forOfficial("KNC_DV", tam, LocalDate.of(2016, 6, 30), false);
		assertThat(on.eligible()).isTrue();
		assertThat(rule(on, "Số năm công tác dân vận (Nam)").explanation())
			.isEqualTo("10 năm 0 tháng công tác dân vận, cần 10 năm ✓");
		assertThat(rule(on, "Chỉ tặng một lần").explanation()).startsWith("chưa nhận Kỷ niệm chương");
		assertThat(on.rules()).allSatisfy(r -> assertThat(r.legalBasis()).isNotBlank());
	}

	@Test
	void aWomanNeedsTheWomensThreshold() {
		Long hien = official("MTTQ_CHAU_THANH", "Phan Thị Diệu Hiền"); // from 01/05/2009
		Eligibility before = eligibility.forOfficial("KNC_DV", hien, LocalDate.of(2017, 4, 29), false);
		Eligibility on = eligibility.forOfficial("KNC_DV", hien, LocalDate.of(2017, 4, 30), false);
		assertThat(before.eligible()).isFalse();
		assertThat(on.eligible()).isTrue();
		assertThat(on.rules()).extracting(Eligibility.Check::rule)
			.contains("Số năm công tác dân vận (Nữ)").doesNotContain("Số năm công tác dân vận (Nam)");
		assertThat(rule(on, "Số năm công tác dân vận (Nữ)").explanation())
			.isEqualTo("8 năm 0 tháng công tác dân vận, cần 8 năm ✓");
	}

	@Test
	void aMedalIsGrantedOncePerPersonAndNeverPosthumously() {
		Long nam = official("HND_CHAU_THANH", "Hồ Văn Năm");
		Eligibility held = eligibility.forOfficial("KNC_DV", nam, LocalDate.of(2020, 10, 1), false);
		assertThat(held.eligible()).isFalse();
		assertThat(rule(held, "Chỉ tặng một lần").explanation())
			.isEqualTo("đã nhận Kỷ niệm chương \"Vì sự nghiệp Dân vận\" năm 2012 254-QĐ/BDVTW ✗");
		Long tam = official("BDV_CHAU_THANH", "Lê Minh Tâm");
		Eligibility deceased = eligibility.forOfficial("KNC_DV", tam, LocalDate.of(2020, 10, 1), true);
		assertThat(deceased.eligible()).isFalse();
		assertThat(rule(deceased, "Không truy tặng").passed()).isFalse();
		Eligibility afterTheMedal = eligibility.forOfficial("KNC_DV", tam, LocalDate.of(2021, 1, 4), false);
		assertThat(rule(afterTheMedal, "Chỉ tặng một lần").explanation())
			.as("the demo nomination's higher decision of 20/11/2020").startsWith("đã nhận Kỷ niệm chương")
			.contains("năm 2020");
	}

	@Test
	void titlesOfThePreviousYearsCountConsecutiveWhenTheRuleSaysSo() {
		Long tam = official("BDV_CHAU_THANH", "Lê Minh Tâm"); // LĐTT 2018 and 2019, CSTĐCS 2019
		Eligibility cstd = eligibility.forOfficial("CSTDCS", tam, LocalDate.of(2020, 1, 1), false);
		assertThat(rule(cstd, "Danh hiệu, hình thức đã đạt").explanation())
			.isEqualTo("Lao động tiên tiến: 2019 (trong các năm 2019–2019: 1 năm, cần 1) ✓");
		assertThat(eligibility.forOfficial("CSTDCS", tam, LocalDate.of(2022, 1, 1), false).eligible()).isFalse();
		Eligibility bk = eligibility.forOfficial("BK_TINH", tam, LocalDate.of(2020, 1, 1), false);
		assertThat(bk.eligible()).isFalse();
		assertThat(rule(bk, "Danh hiệu, hình thức đã đạt").explanation())
			.isEqualTo("Chiến sĩ thi đua cơ sở: 2019 (liên tục đến năm 2019: 1 năm, cần 2 năm liên tục) ✗");
	}

	@Test
	void aQuotaIsAWarningNotARefusal() {
		Long tam = official("BDV_CHAU_THANH", "Lê Minh Tâm");
		Eligibility cstd = eligibility.forOfficial("CSTDCS", tam, LocalDate.of(2020, 1, 1), false);
		Eligibility.Check quota = rule(cstd, "Tỷ lệ so với số người của đơn vị");
		assertThat(quota.warning()).isTrue();
		assertThat(quota.passed()).isFalse();
		assertThat(quota.explanation()).endsWith("⚠");
		assertThat(cstd.eligible()).as("a quota only warns").isTrue();
	}

	private Long official(String unitCode, String name) {
		Long unit = org.unitByCode(unitCode).orElseThrow().id();
		return org.officialsIn(unit, java.time.LocalDate.of(2020, 10, 8)).stream().filter(o -> o.fullName().equals(name)).findFirst().orElseThrow().id();
	}

	private static Eligibility.Check rule(Eligibility e, String name) {
		return e.rules().stream().filter(r -> r.rule().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no rule " + name + " in " + e.rules()));
	}

}
