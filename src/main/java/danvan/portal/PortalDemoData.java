package danvan.portal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import danvan.platform.RunMode;
import danvan.platform.security.CurrentActor;

/**
 * On first start in demo mode: the seed article as the district portal shows it (with a generated picture
 * of the conference hall and its 68 views), 33 other articles in the four categories, and a few approved
 * and pending reader comments.
 */
@Component
@Order(30)
class PortalDemoData implements ApplicationRunner {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final ReaderCommentRepository comments;

	private final PortalImages images;

	private final RunMode mode;

	private TreeMap<LocalDate, String> publishers;

	PortalDemoData(ArticleRepository articles, ArticleRevisionRepository revisions, ReaderCommentRepository comments,
			PortalImages images, RunMode mode) {
		this.articles = articles;
		this.revisions = revisions;
		this.comments = comments;
		this.images = images;
		this.mode = mode;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!mode.isDemo() || articles.count() > 0) {
			return;
		}
		Article seed = seedArticle();
		comment(seed, "Nguyễn Văn Hải", "Chúc mừng các tập thể, cá nhân được khen thưởng. Mong Ban Dân vận tiếp tục nhân rộng các mô hình hay.", CommentStatus.APPROVED, 1);
		comment(seed, "Trần Thị Thu", "Mô hình \"Dân vận khéo\" ở xã tôi đã giúp bà con hiến đất làm đường, rất thiết thực.", CommentStatus.APPROVED, 2);
		comment(seed, "Lê Minh", "Đề nghị đăng thêm danh sách các mô hình được tuyên dương để bà con học tập.", CommentStatus.APPROVED, 3);
		comment(seed, "Phạm Hoa", "Xin hỏi khi nào tổ chức đối thoại chuyên đề tiếp theo ở xã Tam Hiệp?", CommentStatus.PENDING, 4);
		comment(seed, "Bạn đọc", "Bài viết rất hay, cảm ơn ban biên tập.", CommentStatus.PENDING, 5);
		List<Article> others = demoArticles();
		for (int i = 0; i < others.size(); i += 4) {
			comment(others.get(i), "Võ Thanh Bình", "Cảm ơn bài viết, thông tin rất bổ ích cho cán bộ cơ sở.",
					CommentStatus.APPROVED, 1);
		}
		comment(others.get(1), "Huỳnh Ngọc", "Đề nghị có thêm hình ảnh của buổi họp mặt.", CommentStatus.PENDING, 2);
	}

	private Article seedArticle() {
		List<String> lines = read("portal/seed-article.txt").lines()
			.map(line -> line.replace('\u00a0', ' ').strip())
			.toList();
		String title = lines.get(1);
		long views = Long.parseLong(lines.get(2));
		LocalDate date = LocalDate.parse(lines.get(3), DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		List<String> paragraphs = new ArrayList<>();
		String caption = null;
		for (String line : lines.subList(4, lines.size())) {
			if (line.isEmpty() || line.endsWith(".png") || line.startsWith("Ý kiến bạn đọc")) {
				continue;
			}
			if (line.startsWith("Ảnh:")) {
				caption = line;
			}
			else {
				paragraphs.add(line);
			}
		}
		String author = paragraphs.remove(paragraphs.size() - 1);
		String lead = paragraphs.remove(0);
		PortalImage image = images.save(PortalImages.jpeg(conferenceHall()), "quang-canh-hoi-nghi.jpg", caption);
		StringBuilder body = new StringBuilder();
		body.append("<figure class=\"image\"><img src=\"").append(image.displayUrl()).append("\" alt=\"")
			.append(HtmlUtils.htmlEscape(caption)).append("\"><figcaption>").append(HtmlUtils.htmlEscape(caption))
			.append("</figcaption></figure>");
		paragraphs.forEach(p -> body.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>"));
		return article(title, lead, body.toString(), Category.TIN_HOAT_DONG, author, date, views);
	}

	private List<Article> demoArticles() {
		List<Article> created = new ArrayList<>();
		for (String block : read("portal/demo-articles.txt").split("(?m)^### ")) {
			if (block.isBlank()) {
				continue;
			}
			List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			String[] head = lines.get(0).split("\\|");
			StringBuilder body = new StringBuilder();
			lines.subList(3, lines.size()).forEach(p -> body.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>"));
			long views = 20 + Math.abs(lines.get(1).hashCode() % 400);
			created.add(article(lines.get(1), lines.get(2), body.toString(), Category.valueOf(head[0].strip()),
					head[2].strip(), LocalDate.parse(head[1].strip()), views));
		}
		return created;
	}

	private Article article(String title, String lead, String html, Category category, String author, LocalDate date,
			long views) {
		Instant publishedAt = date.atTime(LocalTime.of(8, 0)).atZone(PortalDates.ZONE).toInstant();
		ArticleHtml.Cleaned body = ArticleHtml.clean(html);
		ArticleContent content = new ArticleContent(title, lead, body.html(), body.text(), category, author,
				publishedAt, body.coverImageId());
		Article article = new Article(Slugs.of(title), content, views, publishedAt, CurrentActor.name());
		article.publish(publishedAt, publishedAt, CurrentActor.name(), publisherOn(date));
		Article saved = articles.save(article);
		revisions.save(new ArticleRevision(saved));
		return saved;
	}

	/** Who published on {@code date} in the demo's story ({@code portal/demo-publishers.txt}). */
	private String publisherOn(LocalDate date) {
		if (publishers == null) {
			publishers = new TreeMap<>();
			read("portal/demo-publishers.txt").lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\\|"))
				.forEach(cells -> publishers.put(LocalDate.parse(cells[0].strip()), cells[1].strip()));
		}
		var entry = publishers.floorEntry(date);
		return entry == null ? null : entry.getValue();
	}

	private void comment(Article article, String name, String text, CommentStatus status, int hoursAfter) {
		Instant at = article.getPublishedAt().plus(Duration.ofHours(hoursAfter));
		ReaderComment comment = new ReaderComment(article.getId(), name, null, text, "demo-" + article.getId() + "-" + hoursAfter,
				"demo", at);
		if (status != CommentStatus.PENDING) {
			comment.moderate(status, at.plus(Duration.ofHours(1)), "kiemduyet");
		}
		comments.save(comment);
	}

	/** A placeholder photograph: a conference hall with a red stage, a banner and rows of delegates. */
	static BufferedImage conferenceHall() {
		int width = 1200;
		int height = 675;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0xF3E9D2), 0, height, new Color(0xC9B79C)));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xA4161A));
		g.fillRect(150, 60, 900, 230);
		g.setColor(new Color(0xF4C542));
		g.fillRect(250, 95, 700, 40);
		int[] xs = { 600, 612, 650, 620, 630, 600, 570, 580, 550, 588 };
		int[] ys = { 160, 195, 195, 217, 255, 232, 255, 217, 195, 195 };
		g.fillPolygon(xs, ys, xs.length);
		g.setColor(new Color(0x6B3E26));
		g.fillRect(100, 290, 1000, 40);
		for (int row = 0; row < 5; row++) {
			int y = 380 + row * 58;
			for (int seat = 0; seat < 14; seat++) {
				int x = 90 + seat * 76 + (row % 2) * 20;
				g.setColor(new Color(0x2F3A4A));
				g.fillOval(x, y, 34, 34);
				g.setColor(new Color(0xFFFFFF));
				g.fillRoundRect(x - 8, y + 30, 50, 26, 10, 10);
			}
		}
		g.dispose();
		return image;
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}


}
