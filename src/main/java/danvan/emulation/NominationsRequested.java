package danvan.emulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The board asked, from a movement's published results, to nominate units for commendation; the
 * commendation module picks this up. {@code rule} is how they were chosen (EXCELLENT or TOP_PER_CLUSTER); the
 * organiser is the unit that proposes them.
 */
public record NominationsRequested(Long movementId, String movementName, Long organiserUnitId, int revisionNo, String rule, List<Nominee> nominees, String actor) {

	public record Nominee(Long unitId, String unitName, String cluster, BigDecimal total, int rank, int clusterRank,
			String classification) {
	}

}
