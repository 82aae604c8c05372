package danvan.emulation.scale;

/** What a node of a scoring scale is: a group of criteria, a criterion, a bonus item or a penalty item. */
public enum ItemKind {

	GROUP, CRITERION, BONUS, PENALTY;

	/** Whether a unit enters points against this kind of node when it has no children. */
	public boolean isScored() {
		return this != GROUP;
	}

}
