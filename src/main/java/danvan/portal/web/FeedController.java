package danvan.portal.web;

import static danvan.platform.security.Audience.PUBLIC;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import danvan.platform.security.Access;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.PortalLink;
import danvan.portal.ArticleSummary;
import danvan.portal.Category;
import danvan.portal.PortalNews;

/** RSS 2.0 per category and the sitemap, written with an XML writer so every text is escaped. */
@RestController
class FeedController {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

	private final PortalNews news;

	private final MessageSource messages;

	private final PortalMenu menu;

	FeedController(PortalNews news, MessageSource messages, PortalMenu menu) {
		this.news = news;
		this.messages = messages;
		this.menu = menu;
	}

	@Access(PUBLIC)
	@GetMapping("/chuyen-muc/{slug}/rss")
	ResponseEntity<String> rss(@PathVariable String slug, WebRequest request) throws XMLStreamException {
		Category category = Category.bySlug(slug).orElseThrow(() -> new NotFoundException("portal.category.notFound"));
		String base = base();
		String name = messages.getMessage(category.messageKey(), null, Locale.forLanguageTag("vi"));
		String site = messages.getMessage("portal.siteName", null, Locale.forLanguageTag("vi"));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		element(xml, "title", name + " — " + site);
		element(xml, "link", base + "/chuyen-muc/" + category.slug());
		element(xml, "description", name);
		element(xml, "language", "vi");
		for (ArticleSummary article : news.latest(category, 0).getContent()) {
			xml.writeStartElement("item");
			element(xml, "title", article.title());
			element(xml, "link", base + article.url());
			element(xml, "guid", base + article.url());
			element(xml, "description", article.lead());
			element(xml, "pubDate",
					DateTimeFormatter.RFC_1123_DATE_TIME.format(article.publishedAt().atOffset(ZoneOffset.UTC)));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return answer(request, RSS, out.toString());
	}

	@Access(PUBLIC)
	@GetMapping(value = "/sitemap.xml")
	ResponseEntity<String> sitemap(WebRequest request) throws XMLStreamException {
		String base = base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		url(xml, base + "/", null);
		for (Category category : Category.values()) {
			url(xml, base + "/chuyen-muc/" + category.slug(), null);
		}
		for (PortalLink link : menu.links()) {
			url(xml, base + link.path(), null);
		}
		List<ArticleSummary> all = news.all();
		for (ArticleSummary article : all) {
			url(xml, base + article.url(), article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return answer(request, MediaType.parseMediaType("application/xml;charset=UTF-8"), out.toString());
	}

	private static ResponseEntity<String> answer(WebRequest request, MediaType type, String body) {
		String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(FIVE_MINUTES).build();
		}
		return ResponseEntity.ok().contentType(type).cacheControl(FIVE_MINUTES).eTag(etag).body(body);
	}

	private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastmod != null) {
			element(xml, "lastmod", lastmod);
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
