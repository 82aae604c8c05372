package danvan.platform.audit;

/** How a record is named when another record's audit entry refers to it. */
public interface AuditLabel {

	String auditLabel();

}
