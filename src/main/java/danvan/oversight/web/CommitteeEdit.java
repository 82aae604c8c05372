package danvan.oversight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import danvan.oversight.Committee;
import danvan.oversight.CommitteeDraft;
import danvan.platform.text.PlainText;

/** The form of a steering committee: its units, founding decision, term and members (blank rows are dropped). */
public class CommitteeEdit {

	/** Rows offered below the members already chosen, so a committee grows without script. */
	static final int BLANK_ROWS = 4;

	/** One row of the members' table. */
	public static class MemberRow {

		private Long officialId;

		@Size(max = 200)
		@PlainText
		private String position;

		private boolean supportTeam;

		public Long getOfficialId() {
			return officialId;
		}

		public void setOfficialId(Long officialId) {
			this.officialId = officialId;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public boolean isSupportTeam() {
			return supportTeam;
		}

		public void setSupportTeam(boolean supportTeam) {
			this.supportTeam = supportTeam;
		}

	}

	private long version;

	@NotNull
	private Long unitId;

	private Long supportUnitId;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String name;

	@Size(max = 200)
	@PlainText
	private String decisionNumber;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate establishedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Valid
	private List<MemberRow> members = new ArrayList<>();

	private MultipartFile decisionFile;

	static CommitteeEdit of(Committee c) {
		CommitteeEdit f = new CommitteeEdit();
		f.version = c.getVersion();
		f.unitId = c.getUnitId();
		f.supportUnitId = c.getSupportUnitId();
		f.name = c.getName();
		f.decisionNumber = c.getEstablishedBy();
		f.establishedOn = c.getEstablishedOn();
		f.endsOn = c.getEndsOn();
		for (Committee.Member m : c.getMembers()) {
			MemberRow row = new MemberRow();
			row.officialId = m.getOfficialId();
			row.position = m.getPosition();
			row.supportTeam = m.isSupportTeam();
			f.members.add(row);
		}
		return f;
	}

	/** Pads the members' table with blank rows for the page. */
	CommitteeEdit withBlankRows() {
		members.removeIf(r -> r.officialId == null && (r.position == null || r.position.isBlank()));
		for (int n = 0; n < BLANK_ROWS; n++) {
			members.add(new MemberRow());
		}
		return this;
	}

	CommitteeDraft draft() {
		List<Committee.Member> chosen = members.stream()
			.filter(r -> r.officialId != null)
			.map(r -> new Committee.Member(r.officialId, r.position == null ? null : r.position.trim(), r.supportTeam))
			.toList();
		return new CommitteeDraft(unitId, supportUnitId, name.trim(), blank(decisionNumber), establishedOn, endsOn, chosen);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getSupportUnitId() {
		return supportUnitId;
	}

	public void setSupportUnitId(Long supportUnitId) {
		this.supportUnitId = supportUnitId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public MultipartFile getDecisionFile() {
		return decisionFile;
	}

	public void setDecisionFile(MultipartFile decisionFile) {
		this.decisionFile = decisionFile;
	}

	public List<MemberRow> getMembers() {
		return members;
	}

	public void setMembers(List<MemberRow> members) {
		this.members = members;
	}

}
