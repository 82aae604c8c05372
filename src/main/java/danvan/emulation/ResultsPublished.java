package danvan.emulation;

/**
 * A movement's results were published (revision 1) or corrected (a later revision); the commendation module
 * may start nominations from them.
 */
public record ResultsPublished(Long movementId, int revisionNo, String actor) {
}
