package danvan.commendation.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.Gender;
import danvan.org.OrgDirectory;
import danvan.platform.documents.DocumentFamily;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.documents.PrintedSheet;
import danvan.platform.documents.PrintedSheet.Align;
import danvan.platform.documents.PrintedSheet.Placed;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.Issuer;
import danvan.commendation.catalog.IssuerName;
import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionRecipient;
import danvan.commendation.decision.DecisionService;

/**
 * The certificates of an issued decision, one page per recipient: on a pre-printed blank only the text (at the
 * blank's size, shifted by the printer's calibration), on plain paper the design too. The blank is the award
 * type's own profile in force on the decision's date, or the general one.
 */
@Service
@Transactional(readOnly = true)
public class Certificates {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final BlankProfileRepository profiles;

	private final DecisionService decisions;

	private final CatalogService catalog;

	private final OrgDirectory org;

	private final OfficialDocuments renderer;

	private final CommendationAccess access;

	private final MessageSource messages;

	Certificates(BlankProfileRepository profiles, DecisionService decisions, CatalogService catalog,
			OrgDirectory org, OfficialDocuments renderer, CommendationAccess access, MessageSource messages) {
		this.profiles = profiles;
		this.decisions = decisions;
		this.catalog = catalog;
		this.org = org;
		this.renderer = renderer;
		this.access = access;
		this.messages = messages;
	}

	public List<BlankProfile> profiles() {
		return profiles.findAllByOrderByCode();
	}

	public BlankProfile profile(Long id) {
		return profiles.findById(id).orElseThrow(NotFoundException::record);
	}

	/** Every recipient's certificate in one PDF, or only line {@code line} (0-based) when given. */
	public byte[] pdf(Long decisionId, Integer line, boolean onBlank) {
		return renderer.sheets(sheets(decisionId, line, onBlank));
	}

