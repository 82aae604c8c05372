package danvan.platform.site;

/** The administrator changed the site's identity: caches of pages that show it must let go of them. */
public record SiteIdentityChanged(String actor) {
}
