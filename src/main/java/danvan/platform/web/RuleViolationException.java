package danvan.platform.web;

/**
 * A refused action: the request was understood but a business rule forbids it (422). When {@code field}
 * is set, forms show the message next to that field.
 */
public class RuleViolationException extends DomainException {

	private final String field;

	public RuleViolationException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public static RuleViolationException onField(String field, String messageKey, Object... arguments) {
		return new RuleViolationException(field, messageKey, arguments);
	}

	public String field() {
		return field;
	}

}
