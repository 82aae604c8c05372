package danvan.emulation.results;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import danvan.org.OrgDirectory;

/**
 * The results as a PDF in the layout a board prints: the Party document header (the organising body on the
 * left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right), the title, whether the results are
 * provisional or which revision was published, the table — the same rows in the same order as
 * {@link ResultSheetExporter} — with the header row repeated on every page, and the signature block.
 * Rendered from the Thymeleaf template {@code emulation/results/print} (every value escaped by
 * {@code th:text}) with Liberation Serif, shipped in {@code resources/fonts} and embedded, so Vietnamese
 * prints the same on any machine.
 */
@Component
public class ResultPdfExporter {

	static final String FONT_FAMILY = "Liberation Serif";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int CACHED_REVISIONS = 20;

	/** The place in a committee's name: "Huyện ủy Châu Thành", "Đảng ủy xã Bình Đức" → "Châu Thành", "Bình Đức". */
	private static final Pattern PLACE = Pattern.compile(
			"(?:^|\\s)(?:tỉnh|thành|huyện|quận|thị|đảng)\\s+(?:ủy|uỷ)\\s+(?:(?:xã|phường|thị trấn|đặc khu)\\s+)?(\\S.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	static {
		// openhtmltopdf writes half a dozen INFO lines per document to its own console handler: keep its warnings.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	/** What the header and signature block say about the organiser; upper-cased as printed. */
	public record Heading(String superior, String body, String place, String day, String month, String year,
			String publishedOn) {
	}

	private final ITemplateEngine templates;

	private final OrgDirectory org;

	private final Clock clock;

	private final String configuredPlace;

	private final Cache<String, byte[]> published = Caffeine.newBuilder().maximumSize(CACHED_REVISIONS).build();

	private final byte[] regular;

	private final byte[] italic;

	private final byte[] bold;

	ResultPdfExporter(ITemplateEngine templates, OrgDirectory org, Clock clock,
			@Value("${danvan.emulation.print-place:}") String configuredPlace) {
		this.templates = templates;
		this.org = org;
		this.clock = clock;
		this.configuredPlace = configuredPlace == null ? "" : configuredPlace.trim();
		this.regular = font("LiberationSerif-Regular.ttf");
		this.italic = font("LiberationSerif-Italic.ttf");
		this.bold = font("LiberationSerif-Bold.ttf");
	}

	/**
	 * The PDF in Vietnamese, or in English for an English reader. A published revision never changes and prints
	 * with its publication date, so its PDF is kept in memory once rendered: 3,321 rows take seconds to lay out,
	 * and the public page offers it to anyone.
	 */
	public byte[] export(ResultService.Results results, Locale locale) {
		Locale language = "en".equals(locale == null ? null : locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
		if (results.provisional()) {
			return render(results, language);
		}
		return published.get(results.movement().getId() + "/" + results.revision().getRevisionNo() + "/"
				+ language.getLanguage(), key -> render(results, language));
	}

	private byte[] render(ResultService.Results results, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("results", results);
		context.setVariable("movement", results.movement());
		context.setVariable("heading", heading(results));
		String html = templates.process("emulation/results/print", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(italic), FONT_FAMILY, 400, FontStyle.ITALIC, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
			builder.withProducer("danvan");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The superior body ("HUYỆN ỦY CHÂU THÀNH") above the organiser's own name without it ("BAN DÂN VẬN"); the
	 * place from {@code danvan.emulation.print-place}, else from the committee named in the organiser or its
	 * superior; the date of publication, or today for provisional results.
	 */
	Heading heading(ResultService.Results results) {
		Long organiserId = results.movement().getOrganiserUnitId();
		String organiser = org.nameOf(organiserId).orElse("");
		Optional<String> superior = org.parentOf(organiserId).map(OrgDirectory.UnitRef::name);
		String body = superior.filter(s -> organiser.length() > s.length()
				&& organiser.toLowerCase(VIETNAMESE).endsWith(" " + s.toLowerCase(VIETNAMESE)))
			.map(s -> organiser.substring(0, organiser.length() - s.length()).trim())
			.orElse(organiser);
		String place = !configuredPlace.isEmpty() ? configuredPlace
				: placeIn(organiser).or(() -> superior.flatMap(ResultPdfExporter::placeIn)).orElse("");
		LocalDate date = results.provisional() ? LocalDate.now(clock)
				: results.revision().getPublishedAt().atZone(clock.getZone()).toLocalDate();
		// As official documents write it: a day below 10 and the months January and February with a leading zero.
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return new Heading(superior.map(s -> s.toUpperCase(VIETNAMESE)).orElse(null), body.toUpperCase(VIETNAMESE),
				place.isEmpty() ? "……" : place, day, month, String.valueOf(date.getYear()),
				DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
	}

	public static Optional<String> placeIn(String name) {
		Matcher m = PLACE.matcher(name);
		return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
	}

	private static byte[] font(String file) {
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("font " + file + " missing from the classpath", e);
		}
	}

}
