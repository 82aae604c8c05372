package danvan.oversight.inspection;

/** Theo chương trình, thường xuyên, chuyên đề or đột xuất (which must state its grounds). */
public enum InspectionForm {

	SCHEDULED, REGULAR, THEMATIC, SURPRISE

}
