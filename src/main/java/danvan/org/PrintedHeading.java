package danvan.org;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import danvan.platform.site.SiteIdentities;

/**
 * How a unit heads the documents it issues: the body above it, its own name without that body's ("Ban Dân vận
 * Huyện ủy Châu Thành" under "Huyện ủy Châu Thành" prints as "Ban Dân vận"), and the place in the date line.
 */
@Component
public class PrintedHeading {

	private static final Pattern COMMITTEE = Pattern
		.compile("^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy (xã|phường|thị trấn|đặc khu)|Đảng ủy) ");

	/** @param parentBody the body above, or null for a root unit */
	public record Heading(String parentBody, String issuer, String place) {
	}

	private final OrgDirectory org;

	private final SiteIdentities site;

	PrintedHeading(OrgDirectory org, SiteIdentities site) {
		this.org = org;
		this.site = site;
	}

	public Heading of(Long unitId) {
		String own = org.nameOf(unitId).orElse("");
		String parent = org.parentOf(unitId).map(OrgDirectory.UnitRef::name).orElse(null);
		String issuer = parent != null && own.endsWith(" " + parent) ? own.substring(0, own.length() - parent.length() - 1)
				: own;
		return new Heading(parent, issuer, placeOf(unitId, own, parent));
	}

	/**
	 * The site's print place for today's own bodies; for a body of another place or time (the district's 2020
	 * board) the locality its committee is named after ("Huyện ủy Châu Thành" gives "Châu Thành").
	 */
	private String placeOf(Long unitId, String own, String parent) {
		var identity = site.current();
		boolean ours = identity.ownerUnitId() != null && org.unit(unitId).map(OrgDirectory.UnitRef::active).orElse(false)
				&& org.isWithin(unitId, identity.ownerUnitId());
		if (ours && identity.printPlace() != null && !identity.printPlace().isBlank()) {
			return identity.printPlace();
		}
		if (COMMITTEE.matcher(own).find()) {
			return COMMITTEE.matcher(own).replaceFirst("");
		}
		if (parent != null && COMMITTEE.matcher(parent).find()) {
			return COMMITTEE.matcher(parent).replaceFirst("");
		}
		return identity.printPlace() == null || identity.printPlace().isBlank() ? (parent == null ? own : parent)
				: identity.printPlace();
	}

}
