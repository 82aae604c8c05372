package danvan.oversight.inspection;

/** Kiểm tra or giám sát. */
public enum InspectionKind {

	INSPECTION, SUPERVISION

}
