package danvan.portal;

import java.util.Arrays;
import java.util.Optional;

/** The portal's news categories; the label comes from {@code portal.category.<NAME>}. */
public enum Category {

	TIN_HOAT_DONG("tin-hoat-dong"), DAN_VAN_KHEO("dan-van-kheo"), THI_DUA_KHEN_THUONG("thi-dua-khen-thuong"),
	QUY_CHE_DAN_CHU("quy-che-dan-chu");

	private final String slug;

	Category(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public String messageKey() {
		return "portal.category." + name();
	}

	public static Optional<Category> bySlug(String slug) {
		return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
	}

}
