package danvan.commendation.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import danvan.platform.documents.DocumentFamily;
import danvan.platform.documents.SigningAuthority;
import danvan.platform.web.RuleViolationException;

/**
 * A body that issues decisions (cơ quan ban hành): abbreviation for numbers, State or Party, its layout
 * profile (or the family's profile in force), numbering period, place for dates, default signer, and the
 * names it has had.
 */
@Entity
@Table(name = "commendation_issuer")
@AuditTrail("Issuer")
public class Issuer implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String abbreviation;

	@Enumerated(EnumType.STRING)
	private DocumentFamily kind;

	private String profileCode;

	@Enumerated(EnumType.STRING)
	private Numbering numbering;

	private String place;

	private Long unitId;

	private String signerName;

	private String signerTitle;

	@Enumerated(EnumType.STRING)
	private SigningAuthority signerAuthority;

	private String signerOnBehalf;

	private String archive;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commendation_issuer_name", joinColumns = @JoinColumn(name = "issuer_id"))
	private List<IssuerName> names = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commendation_issuer_term", joinColumns = @JoinColumn(name = "issuer_id"))
	private List<IssuerTerm> terms = new ArrayList<>();

	@Version
	private long version;

	protected Issuer() {
	}

	public Issuer(String code, String abbreviation, DocumentFamily kind, Numbering numbering, String place, Long unitId,
			String archive) {
		this.code = code;
		this.abbreviation = abbreviation;
		this.kind = kind;
		this.numbering = numbering;
		this.place = place;
		this.unitId = unitId;
		this.archive = archive;
		this.signerAuthority = SigningAuthority.DIRECT;
	}

	public void defaultSigner(String name, String title, SigningAuthority authority, String onBehalfOf) {
		this.signerName = name;
		this.signerTitle = title;
		this.signerAuthority = authority;
		this.signerOnBehalf = onBehalfOf;
	}

	public void addName(String name, String parentName, String abbreviation, LocalDate from, LocalDate to) {
		names.add(new IssuerName(name, parentName, abbreviation, from, to));
		names.sort(Comparator.comparing(IssuerName::getValidFrom));
	}

	public void addTerm(String label, LocalDate startsOn, LocalDate endsOn) {
		terms.add(new IssuerTerm(label, startsOn, endsOn));
	}

	/** The name in force on {@code date}; before the first record, the earliest name. */
	public IssuerName nameOn(LocalDate date) {
		return names.stream().filter(n -> n.covers(date)).findFirst()
			.orElseGet(() -> names.isEmpty() ? new IssuerName(code, null, abbreviation, date, null) : names.get(names.size() - 1));
	}

	/** True when a name of the history covers {@code date}: the issuer exists and signs on that day. */
	public boolean hasNameOn(LocalDate date) {
		return names.isEmpty() || names.stream().anyMatch(n -> n.covers(date));
	}

	/** The name in force last (the newest by its start), or none for an issuer without history. */
	IssuerName lastName() {
		return names.stream().max(java.util.Comparator.comparing(IssuerName::getValidFrom)).orElse(null);
	}

	/** The numbering period of a decision dated {@code date}: its year, or the label of the term covering it. */
	public String periodKey(LocalDate date) {
		if (numbering == Numbering.CALENDAR_YEAR) {
			return String.valueOf(date.getYear());
		}
		return terms.stream().filter(t -> t.covers(date)).findFirst().map(IssuerTerm::getLabel)
			.orElseThrow(() -> RuleViolationException.onField("date", "commendation.issuer.noTerm"));
	}

	/** The abbreviation printed in numbers on {@code date}. */
	public String abbreviationOn(LocalDate date) {
		String historic = nameOn(date).getAbbreviation();
		return historic == null ? abbreviation : historic;
	}

	@Override
	public String auditLabel() {
		return abbreviation;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getAbbreviation() {
		return abbreviation;
	}

	public DocumentFamily getKind() {
		return kind;
	}

	public String getProfileCode() {
		return profileCode;
	}

	public Numbering getNumbering() {
		return numbering;
	}

	public String getPlace() {
		return place;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getSignerName() {
		return signerName;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public SigningAuthority getSignerAuthority() {
		return signerAuthority;
	}

	public String getSignerOnBehalf() {
		return signerOnBehalf;
	}

	public String getArchive() {
		return archive;
	}

	public List<IssuerName> getNames() {
		return List.copyOf(names);
	}

	public List<IssuerTerm> getTerms() {
		return List.copyOf(terms);
	}

	public long getVersion() {
		return version;
	}

	/**
	 * A new name from {@code from} with its legal basis: the name in force until then ends the day before, nothing
	 * is deleted, and a decision dated earlier keeps printing the earlier name.
	 */
	public void rename(String name, String parentName, String newAbbreviation, LocalDate from, String legalBasis) {
		IssuerName last = lastName();
		if (last != null && !from.isAfter(last.getValidFrom())) {
			throw RuleViolationException.onField("validFrom", "commendation.admin.issuer.fromBeforeLast",
					last.getValidFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		for (IssuerName n : names) {
			if (n.getValidTo() == null || !n.getValidTo().isBefore(from)) {
				n.endOn(from.minusDays(1));
			}
		}
		IssuerName added = new IssuerName(name, parentName, newAbbreviation, from, null);
		added.basis(legalBasis);
		names.add(added);
		names.sort(Comparator.comparing(IssuerName::getValidFrom));
	}

	/** The place printed before the date in the decision header ("Đồng Tháp, ngày …"). */
	public void movePlace(String newPlace) {
		this.place = newPlace;
	}

}
