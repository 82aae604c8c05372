package danvan.platform.site;

/** The administrator changed the site's identity: caches of pages that show it must let go of them. */
public record SiteIdentityChanged(String actor) {

	/**
	 * The name under which caches showing the identity register with {@code ClusterCaches}: the site module drops
	 * it on every node after the change commits.
	 */
	public static final String CACHE = "site.identity";
}
