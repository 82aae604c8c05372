package danvan.platform.documents;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

/**
 * A layout of official documents as data: paper, margins, the size and style of every element, the marks
 * under the issuer and the summary, how the number, the date, the signing prefixes and the archive line are
 * written, and the text the values come from with its dates (table {@code platform_document_profile}).
 */
@Entity
@Table(name = "platform_document_profile")
@AuditTrail("LayoutProfile")
public class LayoutProfile implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private DocumentFamily family;

	private String name;

	private String source;

	private LocalDate effectiveFrom;

	private LocalDate supersededOn;

	private boolean enabled;

	private String fontName;

	private BigDecimal pageWidthMm;

	private BigDecimal pageHeightMm;

	private BigDecimal marginTopMm;

	private BigDecimal marginBottomMm;

	private BigDecimal marginLeftMm;

	private BigDecimal marginRightMm;

	private String headerTitle;

	private int headerTitleSize;

	private String motto;

	private int mottoSize;

	private int parentSize;

	private int issuerSize;

	private String issuerMark;

	private String numberPrefix;

	private String numberPattern;

	private int numberSize;

	private String datePattern;

	private int dateSize;

	private int kindSize;

	private int summarySize;

	private String summaryMark;

	private int bodySize;

	private BigDecimal firstLineIndentMm;

	private int paragraphAfterPt;

	private Integer lineSpacingPt;

	private BigDecimal lineMultiple;

	private boolean groundsItalic;

	private String groundsPrefix;

	private String bodyEnd;

	private int signatureSize;

	private boolean signerTitleBold;

	private String prefixOnBehalf;

	private String prefixDeputy;

	private String prefixByOrder;

	private String recipientsLabel;

	private int recipientsLabelSize;

	private String recipientsLabelStyle;

	private int recipientsSize;

	private String recipientLineEnd;

	private String archivePattern;

	private int pageNumberSize;

	private int headerSplitPercent;

	private boolean authorityBeforeGrounds;

	@Version
	private long version;

	protected LayoutProfile() {
	}

	/** The number as printed without "Số": "05/QĐ-UBND" (State) or "125-QĐ/BDVHU" (Party); below 10 with a 0. */
	public String formatNumber(int sequence, String documentType, String issuerAbbreviation) {
		String number = sequence < 10 ? "0" + sequence : String.valueOf(sequence);
		return MessageFormat.format(numberPattern.replace("'", "''"), number, documentType, issuerAbbreviation);
	}

	/** "Số: 05/QĐ-UBND" or "Số 125-QĐ/BDVHU"; for a draft the number is left blank for the registry clerk. */
	public String numberLine(String number, String draftSuffix) {
		if (number != null) {
			return numberPrefix + number;
		}
		String blank = "      ";
		String suffix = draftSuffix == null ? "" : draftSuffix;
		return numberPrefix + blank + (numberPattern.startsWith("{0}/") ? "/" : "-") + suffix;
	}

	/** "Châu Thành, ngày 05 tháng 01 năm 2020": a day below 10 and the months 1 and 2 with a leading 0. */
	public String dateLine(String place, LocalDate date) {
		if (date == null) {
			return MessageFormat.format(datePattern, place, "   ", "   ", "      ");
		}
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return MessageFormat.format(datePattern, place, day, month, String.valueOf(date.getYear()));
	}

	public String prefix(SigningAuthority authority) {
		return switch (authority) {
			case DIRECT -> "";
			case ON_BEHALF -> prefixOnBehalf;
			case DEPUTY -> prefixDeputy;
			case BY_ORDER -> prefixByOrder;
		};
	}

	public String archiveLine(String archive) {
		return MessageFormat.format(archivePattern, archive);
	}

	public boolean inForceOn(LocalDate date) {
		return !effectiveFrom.isAfter(date);
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public String auditLabel() {
		return code;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public DocumentFamily getFamily() {
		return family;
	}

	public String getName() {
		return name;
	}

	public String getSource() {
		return source;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public LocalDate getSupersededOn() {
		return supersededOn;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getFontName() {
		return fontName;
	}

	public BigDecimal getPageWidthMm() {
		return pageWidthMm;
	}

	public BigDecimal getPageHeightMm() {
		return pageHeightMm;
	}

	public BigDecimal getMarginTopMm() {
		return marginTopMm;
	}

	public BigDecimal getMarginBottomMm() {
		return marginBottomMm;
	}

	public BigDecimal getMarginLeftMm() {
		return marginLeftMm;
	}

	public BigDecimal getMarginRightMm() {
		return marginRightMm;
	}

	public String getHeaderTitle() {
		return headerTitle;
	}

	public int getHeaderTitleSize() {
		return headerTitleSize;
	}

	public String getMotto() {
		return motto;
	}

	public int getMottoSize() {
		return mottoSize;
	}

	public int getParentSize() {
		return parentSize;
	}

	public int getIssuerSize() {
		return issuerSize;
	}

	public String getIssuerMark() {
		return issuerMark;
	}

	public String getNumberPrefix() {
		return numberPrefix;
	}

	public String getNumberPattern() {
		return numberPattern;
	}

	public int getNumberSize() {
		return numberSize;
	}

	public String getDatePattern() {
		return datePattern;
	}

	public int getDateSize() {
		return dateSize;
	}

	public int getKindSize() {
		return kindSize;
	}

	public int getSummarySize() {
		return summarySize;
	}

	public String getSummaryMark() {
		return summaryMark;
	}

	public int getBodySize() {
		return bodySize;
	}

	public BigDecimal getFirstLineIndentMm() {
		return firstLineIndentMm;
	}

	public int getParagraphAfterPt() {
		return paragraphAfterPt;
	}

	public Integer getLineSpacingPt() {
		return lineSpacingPt;
	}

	public BigDecimal getLineMultiple() {
		return lineMultiple;
	}

	public boolean isGroundsItalic() {
		return groundsItalic;
	}

	public String getGroundsPrefix() {
		return groundsPrefix;
	}

	public String getBodyEnd() {
		return bodyEnd;
	}

	public int getSignatureSize() {
		return signatureSize;
	}

	public boolean isSignerTitleBold() {
		return signerTitleBold;
	}

	public String getRecipientsLabel() {
		return recipientsLabel;
	}

	public int getRecipientsLabelSize() {
		return recipientsLabelSize;
	}

	public String getRecipientsLabelStyle() {
		return recipientsLabelStyle;
	}

	public int getRecipientsSize() {
		return recipientsSize;
	}

	public String getRecipientLineEnd() {
		return recipientLineEnd;
	}

	public int getPageNumberSize() {
		return pageNumberSize;
	}

	public int getHeaderSplitPercent() {
		return headerSplitPercent;
	}

	public boolean isAuthorityBeforeGrounds() {
		return authorityBeforeGrounds;
	}

	public long getVersion() {
		return version;
	}

}
