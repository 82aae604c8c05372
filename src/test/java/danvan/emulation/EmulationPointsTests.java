package danvan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmulationPointsTests {

	@Test
	void readsNumbersTheWayPeopleTypeThem() {
		assertThat(Points.parse("7,5")).isEqualByComparingTo("7.5");
		assertThat(Points.parse(" 8 ")).isEqualByComparingTo("8");
		assertThat(Points.parse("10.25")).isEqualByComparingTo("10.25");
		assertThat(Points.parse("1 2")).isEqualByComparingTo("12");
	}

	@Test
	void refusesWhatIsNotANumber() {
		assertThat(Points.parse("bảy")).isNull();
		assertThat(Points.parse("")).isNull();
		assertThat(Points.parse("7,5,1")).isNull();
		assertThat(Points.parse("#VALUE!")).isNull();
		assertThat(Points.parse("1e9")).isNull();
	}

}
