package danvan.commendation.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

import danvan.commendation.RecipientKind;

/** A form of commendation or an emulation title in the catalogue, with its prize coefficients over time. */
@Entity
@Table(name = "commendation_award_type")
@AuditTrail("AwardType")
public class AwardType implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RecipientKind recipientKind;

	private String category;

	private String grantingAuthority;

	private String legalBasis;

	private int sortOrder;

	private boolean active;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commendation_award_coefficient", joinColumns = @JoinColumn(name = "award_type_id"))
	private List<AwardCoefficient> coefficients = new ArrayList<>();

	@Version
	private long version;

	protected AwardType() {
	}

	/** The coefficient in force on {@code date}. */
	public Optional<AwardCoefficient> coefficientOn(LocalDate date) {
		return coefficients.stream().filter(c -> !c.getEffectiveFrom().isAfter(date))
			.max(Comparator.comparing(AwardCoefficient::getEffectiveFrom));
	}

	@Override
	public String auditLabel() {
		return name;
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

	public RecipientKind getRecipientKind() {
		return recipientKind;
	}

	public String getCategory() {
		return category;
	}

	public String getGrantingAuthority() {
		return grantingAuthority;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public boolean isActive() {
		return active;
	}

	public List<AwardCoefficient> getCoefficients() {
		return coefficients.stream().sorted(Comparator.comparing(AwardCoefficient::getEffectiveFrom)).toList();
	}

	public long getVersion() {
		return version;
	}

}
