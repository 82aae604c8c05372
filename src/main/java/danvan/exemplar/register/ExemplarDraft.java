package danvan.exemplar.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import danvan.exemplar.ExemplarKind;

/**
 * What a registration form says: kind, name, unit (and the official for an individual), field, the ten items of
 * the form, the outcome figures by indicator code and the location.
 */
public record ExemplarDraft(ExemplarKind kind, String name, Long unitId, Long officialId, String fieldCode,
		String situation, String objectives, String contentMethod, String areaBeneficiaries, String forcesLead,
		String forcesPartners, String forcesParticipants, BigDecimal resourceMoney, Integer resourcePeople,
		Integer resourceWorkdays, String resourceSocialised, LocalDate startsOn, LocalDate endsOn,
		LocalDate evaluationDue, String outputs, String sustainability, String location, BigDecimal latitude,
		BigDecimal longitude, Map<String, BigDecimal> figures) {

	public ExemplarDraft {
		figures = figures == null ? Map.of() : Map.copyOf(figures);
	}

	/** The short form the import and the demo use: the essentials and the figures. */
	public static ExemplarDraft brief(ExemplarKind kind, String name, Long unitId, String fieldCode, String situation,
			String contentMethod, LocalDate startsOn, Map<String, BigDecimal> figures) {
		return new ExemplarDraft(kind, name, unitId, null, fieldCode, situation, null, contentMethod, null, null, null,
				null, null, null, null, null, startsOn, null, null, null, null, null, null, null, figures);
	}

}
