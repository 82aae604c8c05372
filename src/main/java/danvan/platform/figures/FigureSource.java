package danvan.platform.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a module contributes to the indicator catalogue. Declare a bean in the module. {@link #figures} returns
 * one figure for each of {@link #indicators()}; the caller has already checked that the reader may see the unit.
 */
public interface FigureSource {

	List<Indicator> indicators();

	List<Figure> figures(FigureQuery query);

	/**
	 * The figures of many units (each with its subtree) for one period, keyed by unit id in the order given: what
	 * {@link #figures} returns for each of them. The default asks {@link #figures} once per unit; a source that
	 * can read the period's records once and share them between the units overrides it.
	 */
	default Map<Long, List<Figure>> figuresByUnit(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		Map<Long, List<Figure>> out = new LinkedHashMap<>();
		for (Long unitId : unitIds) {
			out.put(unitId, figures(new FigureQuery(unitId, from, to)));
		}
		return out;
	}

}
