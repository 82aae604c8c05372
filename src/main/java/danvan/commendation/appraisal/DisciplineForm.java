package danvan.commendation.appraisal;

/** Forms of Party and civil-service discipline, lightest first. */
public enum DisciplineForm {

	REPRIMAND, WARNING, DEMOTION, REMOVAL, DISMISSAL, EXPULSION;

	public String messageKey() {
		return "commendation.discipline.form." + name();
	}

}
