package danvan.platform.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/** The catalogue of every module's indicators, and their figures for one unit and period. */
@Service
public class Figures {

	private final List<FigureSource> sources;
	private final Map<String, Indicator> catalogue = new LinkedHashMap<>();

	public Figures(List<FigureSource> sources) {
		this.sources = List.copyOf(sources);
		for (FigureSource source : this.sources) {
			for (Indicator indicator : source.indicators()) {
				if (catalogue.putIfAbsent(indicator.code(), indicator) != null) {
					throw new IllegalStateException("two sources declare the indicator " + indicator.code());
				}
			}
		}
	}

	public List<Indicator> catalogue() {
		return List.copyOf(catalogue.values());
	}

	public boolean knows(String code) {
		return catalogue.containsKey(code);
	}

	/** Every indicator's figure, in catalogue order. */
	public List<Figure> figures(FigureQuery query) {
		Map<String, Figure> byCode = new HashMap<>();
		for (FigureSource source : sources) {
			for (Figure figure : source.figures(query)) {
				byCode.put(figure.code(), figure);
			}
		}
		List<Figure> ordered = new ArrayList<>();
		for (String code : catalogue.keySet()) {
			Figure figure = byCode.get(code);
			if (figure != null) {
				ordered.add(figure);
			}
		}
		return ordered;
	}

}
