package danvan.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/**
 * The steering committee for the grassroots-democracy regulation (Ban chỉ đạo thực hiện Quy chế dân chủ) and its
 * support team (tổ giúp việc): the org units they are, the decision that set them up, and their members.
 */
@Entity
@Table(name = "oversight_committee")
@AuditTrail("OversightCommittee")
public class Committee {

	/** A member: an official, their post in the committee, and whether they sit in the support team. */
	@Embeddable
	public static class Member implements AuditLabel {

		private Long officialId;

		private String position;

		private boolean supportTeam;

		protected Member() {
		}

		public Member(Long officialId, String position, boolean supportTeam) {
			this.officialId = officialId;
			this.position = position;
			this.supportTeam = supportTeam;
		}

		public Long getOfficialId() {
			return officialId;
		}

		public String getPosition() {
			return position;
		}

		public boolean isSupportTeam() {
			return supportTeam;
		}

		@Override
		public String auditLabel() {
			return "#" + officialId + " " + position + (supportTeam ? " (tổ giúp việc)" : "");
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private Long supportUnitId;

	private String name;

	private String establishedBy;

	private LocalDate establishedOn;

	private LocalDate endsOn;

	private Long decisionFileId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "oversight_committee_member", joinColumns = @JoinColumn(name = "committee_id"))
	private List<Member> members = new ArrayList<>();

	@Version
	private long version;

	protected Committee() {
	}

	Committee(CommitteeDraft d) {
		describe(d);
	}

	/** The committee as its founding decision describes it: units, name, decision, term and members. */
	void describe(CommitteeDraft d) {
		this.unitId = d.unitId();
		this.supportUnitId = d.supportUnitId();
		this.name = d.name();
		this.establishedBy = d.decisionNumber();
		this.establishedOn = d.establishedOn();
		this.endsOn = d.endsOn();
		this.members.clear();
		this.members.addAll(d.members());
	}

	void attachDecision(Long fileId) {
		this.decisionFileId = fileId;
	}

	/** Sitting on {@code day}: established by then and its term not ended. */
	public boolean sitsOn(LocalDate day) {
		return (establishedOn == null || !establishedOn.isAfter(day)) && (endsOn == null || !endsOn.isBefore(day));
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getSupportUnitId() {
		return supportUnitId;
	}

	public String getName() {
		return name;
	}

	public String getEstablishedBy() {
		return establishedBy;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public Long getDecisionFileId() {
		return decisionFileId;
	}

	public List<Member> getMembers() {
		return List.copyOf(members);
	}

	public long getVersion() {
		return version;
	}

}
