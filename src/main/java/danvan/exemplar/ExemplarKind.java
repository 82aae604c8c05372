package danvan.exemplar;

/** A model (mô hình: a way of mobilising people others can copy), or an individual or collective exemplar. */
public enum ExemplarKind {

	MODEL, INDIVIDUAL, COLLECTIVE;

	/** The reports' split: "147 mô hình, 54 điển hình". */
	public boolean isModel() {
		return this == MODEL;
	}

}
