package danvan.exemplar;

import java.util.List;

/**
 * The board closed a stage review: the exemplars honoured (tuyên dương) at the stage conference, the list a
 * commendation nomination starts from. The {@code commendation} module may consume it like emulation's
 * {@code NominationsRequested}.
 */
public record ExemplarsHonoured(String stageCode, Long unitId, List<Honouree> honourees, String actor) {

	/** One honoured exemplar: a unit's model, a collective, or an official of the unit for an individual. */
	public record Honouree(Long exemplarId, String name, ExemplarKind kind, Long unitId, Long officialId,
			RecognitionLevel level, boolean typical, boolean sustained) {
	}

}
