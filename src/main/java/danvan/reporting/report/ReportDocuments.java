package danvan.reporting.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.PrintedHeading;
import danvan.platform.AppClock;
import danvan.platform.documents.DocumentFamily;
import danvan.platform.documents.LayoutProfile;
import danvan.platform.documents.LayoutProfiles;
import danvan.platform.documents.OfficialDocument;
import danvan.platform.documents.OfficialDocument.Appendix;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.RowGroup;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.documents.SigningAuthority;

/**
 * A report as the Party document it is printed as: the issuing body with the body above it, "Số …-BC/…", place
 * and date, "BÁO CÁO" and its title, each section with its narrative and the figures it carries (with the
 * previous period's), the signature left for the signer, recipients; the figures by section as an appendix.
 */
@Component
public class ReportDocuments {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final OfficialDocuments renderer;

	private final LayoutProfiles profiles;


	private final PrintedHeading headings;

	private final IndicatorNames names;

	private final ReportCharts charts;

	ReportDocuments(OfficialDocuments renderer, LayoutProfiles profiles, PrintedHeading headings,
			IndicatorNames names, ReportCharts charts) {
		this.renderer = renderer;
		this.profiles = profiles;
		this.headings = headings;
		this.names = names;
		this.charts = charts;
	}

	@Transactional(readOnly = true)
	public byte[] docx(Report report) {
		LayoutProfile profile = profileOf(report);
		return renderer.docx(document(report, profile), profile);
	}

	@Transactional(readOnly = true)
	public byte[] pdf(Report report) {
		LayoutProfile profile = profileOf(report);
		return renderer.pdf(document(report, profile), profile);
	}

	private LayoutProfile profileOf(Report report) {
		return profiles.forDocument(DocumentFamily.PARTY, day(report));
	}

	OfficialDocument document(Report report, LayoutProfile profile) {
		PrintedHeading.Heading heading = headings.of(report.getIssuerUnitId());
		ReportCharts.Drawn drawn = charts.draw(report, profile);
		List<Article> sections = new ArrayList<>();
		for (ReportSection section : report.getSections()) {
			List<String> paragraphs = new ArrayList<>(paragraphs(section.getNarrative()));
			String first = paragraphs.isEmpty() ? "" : paragraphs.remove(0);
			for (ReportFigure figure : report.getFigures()) {
				// a charted figure is printed in the table under its chart; an override's note stays in the text
				if (figure.getSectionOrder() == section.getSortOrder()
						&& (!drawn.draws(section.getSortOrder(), figure.getCode()) || figure.isOverridden())) {
					paragraphs.add(figureLine(figure));
				}
			}
			for (ReportQuote quote : report.getQuotes()) {
				if (quote.getSectionOrder() == section.getSortOrder() && !quote.isRecommendation()) {
					paragraphs.add(msg("reporting.document.quote", quote.getSourceLabel(), quote.getExcerpt()));
				}
			}
			if (section.isCollectsRecommendations()) {
				paragraphs.addAll(paragraphs(report.getRecommendations()));
				for (ReportQuote quote : report.getQuotes()) {
					if (quote.isRecommendation()) {
						paragraphs.add(msg("reporting.document.recommendation", quote.getSourceLabel(),
								quote.getExcerpt().replaceAll("\\s+", " ")));
					}
				}
			}
			sections.add(new Article(section.getHeading(), first, paragraphs, drawn.of(section.getSortOrder())));
		}
		Signature signature = new Signature(SigningAuthority.DIRECT, null, msg("reporting.document.signerTitle"), "");
		return new OfficialDocument(heading.parentBody(), heading.issuer(), report.getNumber(),
				msg("reporting.document.numberSuffix"), heading.place(), day(report), msg("reporting.document.kind"), report.getTitle(), null,
				List.of(), null, null, sections, signature, List.of(msg("reporting.document.recipientAbove")),
				msg("reporting.document.archive"), List.of(appendix(report)));
	}

	private Appendix appendix(Report report) {
		List<Column> columns = List.of(new Column(msg("reporting.figures.indicator"), 52, "LEFT"),
				new Column(msg("reporting.document.thisPeriod"), 16, "RIGHT"),
				new Column(msg("reporting.document.previousPeriod"), 16, "RIGHT"),
				new Column(msg("reporting.figures.measure"), 16, "CENTER"));
		List<RowGroup> groups = new ArrayList<>();
		for (ReportSection section : report.getSections()) {
			List<List<String>> rows = report.getFigures()
				.stream()
				.filter(f -> f.getSectionOrder() == section.getSortOrder())
				.map(f -> List.of(name(f.getCode()), number(f.value()) + (f.isOverridden() ? " *" : ""),
						f.getPreviousValue() == null ? "" : number(f.getPreviousValue()), measure(f.getCode())))
				.toList();
			if (!rows.isEmpty()) {
				groups.add(new RowGroup(section.getHeading(), rows));
			}
		}
		return new Appendix(msg("reporting.document.appendixTitle"), report.getTitle(), columns, groups);
	}

	private String figureLine(ReportFigure figure) {
		String line = "- " + name(figure.getCode()) + ": " + number(figure.value()) + " " + measure(figure.getCode());
		if (figure.getPreviousValue() != null) {
			line += " (" + msg("reporting.document.previousPeriod").toLowerCase(VI) + ": "
					+ number(figure.getPreviousValue()) + ")";
		}
		if (figure.isOverridden()) {
			line += " — " + msg("reporting.document.overridden", figure.getOverrideNote());
		}
		return line + ".";
	}

	private String name(String code) {
		return names.name(code);
	}

	private String measure(String code) {
		return names.measure(code);
	}

	private static List<String> paragraphs(String narrative) {
		return narrative == null ? List.of()
				: narrative.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static String number(BigDecimal value) {
		return IndicatorNames.number(value);
	}

	private static LocalDate day(Report report) {
		return report.getCompiledAt().atZone(AppClock.VIETNAM).toLocalDate();
	}

	private String msg(String key, Object... args) {
		return names.msg(key, args);
	}

}
