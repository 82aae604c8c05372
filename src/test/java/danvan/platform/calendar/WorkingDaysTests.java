package danvan.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

	private static final String BASIS = "Bộ luật Lao động 2019, Điều 112";

	/** Tết Bính Ngọ 2026 (Sat 14/2 – Sun 22/2), the Giỗ Tổ compensatory Monday, and a made-up make-up Saturday. */
	private final WorkingDays calendar = new WorkingDays(days());

	@Test
	void aDeadlineAcrossTetSkipsTheNineDaysOffAndTheWeekends() {
		// Thursday 12/2/2026: Friday 13/2 is day 1, then Tết, then 23/2 … 5/3 are days 2–10
		assertThat(calendar.plus(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void theDayOfReceiptDoesNotCountAndAWeekendIsSkipped() {
		// Friday 6/3/2026 + 3 working days: Monday 9, Tuesday 10, Wednesday 11
		assertThat(calendar.plus(LocalDate.of(2026, 3, 6), 3)).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(calendar.plus(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.plus(LocalDate.of(2026, 3, 6), 0)).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	@Test
	void aCompensatoryDayOffIsNotWorkedAndAMakeUpSaturdayIs() {
		// Friday 24/4/2026 + 1: Monday 27/4 is the compensatory day for Giỗ Tổ on Sunday 26/4
		assertThat(calendar.plus(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
		// Friday 9/1/2026 + 1: the make-up Saturday 10/1 counts
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(calendar.plus(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
	}

	@Test
	void countsTheWorkingDaysBetweenTwoDates() {
		assertThat(calendar.between(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 5))).isEqualTo(10);
		assertThat(calendar.between(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5))).isZero();
	}

	private static List<CalendarDay> days() {
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
			days.add(new CalendarDay(d, CalendarDay.Kind.OFF, "Tết Nguyên đán Bính Ngọ", BASIS));
		}
		days.add(new CalendarDay(LocalDate.of(2026, 4, 27), CalendarDay.Kind.OFF, "Nghỉ bù Giỗ Tổ Hùng Vương", BASIS));
		days.add(new CalendarDay(LocalDate.of(2026, 1, 10), CalendarDay.Kind.WORKING, "Làm bù (thử)", BASIS));
		return days;
	}

}
