package danvan.platform.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		return ordered(byCode);
	}

	/**
	 * Every indicator's figures for each of the units (each with its subtree) for one period, keyed by unit id in
	 * the order given, each list in catalogue order: {@link #figures} per unit, asking each source once.
	 */
	public Map<Long, List<Figure>> figuresByUnit(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		FigureQuery.requirePeriod(from, to);
		List<Long> ids = unitIds.stream().distinct().toList();
		Map<Long, Map<String, Figure>> byUnit = new LinkedHashMap<>();
		ids.forEach(id -> byUnit.put(id, new HashMap<>()));
		if (!ids.isEmpty()) {
			for (FigureSource source : sources) {
				source.figuresByUnit(ids, from, to).forEach((unitId, list) -> {
					Map<String, Figure> figuresOfUnit = byUnit.get(unitId);
					if (figuresOfUnit != null) {
						list.forEach(f -> figuresOfUnit.put(f.code(), f));
					}
				});
			}
		}
		Map<Long, List<Figure>> out = new LinkedHashMap<>();
		byUnit.forEach((unitId, byCode) -> out.put(unitId, ordered(byCode)));
		return out;
	}

	/**
	 * The figures of the given indicators only, asking only the sources that declare one of them (a by-year chart
	 * of commendations need not count dialogues five times).
	 */
	public List<Figure> figuresOf(FigureQuery query, Collection<String> codes) {
		Set<String> wanted = Set.copyOf(codes);
		Map<String, Figure> byCode = new HashMap<>();
		for (FigureSource source : sources) {
			if (source.indicators().stream().noneMatch(i -> wanted.contains(i.code()))) {
				continue;
			}
			for (Figure figure : source.figures(query)) {
				if (wanted.contains(figure.code())) {
					byCode.put(figure.code(), figure);
				}
			}
		}
		return ordered(byCode);
	}

	private List<Figure> ordered(Map<String, Figure> byCode) {
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
