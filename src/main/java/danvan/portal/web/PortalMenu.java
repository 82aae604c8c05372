package danvan.portal.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import danvan.portal.Category;
import danvan.platform.web.PortalLink;

/**
 * The public menu, read by the portal layout as {@code @portalMenu}: the news categories, then the links other
 * modules contribute, so any module's public page can use the layout without filling its model.
 */
@Component("portalMenu")
public class PortalMenu {

	private final List<PortalLink> links;

	PortalMenu(ObjectProvider<PortalLink> links) {
		this.links = links.orderedStream().toList();
	}

	public List<Category> categories() {
		return List.of(Category.values());
	}

	public List<PortalLink> links() {
		return links;
	}

}
