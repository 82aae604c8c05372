package danvan.platform.web;

/** The record asked for does not exist: a 404 page or problem. */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	public static NotFoundException record() {
		return new NotFoundException("error.notFound");
	}

}
