package danvan.oversight.inspection;

/**
 * Where a recommendation stands. {@code OVERDUE} is never stored: it is how an unmet recommendation past its due
 * date reads.
 */
public enum RecommendationStatus {

	NOT_STARTED, IN_PROGRESS, REPORTED_DONE, ACCEPTED, OVERDUE

}
