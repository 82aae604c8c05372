package danvan.exemplar;

/** Who recognised an exemplar; a unit officer recognises at commune level, the board at any level. */
public enum RecognitionLevel {

	COMMUNE, DISTRICT, PROVINCE, CENTRAL

}
