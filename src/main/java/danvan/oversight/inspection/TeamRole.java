package danvan.oversight.inspection;

public enum TeamRole {

	HEAD, DEPUTY, MEMBER, SECRETARY

}
