package danvan.dialogue.petition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.PrintedHeading;
import danvan.platform.documents.DocumentFamily;
import danvan.platform.documents.LayoutProfile;
import danvan.platform.documents.LayoutProfiles;
import danvan.platform.documents.OfficialDocument;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.documents.SigningAuthority;
import danvan.platform.security.Actor;
import danvan.platform.site.SiteIdentities;

/**
 * The receipt handed to the citizen (Giấy biên nhận, Mẫu 02/TCD of Nghị định 154/2026/NĐ-CP, Điều 15): who handed
 * in what, when and where, and the tracking code and secret with the reply due date. It names the petitioner, so
 * only the petition's handlers print it, and each print is audited as a reading of personal data.
 */
@Component
public class ReceiptDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm");

	private final PetitionService petitions;

	private final PrintedHeading headings;

	private final LayoutProfiles profiles;

	private final OfficialDocuments renderer;

	private final SiteIdentities site;

	private final MessageSource messages;

	ReceiptDocuments(PetitionService petitions, PrintedHeading headings, LayoutProfiles profiles,
			OfficialDocuments renderer, SiteIdentities site, MessageSource messages) {
		this.petitions = petitions;
		this.headings = headings;
		this.profiles = profiles;
		this.renderer = renderer;
		this.site = site;
		this.messages = messages;
	}

	public byte[] pdf(Actor actor, Petition petition) {
		return renderer.pdf(document(actor, petition), profile(petition));
	}

	public byte[] docx(Actor actor, Petition petition) {
		return renderer.docx(document(actor, petition), profile(petition));
	}

	/** "Giay bien nhan 2026-0042.pdf". */
	public static String fileName(Petition petition, String extension) {
		return "Giay bien nhan " + petition.getTrackingCode() + "." + extension;
	}

	private LayoutProfile profile(Petition petition) {
		return profiles.forDocument(DocumentFamily.PARTY, petition.getReceivedOn());
	}

	OfficialDocument document(Actor actor, Petition petition) {
		Petitioner who = petitions.petitioner(actor, petition)
			.orElseThrow(() -> new AccessDeniedException("dialogue: the receipt is for the petition's handlers"));
		String secret = petitions.trackingSecret(actor, petition).orElse("");
		PrintedHeading.Heading heading = headings.of(petition.getUnitId());
		LocalDate on = petition.getReceivedOn();
		String time = petition.getCreatedAt() == null ? ""
				: TIME.format(petition.getCreatedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		boolean sameDay = petition.getCreatedAt() != null
				&& petition.getCreatedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().equals(on);
		List<Article> lines = new ArrayList<>();
		lines.add(new Article("", sameDay ? msg("dialogue.receipt.when", time, DATE.format(on), heading.issuer())
				: msg("dialogue.receipt.whenDay", DATE.format(on), heading.issuer()), List.of()));
		lines.add(new Article(msg("dialogue.receipt.from"), who.name(), List.of()));
		lines.add(new Article(msg("dialogue.receipt.identity"), blank(who.identityNumber()), List.of()));
		lines.add(new Article(msg("dialogue.receipt.address"), blank(who.address()), List.of()));
		lines.add(new Article(msg("dialogue.receipt.items"), "",
				List.of(msg("dialogue.receipt.item", msg("dialogue.petitionKind." + petition.getKind()).toLowerCase(VIETNAMESE),
						petition.getPeople(), abbreviate(petition.getContent())))));
		lines.add(new Article(msg("dialogue.receipt.tracking"), msg("dialogue.receipt.trackingText",
				petition.getTrackingCode(), secret, site.current().absolute("/kien-nghi/tra-cuu")), List.of()));
		lines.add(new Article(msg("dialogue.receipt.due"), msg("dialogue.receipt.dueText", DATE.format(petition.getReplyDue())),
				List.of(msg("dialogue.receipt.copies"))));
		Signature signature = new Signature(SigningAuthority.DIRECT, null, msg("dialogue.receipt.receiver"), "");
		return new OfficialDocument(heading.parentBody(), heading.issuer(), null, msg("dialogue.receipt.numberSuffix"),
				heading.place(), on, msg("dialogue.receipt.kind"), msg("dialogue.receipt.summary"), null, List.of(), null,
				null, lines, signature, List.of(msg("dialogue.receipt.toCitizen")), msg("dialogue.receipt.archive"),
				List.of());
	}

	private String blank(String value) {
		return value == null || value.isBlank() ? msg("dialogue.receipt.none") : value;
	}

	private static String abbreviate(String content) {
		String text = content == null ? "" : content.strip();
		return text.length() > 600 ? text.substring(0, 600) + "…" : text;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
