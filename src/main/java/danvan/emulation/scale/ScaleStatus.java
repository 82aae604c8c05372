package danvan.emulation.scale;

/** A scale is edited as a draft; once active it is frozen, and a revision is a new version. */
public enum ScaleStatus {

	DRAFT, ACTIVE

}
