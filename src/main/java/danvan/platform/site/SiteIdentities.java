package danvan.platform.site;

/**
 * Reads the site's identity; the {@code site} module provides it (as the bean {@code site}, so templates write
 * {@code ${@site.current().displayName()}}). Cheap: pages call it on every request.
 */
public interface SiteIdentities {

	SiteIdentity current();

}
