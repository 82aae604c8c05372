package danvan.platform.audit;

public enum AuditAction {

	CREATE, UPDATE, DEACTIVATE, REACTIVATE, DELETE;

	public String messageKey() {
		return "audit.action." + name();
	}

}
