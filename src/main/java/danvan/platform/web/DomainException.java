package danvan.platform.web;

/** An error whose message is a key in the message bundles, shown to the user in their language. */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