	List<PrintedSheet> sheets(Long decisionId, Integer line, boolean onBlank) {
		Decision decision = decisions.get(decisionId);
		if (decision.getNumber() == null) {
			throw new RuleViolationException("commendation.certificate.notIssued");
		}
		List<DecisionRecipient> lines = decision.getRecipients();
		if (line != null && (line < 0 || line >= lines.size())) {
			throw new NotFoundException("error.notFound");
		}
		Issuer issuer = catalog.issuer(decision.getIssuerId());
		List<PrintedSheet> sheets = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (line == null || line == i) {
				sheets.add(sheet(decision, issuer, lines.get(i), onBlank));
			}
		}
		return sheets;
	}

	/** A test page for the blank: every field's box named where it prints, and marks 10 mm from each edge. */
	public byte[] testPage(Long profileId) {
		BlankProfile p = profile(profileId);
		double dx = p.getOffsetXMm().doubleValue();
		double dy = p.getOffsetYMm().doubleValue();
		double w = p.getPaperWidthMm().doubleValue();
		double h = p.getPaperHeightMm().doubleValue();
		List<Placed> texts = new ArrayList<>();
		for (BlankField f : p.getFields()) {
			texts.add(new Placed("[" + msg("commendation.certificate.field." + f.getField().name()) + "]",
					f.getXMm().doubleValue() + dx, f.getYMm().doubleValue() + dy, f.getWidthMm().doubleValue(),
					Math.min(14, f.getSizePt().doubleValue()), false, false, f.getAlign(), null));
		}
		double[][] marks = { { 10, 10 }, { w - 10, 10 }, { 10, h - 10 }, { w - 10, h - 10 } };
		for (double[] m : marks) {
			// the "+" glyph of 12 pt is about 2.4 mm wide and its bar sits about 2.7 mm below the box top
			texts.add(new Placed("+", m[0] - 5 + dx, m[1] - 2.7 + dy, 10, 12, true, false, Align.CENTER, null));
		}
		texts.add(new Placed(msg("commendation.certificate.testInstructions", p.getName(), fmt(p.getOffsetXMm()),
				fmt(p.getOffsetYMm())), 25 + dx, h - 24 + dy, w - 50, 9, false, true, Align.CENTER, null));
		return renderer.sheets(List.of(new PrintedSheet(w, h, false, texts)));
	}

	@Transactional
	public BlankProfile calibrate(Actor actor, Long profileId, long version, BigDecimal x, BigDecimal y) {
		access.requireBoard(actor);
		BlankProfile p = profile(profileId);
		if (p.getVersion() != version) {
			throw new StaleRecordException();
		}
		p.calibrate(x, y);
		return p;
	}

	BlankProfile blankFor(AwardType award, LocalDate date) {
		List<BlankProfile> all = profiles.findAllByOrderByCode().stream().filter(p -> p.covers(date)).toList();
		return all.stream().filter(p -> award.getId().equals(p.getAwardTypeId())).findFirst()
			.or(() -> all.stream().filter(p -> p.getAwardTypeId() == null).findFirst())
			.orElseThrow(() -> new RuleViolationException("commendation.certificate.noBlank", award.getName()));
	}

	private PrintedSheet sheet(Decision decision, Issuer issuer, DecisionRecipient r, boolean onBlank) {
		AwardType award = catalog.awardType(r.getAwardTypeId());
		BlankProfile p = blankFor(award, decision.getDecidedOn());
		double dx = onBlank ? p.getOffsetXMm().doubleValue() : 0;
		double dy = onBlank ? p.getOffsetYMm().doubleValue() : 0;
		List<Placed> texts = new ArrayList<>();
		for (BlankField f : p.getFields()) {
			if (onBlank && f.isDesignOnly()) {
				continue;
			}
			String text = text(f, decision, issuer, r, award);
			if (text == null || text.isBlank()) {
				continue;
			}
			texts.add(new Placed(text, f.getXMm().doubleValue() + dx, f.getYMm().doubleValue() + dy,
					f.getWidthMm().doubleValue(), f.getSizePt().doubleValue(), f.isBold(), f.isItalic(), f.getAlign(),
					onBlank ? null : f.getColour()));
		}
		return new PrintedSheet(p.getPaperWidthMm().doubleValue(), p.getPaperHeightMm().doubleValue(), !onBlank, texts);
	}

	private String text(BlankField f, Decision decision, Issuer issuer, DecisionRecipient r, AwardType award) {
		LocalDate on = decision.getDecidedOn();
		IssuerName name = issuer.nameOn(on);
		boolean party = issuer.getKind() == DocumentFamily.PARTY;
		return switch (f.getField()) {
			case HEADING_LEFT -> (name.getParentName() == null ? "" : upper(name.getParentName()) + "\n")
					+ upper(name.getName());
			case HEADING_RIGHT -> party ? msg("commendation.certificate.partyHeading")
					: msg("commendation.certificate.stateHeading");
			case TITLE -> upper(title(award.getName()));
			case TEXT -> f.getLiteral();
			case RECIPIENT_NAME -> salutation(r, party, on) + r.getName();
			case RECIPIENT_POSITION -> r.getDescription();
			case ACHIEVEMENT -> r.getAchievement();
			case DECISION -> msg("commendation.certificate.decision", decision.getNumber(),
					on.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			case REGISTER_NUMBER -> msg("commendation.certificate.register", decision.getNumber(),
					decision.getRecipients().indexOf(r) + 1);
			case PLACE_DATE -> msg("commendation.certificate.placeDate", issuer.getPlace(), on.getDayOfMonth(),
					on.getMonthValue(), String.valueOf(on.getYear()));
			case SIGNER_TITLE -> signerTitle(decision);
			case SIGNER_NAME -> decision.getSignerName();
		};
	}

	private String salutation(DecisionRecipient r, boolean party, LocalDate on) {
		if (r.getRecipientKind() != RecipientKind.INDIVIDUAL) {
			return "";
		}
		if (party) {
			return msg("commendation.certificate.comrade") + " ";
		}
		Gender gender = r.getOfficialId() == null ? null
				: org.facts(r.getOfficialId(), on).map(o -> o.gender()).orElse(null);
		return gender == Gender.FEMALE ? msg("commendation.certificate.madam") + " "
				: gender == Gender.MALE ? msg("commendation.certificate.sir") + " " : "";
	}

	private String signerTitle(Decision decision) {
		String prefix = switch (decision.getSignerAuthority() == null ? danvan.platform.documents.SigningAuthority.DIRECT
				: decision.getSignerAuthority()) {
			case ON_BEHALF -> "T/M " + nullToEmpty(decision.getSignerOnBehalf()) + "\n";
			case DEPUTY -> "K/T " + nullToEmpty(decision.getSignerOnBehalf()) + "\n";
			case BY_ORDER -> "T/L " + nullToEmpty(decision.getSignerOnBehalf()) + "\n";
			default -> "";
		};
		return upper(prefix) + upper(decision.getSignerTitle());
	}

	/** "Giấy khen (cá nhân)" prints as "Giấy khen"; "Bằng khen của Chủ tịch UBND tỉnh" as "Bằng khen". */
	static String title(String awardName) {
		String t = awardName;
		int cut = t.indexOf(" (");
		if (cut > 0) {
			t = t.substring(0, cut);
		}
		cut = t.indexOf(" của ");
		return cut > 0 ? t.substring(0, cut) : t;
	}

	private static String upper(String s) {
		return s == null ? "" : s.toUpperCase(VIETNAMESE);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static String fmt(BigDecimal mm) {
		return mm.stripTrailingZeros().toPlainString();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
