package danvan.commendation.decision;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.platform.documents.LayoutProfile;
import danvan.platform.documents.LayoutProfiles;
import danvan.platform.documents.OfficialDocument;
import danvan.platform.documents.OfficialDocument.Appendix;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.RowGroup;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.platform.documents.OfficialDocuments;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.Issuer;
import danvan.commendation.catalog.IssuerName;

/**
 * A decision as an official document: the issuer's name as it was on the decision's date, the layout profile
 * of its kind in force then (or the issuer's own), the articles, and the list of collectives and individuals
 * with their awards and amounts as the appendix.
 */
@Component
class DecisionDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern ARTICLE = Pattern.compile("^(Điều\\s+\\d+\\.)\\s*(.*)$");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CatalogService catalog;

	private final LayoutProfiles profiles;

	private final OfficialDocuments renderer;

	private final MessageSource messages;

	DecisionDocuments(CatalogService catalog, LayoutProfiles profiles, OfficialDocuments renderer,
			MessageSource messages) {
		this.catalog = catalog;
		this.profiles = profiles;
		this.renderer = renderer;
		this.messages = messages;
	}

	LayoutProfile profileOf(Issuer issuer, LocalDate date) {
		return issuer.getProfileCode() != null ? profiles.byCode(issuer.getProfileCode())
				: profiles.forDocument(issuer.getKind(), date);
	}

	byte[] docx(Decision decision) {
		Issuer issuer = catalog.issuer(decision.getIssuerId());
		LayoutProfile profile = profileOf(issuer, decision.getDecidedOn());
		return renderer.docx(document(decision, issuer, profile), profile);
	}

	byte[] pdf(Decision decision) {
		Issuer issuer = catalog.issuer(decision.getIssuerId());
		LayoutProfile profile = profileOf(issuer, decision.getDecidedOn());
		return renderer.pdf(document(decision, issuer, profile), profile);
	}

	String correctionTitle(DecisionKind kind, String number) {
		return msg("commendation.document.correctionTitle." + kind.name(), number);
	}

	OfficialDocument document(Decision decision, Issuer issuer, LayoutProfile profile) {
		IssuerName name = issuer.nameOn(decision.getDecidedOn());
		String sample = profile.formatNumber(1, decision.getDocType(), issuer.abbreviationOn(decision.getDecidedOn()));
		String draftSuffix = sample.substring(sample.indexOf(profile.getNumberPattern().startsWith("{0}/") ? '/' : '-') + 1);
		String authority = name.getName() + (name.getParentName() == null ? "" : " " + name.getParentName());
		Signature signature = new Signature(decision.getSignerAuthority(), decision.getSignerOnBehalf(),
				decision.getSignerTitle(), decision.getSignerName());
		List<String> to = decision.recipientsToLines().isEmpty() ? List.of(msg("commendation.document.defaultTo"))
				: decision.recipientsToLines();
		return new OfficialDocument(name.getParentName(), name.getName(), decision.getNumber(), draftSuffix,
				issuer.getPlace(), decision.getDecidedOn(), msg("commendation.document.kind"), decision.getTitle(),
				authority, decision.groundLines(), decision.getProposal(), msg("commendation.document.enacting"),
				articles(decision), signature, to, issuer.getArchive(),
				decision.getRecipients().isEmpty() ? List.of() : List.of(appendix(decision, name)));
	}

	private List<Article> articles(Decision decision) {
		List<String> lines = decision.articleLines();
		if (lines.isEmpty()) {
			long collectives = decision.getRecipients().stream()
				.filter(r -> r.getRecipientKind() != RecipientKind.INDIVIDUAL).count();
			long individuals = decision.getRecipients().size() - collectives;
			String first = collectives == 0 ? msg("commendation.document.article1.individuals", two(individuals))
					: individuals == 0 ? msg("commendation.document.article1.collectives", two(collectives))
							: msg("commendation.document.article1", two(collectives), two(individuals));
			lines = List.of(msg("commendation.document.articleHeading", 1) + " " + first,
					msg("commendation.document.articleHeading", 2) + " " + msg("commendation.document.article2"),
					msg("commendation.document.articleHeading", 3) + " " + msg("commendation.document.article3"));
		}
		List<Article> articles = new ArrayList<>();
		String heading = null;
		String text = null;
		List<String> paragraphs = new ArrayList<>();
		for (String line : lines) {
			Matcher m = ARTICLE.matcher(line);
			if (m.matches()) {
				if (heading != null) {
					articles.add(new Article(heading, text, paragraphs));
				}
				heading = m.group(1);
				text = m.group(2);
				paragraphs = new ArrayList<>();
			}
			else if (heading == null) {
				heading = msg("commendation.document.articleHeading", articles.size() + 1);
				text = line;
			}
			else {
				paragraphs.add(line);
			}
		}
		if (heading != null) {
			articles.add(new Article(heading, text, paragraphs));
		}
		return articles;
	}

	private Appendix appendix(Decision decision, IssuerName name) {
		NumberFormat money = NumberFormat.getIntegerInstance(VIETNAMESE);
		List<List<String>> collectives = new ArrayList<>();
		List<List<String>> individuals = new ArrayList<>();
		for (DecisionRecipient r : decision.getRecipients()) {
			List<List<String>> into = r.getRecipientKind() == RecipientKind.INDIVIDUAL ? individuals : collectives;
			into.add(List.of(String.valueOf(into.size() + 1), r.getName(), r.getDescription() == null ? "" : r.getDescription(),
					catalog.awardType(r.getAwardTypeId()).getName(), money.format(r.getAmount() == null ? BigDecimal.ZERO : r.getAmount())));
		}
		List<RowGroup> groups = new ArrayList<>();
		if (!collectives.isEmpty()) {
			groups.add(new RowGroup(msg("commendation.document.collectives"), collectives));
		}
		if (!individuals.isEmpty()) {
			groups.add(new RowGroup((groups.isEmpty() ? "I. " : "II. ") + msg("commendation.document.individuals"),
					individuals));
		}
		if (!collectives.isEmpty()) {
			groups.set(0, new RowGroup("I. " + groups.get(0).heading(), collectives));
		}
		String of = decision.getNumber() == null ? msg("commendation.document.ofDraft", name.getName())
				: msg("commendation.document.of", decision.getNumber(), DATE.format(decision.getDecidedOn()),
						name.getName() + (name.getParentName() == null ? "" : " " + name.getParentName()));
		return new Appendix(msg("commendation.document.listTitle"), of,
				List.of(new Column(msg("commendation.document.no"), 7, "CENTER"),
						new Column(msg("commendation.document.name"), 28, "LEFT"),
						new Column(msg("commendation.document.description"), 30, "LEFT"),
						new Column(msg("commendation.document.award"), 20, "LEFT"),
						new Column(msg("commendation.document.amount"), 15, "RIGHT")),
				groups);
	}

	private static String two(long n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
