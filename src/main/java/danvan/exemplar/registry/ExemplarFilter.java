package danvan.exemplar.registry;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.RecognitionLevel;

/**
 * What a list is narrowed to; every part optional. {@code year} is the year of registration, {@code unitId} a
 * subtree (through mergers), {@code q} words matched without accents.
 */
public record ExemplarFilter(String q, ExemplarKind kind, String field, RecognitionLevel level, Long unitId,
		String stage, ExemplarStatus status, Integer year, String sort) {

	public static ExemplarFilter none() {
		return new ExemplarFilter(null, null, null, null, null, null, null, null, null);
	}

	public static ExemplarFilter of(String q, String field, ExemplarStatus status, String stage, Long unitId) {
		return new ExemplarFilter(q, null, field, null, unitId, stage, status, null, null);
	}

}
