package danvan.commendation.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A pre-printed blank: its paper size, the fields' positions and the printer's calibration offset. A profile
 * names its award type, or none to serve every award without its own blank; it is in force over its dates.
 */
@Entity
@Table(name = "commendation_blank_profile")
@AuditTrail("BlankProfile")
public class BlankProfile implements AuditLabel {

	/** A printer feeds a sheet a few millimetres off at most; more is a wrong blank, not a calibration. */
	static final BigDecimal MAX_OFFSET_MM = BigDecimal.valueOf(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private Long awardTypeId;

	private BigDecimal paperWidthMm;

	private BigDecimal paperHeightMm;

	@Column(name = "offset_x_mm")
	private BigDecimal offsetXMm;

	@Column(name = "offset_y_mm")
	private BigDecimal offsetYMm;

	private String source;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commendation_blank_field", joinColumns = @JoinColumn(name = "profile_id"))
	private List<BlankField> fields = new ArrayList<>();

	@Version
	private long version;

	protected BlankProfile() {
	}

	boolean covers(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
	}

	/** Moves every printed text by the offset measured on the test page, in millimetres (negative: left, up). */
	void calibrate(BigDecimal x, BigDecimal y) {
		this.offsetXMm = checked("offsetX", x);
		this.offsetYMm = checked("offsetY", y);
	}

	private static BigDecimal checked(String field, BigDecimal value) {
		if (value == null) {
			throw RuleViolationException.onField(field, "commendation.certificate.offsetRequired");
		}
		if (value.abs().compareTo(MAX_OFFSET_MM) > 0) {
			throw RuleViolationException.onField(field, "commendation.certificate.offsetTooLarge", MAX_OFFSET_MM);
		}
		return value.setScale(1, java.math.RoundingMode.HALF_UP);
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

	public String getName() {
		return name;
	}

	public Long getAwardTypeId() {
		return awardTypeId;
	}

	public BigDecimal getPaperWidthMm() {
		return paperWidthMm;
	}

	public BigDecimal getPaperHeightMm() {
		return paperHeightMm;
	}

	public BigDecimal getOffsetXMm() {
		return offsetXMm;
	}

	public BigDecimal getOffsetYMm() {
		return offsetYMm;
	}

	public String getSource() {
		return source;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public List<BlankField> getFields() {
		return fields.stream().sorted(Comparator.comparingInt(BlankField::getSortOrder)).toList();
	}

	public long getVersion() {
		return version;
	}

}
