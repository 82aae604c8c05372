package danvan.platform.figures;

import java.util.List;

/**
 * What a module contributes to the indicator catalogue. Declare a bean in the module. {@link #figures} returns
 * one figure for each of {@link #indicators()}; the caller has already checked that the reader may see the unit.
 */
public interface FigureSource {

	List<Indicator> indicators();

	List<Figure> figures(FigureQuery query);

}
