package danvan.commendation.certificate;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import danvan.platform.documents.PrintedSheet.Align;

/** Where one field goes on the blank, in millimetres from the paper's top left corner, and how it is set. */
@Embeddable
public class BlankField {

	private int sortOrder;

	@Enumerated(EnumType.STRING)
	private CertificateField field;

	private String literal;

	private boolean designOnly;

	@Column(name = "x_mm")
	private BigDecimal xMm;

	@Column(name = "y_mm")
	private BigDecimal yMm;

	private BigDecimal widthMm;

	private BigDecimal sizePt;

	private boolean bold;

	private boolean italic;

	@Enumerated(EnumType.STRING)
	private Align align;

	private String colour;

	protected BlankField() {
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public CertificateField getField() {
		return field;
	}

	public String getLiteral() {
		return literal;
	}

	public boolean isDesignOnly() {
		return designOnly;
	}

	public BigDecimal getXMm() {
		return xMm;
	}

	public BigDecimal getYMm() {
		return yMm;
	}

	public BigDecimal getWidthMm() {
		return widthMm;
	}

	public BigDecimal getSizePt() {
		return sizePt;
	}

	public boolean isBold() {
		return bold;
	}

	public boolean isItalic() {
		return italic;
	}

	public Align getAlign() {
		return align;
	}

	public String getColour() {
		return colour;
	}

}
