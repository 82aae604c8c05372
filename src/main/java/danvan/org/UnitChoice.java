package danvan.org;

/**
 * A unit as a form's drop-down offers it: indented by its depth in the tree, and an ended unit marked with its
 * end date so that a 2020 report can still be asked for Huyện ủy Châu Thành.
 */
public record UnitChoice(Long id, String label, boolean active) {

	public Long getId() {
		return id;
	}

	public String getLabel() {
		return label;
	}

}
