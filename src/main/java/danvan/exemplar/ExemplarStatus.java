package danvan.exemplar;

/** Where an exemplar stands; improvement, replication and carrying into a stage are steps, not states. */
public enum ExemplarStatus {

	REGISTERED, IMPLEMENTING, EVALUATED, RECOGNISED, DISCONTINUED

}
