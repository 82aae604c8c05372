package danvan.org;

/** A length of service in whole months, shown as years and months; medal rules compare its years. */
public record ServiceLength(long totalMonths) {

	public long years() {
		return totalMonths / 12;
	}

	public long months() {
		return totalMonths % 12;
	}

}
