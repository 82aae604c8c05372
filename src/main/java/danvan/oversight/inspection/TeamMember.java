package danvan.oversight.inspection;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An official of the team, by id, and their role in it. */
@Embeddable
public class TeamMember {

	private Long officialId;

	@Enumerated(EnumType.STRING)
	private TeamRole teamRole;

	protected TeamMember() {
	}

	public TeamMember(Long officialId, TeamRole teamRole) {
		this.officialId = officialId;
		this.teamRole = teamRole;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public TeamRole getTeamRole() {
		return teamRole;
	}

}
