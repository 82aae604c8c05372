package danvan.oversight.inspection;

import java.util.Collection;

/** Accepted out of issued recommendations, and the rate in whole percent (none when nothing was issued). */
public record Fulfilment(long accepted, long total) {

	public static Fulfilment of(Collection<Recommendation> recommendations) {
		long accepted = recommendations.stream().filter(r -> r.getStatus() == RecommendationStatus.ACCEPTED).count();
		return new Fulfilment(accepted, recommendations.size());
	}

	public Integer percent() {
		return total == 0 ? null : (int) Math.round(100.0 * accepted / total);
	}

	public Integer getPercent() {
		return percent();
	}

	public long getAccepted() {
		return accepted;
	}

	public long getTotal() {
		return total;
	}

}
