package danvan.exemplar.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;


/** The exemplar counts and outcome sums a report quotes, per unit subtree and period. */
@Component
class ExemplarFigures implements FigureSource {

	static final String LIST = "/exemplar/exemplars";

	private static final String COUNT = "exemplar.measure.exemplars";

	private final AnnualReview review;

	ExemplarFigures(AnnualReview review) {
		this.review = review;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(new Indicator("exemplar.registered", "exemplar.figure.registered", COUNT),
				new Indicator("exemplar.recognised", "exemplar.figure.recognised", COUNT),
				new Indicator("exemplar.recognised.models", "exemplar.figure.recognisedModels", COUNT),
				new Indicator("exemplar.recognised.exemplars", "exemplar.figure.recognisedExemplars", COUNT),
				new Indicator("exemplar.typical", "exemplar.figure.typical", COUNT),
				new Indicator("exemplar.honoured", "exemplar.figure.honoured", COUNT),
				new Indicator("exemplar.improved", "exemplar.figure.improved", COUNT),
				new Indicator("exemplar.outcome.people", "exemplar.figure.people", "platform.figures.measure.people"),
				new Indicator("exemplar.outcome.money", "exemplar.figure.money", "platform.figures.measure.vnd"));
	}

	@Override
	public List<Figure> figures(FigureQuery query) {
		return figuresOf(query.unitId(), review.between(query.from(), query.to(), query.unitId(), query.from().getYear()));
	}

	/** The period's steps read once for all the units. */
	@Override
	public java.util.Map<Long, List<Figure>> figuresByUnit(java.util.Collection<Long> unitIds, java.time.LocalDate from,
			java.time.LocalDate to) {
		java.util.Map<Long, List<Figure>> out = new java.util.LinkedHashMap<>();
		review.betweenByUnit(from, to, unitIds, from.getYear()).forEach((unitId, s) -> out.put(unitId, figuresOf(unitId, s)));
		return out;
	}

	private static List<Figure> figuresOf(Long unitId, AnnualReview.Summary s) {
		String path = LIST + "?unit=" + unitId;
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.of("exemplar.registered", s.registered().total(), path));
		figures.add(Figure.of("exemplar.recognised", s.recognised().total(), path + "&status=RECOGNISED"));
		figures.add(Figure.of("exemplar.recognised.models", s.recognised().models(), path + "&status=RECOGNISED&kind=MODEL"));
		figures.add(Figure.of("exemplar.recognised.exemplars", s.recognised().exemplars(), path + "&status=RECOGNISED"));
		figures.add(Figure.of("exemplar.typical", s.typical().total(), path + "&status=RECOGNISED"));
		figures.add(Figure.of("exemplar.honoured", s.honoured().total(), path));
		figures.add(Figure.of("exemplar.improved", s.improved().total(), path));
		figures.add(new Figure("exemplar.outcome.people", s.figures().getOrDefault("PEOPLE", BigDecimal.ZERO), path));
		figures.add(new Figure("exemplar.outcome.money", s.figures().getOrDefault("MONEY", BigDecimal.ZERO), path));
		return figures;
	}

}
