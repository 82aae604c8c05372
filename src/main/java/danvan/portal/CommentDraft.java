package danvan.portal;

/** What a reader sends: the honeypot {@code website} must stay empty (people never see that field). */
public record CommentDraft(String name, String email, String content, String website) {

}
