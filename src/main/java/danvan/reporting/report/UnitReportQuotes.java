package danvan.reporting.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;

/**
 * What a board's report quotes from its units: for every accepted report of the same kind by a unit under it,
 * whose period lies within the board's, an excerpt of each section's narrative (under the same section) and the
 * unit's recommendations (under the section that collects them), each with its source.
 */
@Component
class UnitReportQuotes {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final ReportRepository reports;

	private final OrgDirectory org;

	private final MessageSource messages;

	private final int length;

	UnitReportQuotes(ReportRepository reports, OrgDirectory org, MessageSource messages,
			@Value("${danvan.reporting.quote-length:600}") int length) {
		this.reports = reports;
		this.org = org;
		this.messages = messages;
		this.length = length;
	}

	List<Report.Quoted> quotesFor(Report board) {
		List<Report> sources = reports
			.findByKindCodeAndStatusAndPeriodFromGreaterThanEqualAndPeriodToLessThanEqual(board.getKindCode(),
					ReportStatus.ACCEPTED, board.getPeriodFrom(), board.getPeriodTo())
			.stream()
			.filter(r -> !r.getUnitId().equals(board.getUnitId()) && org.isWithin(r.getUnitId(), board.getUnitId()))
			.sorted(Comparator.comparing(Report::getPeriodFrom).thenComparing(r -> org.nameOf(r.getUnitId()).orElse("")))
			.toList();
		int collecting = board.getSections()
			.stream()
			.filter(ReportSection::isCollectsRecommendations)
			.map(ReportSection::getSortOrder)
			.findFirst()
			.orElse(board.getSections().isEmpty() ? 0 : board.getSections().get(board.getSections().size() - 1).getSortOrder());
		List<Report.Quoted> out = new ArrayList<>();
		for (ReportSection section : board.getSections()) {
			for (Report source : sources) {
				source.getSections()
					.stream()
					.filter(s -> s.getSortOrder() == section.getSortOrder() && !s.getNarrative().isBlank())
					.findFirst()
					.ifPresent(s -> out.add(new Report.Quoted(section.getSortOrder(), ReportQuote.NARRATIVE, source,
							label(source), excerpt(s.getNarrative()))));
			}
			if (section.getSortOrder() == collecting) {
				for (Report source : sources) {
					if (!source.getRecommendations().isBlank()) {
						// recommendations are quoted whole: the board answers each of them
						out.add(new Report.Quoted(collecting, ReportQuote.RECOMMENDATION, source, label(source),
								source.getRecommendations()));
					}
				}
			}
		}
		return out;
	}

	private String label(Report source) {
		String unit = org.nameOf(source.getUnitId()).orElse("");
		return source.getNumber() == null
				? messages.getMessage("reporting.quote.source", new Object[] { unit, source.getPeriodLabel() }, VI)
				: messages.getMessage("reporting.quote.sourceNumbered",
						new Object[] { unit, source.getNumber(), source.getPeriodLabel() }, VI);
	}

	private String excerpt(String narrative) {
		String text = narrative.strip().replaceAll("\\s+", " ");
		if (text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length);
		return text.substring(0, cut > length / 2 ? cut : length) + " …";
	}

}
