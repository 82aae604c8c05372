package danvan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;
import danvan.platform.web.RuleViolationException;

/** A cadre or civil servant (cán bộ, công chức) with a current post and a service history. */
@Entity
@Table(name = "org_official")
@AuditTrail(value = "Official", ignore = "searchName")
public class Official implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String searchName;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private LocalDate birthDate;

	private String phone;

	private String email;

	@ManyToOne
	private OrgUnit unit;

	@jakarta.persistence.Column(name = "position_title")
	private String position;

	private boolean active = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "org_service_period", joinColumns = @JoinColumn(name = "official_id"))
	@OrderBy("startDate")
	private List<ServicePeriod> periods = new ArrayList<>();

	@Version
	private long version;

	protected Official() {
	}

	Official(String fullName, Gender gender, OrgUnit unit) {
		describe(fullName, gender, null, null, null, unit, null);
	}

	void describe(String fullName, Gender gender, LocalDate birthDate, String phone, String email, OrgUnit unit,
			String position) {
		this.fullName = fullName;
		this.searchName = Folding.fold(fullName);
		this.gender = gender;
		this.birthDate = birthDate;
		this.phone = phone;
		this.email = email;
		this.unit = unit;
		this.position = position;
	}

	void addPeriod(OrgUnit periodUnit, String periodPosition, LocalDate start, LocalDate end,
			boolean massMobilization) {
		if (end != null && end.isBefore(start)) {
			throw RuleViolationException.onField("endDate", "org.period.endBeforeStart");
		}
		ServicePeriod period = new ServicePeriod(periodUnit, periodPosition, start, end, massMobilization);
		if (periods.stream().anyMatch(period::overlaps)) {
			throw RuleViolationException.onField("startDate", "org.period.overlap");
		}
		periods.add(period);
		periods.sort(Comparator.comparing(ServicePeriod::getStartDate));
	}

	void removePeriod(int index) {
		if (index < 0 || index >= periods.size()) {
			throw new RuleViolationException("org.period.unknown");
		}
		periods.remove(index);
	}

	void moveTo(OrgUnit newUnit) {
		this.unit = newUnit;
	}

	/** Takes up {@code newPosition} at {@code newUnit} from {@code on}: the open period ends the day before. */
	void transfer(OrgUnit newUnit, String newPosition, LocalDate on, boolean massMobilization) {
		periods.stream().filter(p -> p.getEndDate() == null).forEach(p -> p.closeOn(on.minusDays(1)));
		addPeriod(newUnit, newPosition, on, null, massMobilization);
		this.unit = newUnit;
		this.position = newPosition;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/** Total years and months of mass-mobilization work, counted from the periods that count as such. */
	public ServiceLength massMobilizationService(LocalDate today) {
		return new ServiceLength(periods.stream()
			.filter(ServicePeriod::isMassMobilization)
			.mapToLong(p -> p.monthsUntil(today))
			.sum());
	}

	@Override
	public String auditLabel() {
		return fullName;
	}

	public Long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public Gender getGender() {
		return gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public OrgUnit getUnit() {
		return unit;
	}

	public String getPosition() {
		return position;
	}

	public boolean isActive() {
		return active;
	}

	public List<ServicePeriod> getPeriods() {
		return List.copyOf(periods);
	}

	public long getVersion() {
		return version;
	}

}
