package danvan.site;

/** The identity as the administrator typed it, already trimmed (blank → null) by the form. */
public record SiteDraft(Long ownerUnitId, String portalName, String parentLine, String address, String phone,
		String email, String publicUrl, String description, String printPlace, String defaultLanguage) {

	public SiteDraft withOwner(Long unitId) {
		return new SiteDraft(unitId, portalName, parentLine, address, phone, email, publicUrl, description, printPlace,
				defaultLanguage);
	}

}
