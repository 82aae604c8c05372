package danvan.org;

public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "org.gender." + name();
	}

}
