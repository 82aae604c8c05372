package danvan.dialogue.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.org.PrintedHeading;
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
 * The reception register (Sổ tiếp công dân, Mẫu 03/TCD) of a unit for a period as Word and PDF, through the shared
 * renderer: a cover in the Party layout of the period's end, and the 13 columns of the form as its table.
 */
@Component
public class RegisterDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Shares of the page width, by column of the form; what is left takes the cells' padding. */
	private static final int[] WIDTHS = { 3, 6, 11, 7, 14, 6, 5, 6, 5, 7, 8, 8, 6 };

	private final PrintedHeading headings;

	private final LayoutProfiles profiles;

	private final OfficialDocuments renderer;

	private final MessageSource messages;

	RegisterDocuments(PrintedHeading headings, LayoutProfiles profiles, OfficialDocuments renderer,
			MessageSource messages) {
		this.headings = headings;
		this.profiles = profiles;
		this.renderer = renderer;
		this.messages = messages;
	}

	public byte[] pdf(Long unitId, LocalDate from, LocalDate to, List<ReceptionRegister.Row> rows) {
		return renderer.pdf(document(unitId, from, to, rows), profile(to));
	}

	public byte[] docx(Long unitId, LocalDate from, LocalDate to, List<ReceptionRegister.Row> rows) {
		return renderer.docx(document(unitId, from, to, rows), profile(to));
	}

	private LayoutProfile profile(LocalDate to) {
		return profiles.forDocument(DocumentFamily.PARTY, to);
	}

	OfficialDocument document(Long unitId, LocalDate from, LocalDate to, List<ReceptionRegister.Row> rows) {
		PrintedHeading.Heading heading = headings.of(unitId);
		String period = msg("dialogue.register.document.period", DATE.format(from), DATE.format(to));
		List<Article> cover = List.of(new Article("", msg("dialogue.register.document.cover", rows.size(),
				rows.stream().mapToInt(ReceptionRegister.Row::people).sum(), DATE.format(from), DATE.format(to)),
				List.of()));
		List<Column> columns = new ArrayList<>();
		for (int c = 0; c < WIDTHS.length; c++) {
			columns.add(new Column(msg("dialogue.register.col" + (c + 1)), WIDTHS[c], c == 0 || c == 6 || c == 8 ? "CENTER" : "LEFT"));
		}
		List<List<String>> lines = new ArrayList<>(rows.size());
		for (ReceptionRegister.Row r : rows) {
			lines.add(java.util.Arrays.asList(String.valueOf(r.number()), DATE.format(r.receivedOn()), r.nameAndAddress(),
					r.identity(), r.content(), msg("dialogue.petitionKind." + r.kind()), String.valueOf(r.people()),
					r.priorHandling(), r.ownCompetence() ? "x" : "", r.guidance(), r.referredTo(), r.result(), r.note()));
		}
		Appendix table = new Appendix(msg("dialogue.register.heading"), msg("dialogue.register.periodOf",
				heading.issuer(), DATE.format(from), DATE.format(to)), columns,
				List.of(new RowGroup(null, lines)), true);
		Signature signature = new Signature(SigningAuthority.DIRECT, null, msg("dialogue.register.document.keeper"), "");
		return new OfficialDocument(heading.parentBody(), heading.issuer(), null, null, heading.place(), to,
				msg("dialogue.register.heading"), period, null, List.of(), null, null, cover,
				signature, List.of(), null, List.of(table));
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
