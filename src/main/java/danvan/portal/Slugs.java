package danvan.portal;

import danvan.platform.text.Folding;

/** Article addresses: the title in lower case without diacritics (đ→d), every other run of characters → '-'. */
public final class Slugs {

	static final int MAX_LENGTH = 200;

	private Slugs() {
	}

	public static String of(String title) {
		String slug = Folding.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "bai-viet" : slug;
	}

}
