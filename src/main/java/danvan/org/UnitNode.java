package danvan.org;

/** A unit as a line of the tree: its depth, and whether the viewer may open it. */
public record UnitNode(OrgUnit unit, int depth, boolean readable) {
}
