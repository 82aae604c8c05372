package danvan.oversight.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.org.PrintedHeading;
import danvan.oversight.Topics;
import danvan.platform.documents.DocumentFamily;
import danvan.platform.documents.LayoutProfile;
import danvan.platform.documents.LayoutProfiles;
import danvan.platform.documents.OfficialDocument;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.documents.SigningAuthority;
import danvan.platform.web.RuleViolationException;

/**
 * The decision setting up the team and the conclusion notice (thông báo kết luận) of an inspection, in the Party
 * layout in force on their dates, through the shared renderer.
 */
@Component
public class InspectionDocuments {

	public enum Kind {

		DECISION, CONCLUSION

	}

	/** The parts of a conclusion are numbered in order, whichever are written (causes may be left out). */
	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final LayoutProfiles profiles;

	private final OfficialDocuments renderer;

	private final OrgDirectory org;

	private final Topics topics;

	private final RecommendationRepository recommendations;

	private final MessageSource messages;

	private final PrintedHeading headings;

	InspectionDocuments(LayoutProfiles profiles, OfficialDocuments renderer, OrgDirectory org, Topics topics,
			RecommendationRepository recommendations, MessageSource messages, PrintedHeading headings) {
		this.headings = headings;
		this.profiles = profiles;
		this.renderer = renderer;
		this.org = org;
		this.topics = topics;
		this.recommendations = recommendations;
		this.messages = messages;
	}

	public byte[] pdf(Inspection i, Kind kind) {
		LayoutProfile profile = profiles.forDocument(DocumentFamily.PARTY, dateOf(i, kind));
		return renderer.pdf(document(i, kind), profile);
	}

	public byte[] docx(Inspection i, Kind kind) {
		LayoutProfile profile = profiles.forDocument(DocumentFamily.PARTY, dateOf(i, kind));
		return renderer.docx(document(i, kind), profile);
	}

	/** "Quyet dinh 17-QD-BDVHU" — the number with what a file name cannot hold replaced. */
	public String fileName(Inspection i, Kind kind, String extension) {
		String number = kind == Kind.DECISION ? i.getDecisionNumber() : i.getConclusionNumber();
		String base = (kind == Kind.DECISION ? "Quyet dinh " : "Thong bao ket luan ")
				+ (number == null ? "du thao" : number.replace('/', '-'));
		return java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replace('Đ', 'D').replace('đ', 'd') + "." + extension;
	}

	private LocalDate dateOf(Inspection i, Kind kind) {
		LocalDate date = kind == Kind.DECISION ? i.getDecisionDate() : i.getConclusionDate();
		if (date == null) {
			throw new RuleViolationException(kind == Kind.DECISION ? "oversight.document.noDecision"
					: "oversight.document.noConclusion");
		}
		return date;
	}

	private String addressee(Recommendation r) {
		String unit = org.nameOf(r.getAddresseeUnitId()).orElse("");
		return r.getAddresseeOfficialId() == null ? unit
				: msg("oversight.document.official", org.official(r.getAddresseeOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(""), unit);
	}

	OfficialDocument document(Inspection i, Kind kind) {
		LocalDate date = dateOf(i, kind);
		PrintedHeading.Heading heading = headings.of(i.getBodyUnitId());
		String body = org.nameOf(i.getBodyUnitId()).orElse("");
		String parent = heading.parentBody();
		String issuer = heading.issuer();
		String place = heading.place();
		String what = msg("oversight.kind." + i.getKind());
		List<String> subjectsInspected = new ArrayList<>(i.inspectedUnitList().stream().map(u -> org.nameOf(u).orElse("")).toList());
		i.getInspectedOfficials().forEach(o -> subjectsInspected.add(msg("oversight.document.official",
				org.official(o.getOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(""),
				org.nameOf(o.getUnitId()).orElse(""))));
		String units = String.join(", ", subjectsInspected);
		String subjects = String.join(", ", i.topicList().stream().map(topics::nameOf).toList());
		String head = i.headOfficialId() == null ? null
				: org.official(i.headOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(null);
		Signature signature = new Signature(SigningAuthority.DIRECT, null, msg("oversight.document.signerTitle"), head);
		List<String> to = new ArrayList<>(i.concernedUnitIds().stream().map(u -> org.nameOf(u).orElse("")).toList());
		if (kind == Kind.DECISION) {
			List<String> grounds = new ArrayList<>();
			if (i.getGrounds() != null) {
				grounds.add(i.getGrounds());
			}
			grounds.add(msg("oversight.document.decision.ground", what.toLowerCase(VIETNAMESE)));
			List<String> members = i.getTeam()
				.stream()
				.map(m -> msg("oversight.document.member", org.official(m.getOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(""),
						msg("oversight.teamRole." + m.getTeamRole())))
				.toList();
			List<Article> articles = List.of(
					new Article(msg("oversight.document.article", 1), msg("oversight.document.decision.article1", what.toLowerCase(VIETNAMESE)), members),
					new Article(msg("oversight.document.article", 2), msg("oversight.document.decision.article2", what.toLowerCase(VIETNAMESE),
							units, subjects, DATE.format(i.getWorkFrom())), List.of()),
					new Article(msg("oversight.document.article", 3), msg("oversight.document.decision.article3"), List.of()));
			return new OfficialDocument(parent, issuer, i.getDecisionNumber(), "QĐ", place, date,
					msg("oversight.document.decision.kind"), msg("oversight.document.decision.summary", what.toLowerCase(VIETNAMESE), i.getTitle()),
					body, grounds, null, msg("oversight.document.decision.enacting"), articles, signature, to,
					msg("oversight.document.archive"), List.of());
		}
		List<String> recs = new ArrayList<>();
		int n = 0;
		for (Recommendation r : recommendations.findByInspectionIdOrderById(i.getId())) {
			recs.add(msg("oversight.document.recommendation", ++n, r.getText(), addressee(r),
					DATE.format(r.getDue())));
		}
		List<Article> sections = new ArrayList<>();
		sections.add(new Article("", msg("oversight.document.conclusion.intro",
				i.getDecisionNumber() == null ? "" : i.getDecisionNumber(), what.toLowerCase(VIETNAMESE), units,
				DATE.format(i.getWorkFrom()), DATE.format(i.getWorkTo() == null ? i.getWorkFrom() : i.getWorkTo())), List.of()));
		List<String> headed = new ArrayList<>(List.of("strengths", "shortcomings"));
		if (i.getCauses() != null && !i.getCauses().isBlank()) {
			headed.add("causes");
		}
		headed.add("recommendations");
		for (int k = 0; k < headed.size(); k++) {
			String part = headed.get(k);
			String text = switch (part) {
				case "strengths" -> nz(i.getStrengths());
				case "shortcomings" -> nz(i.getShortcomings());
				case "causes" -> i.getCauses();
				default -> "";
			};
			sections.add(new Article(ROMAN[k] + ". " + msg("oversight.document.conclusion." + part), text,
					part.equals("recommendations") ? recs : List.of()));
		}
		return new OfficialDocument(parent, issuer, i.getConclusionNumber(), "TB", place, date,
				msg("oversight.document.conclusion.kind"), msg("oversight.document.conclusion.summary", what.toLowerCase(VIETNAMESE), i.getTitle()),
				null, List.of(), null, null, sections, signature, to, msg("oversight.document.archive"), List.of());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
