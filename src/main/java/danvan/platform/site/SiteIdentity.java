package danvan.platform.site;

import java.util.Locale;

/**
 * Whom this installation belongs to, as pages, feeds, e-mails and printed documents name it. Until the
 * administrator has set it ({@link #configured()} false) every text is empty and the public portal shows only
 * a neutral "being set up" page: no body's name ever comes from a message bundle.
 *
 * @param bodyName the owning unit's name, as the org tree has it now
 * @param portalName the name the portal shows when it differs from the body's name (may be empty)
 * @param parentLine the line above the name ("Tỉnh ủy Đồng Tháp"); may be empty
 * @param publicUrl the portal's public address without a trailing slash; empty: links stay relative
 * @param logoPath where the logo is served, or null when there is none
 * @param printPlace the place in dates on printed documents ("Cao Lãnh, ngày …"); may be empty
 * @param stamp changes whenever anything above changes: part of every public page's ETag
 */
public record SiteIdentity(boolean configured, Long ownerUnitId, String bodyName, String portalName,
		String parentLine, String address, String phone, String email, String publicUrl, String logoPath,
		String description, String printPlace, String defaultLanguage, String stamp) {

	public static final String DEFAULT_LANGUAGE = "vi";

	public static SiteIdentity notSet() {
		return new SiteIdentity(false, null, "", "", "", "", "", "", "", null, "", "", DEFAULT_LANGUAGE, "unset");
	}

	/** The name readers see: the portal name when one is set, otherwise the owning body's name. */
	public String displayName() {
		return portalName == null || portalName.isBlank() ? bodyName : portalName;
	}

	public Locale defaultLocale() {
		return Locale.forLanguageTag(defaultLanguage);
	}

	/** {@code path} as an absolute address when the public URL is known, else as it is. */
	public String absolute(String path) {
		return publicUrl == null || publicUrl.isEmpty() ? path : publicUrl + path;
	}

}
