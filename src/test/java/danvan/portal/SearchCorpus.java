package danvan.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A realistic portal corpus for the search benchmark: titles, leads and bodies composed from the vocabulary of
 * mass-mobilization news (meetings, movements, the "skilful mass mobilization" models, dialogues with citizens,
 * new-countryside building…), dates over ten years, every category. Deterministic for a given seed, inserted
 * with JDBC batches straight into {@code portal_article} (the benchmark then mass-indexes it).
 */
final class SearchCorpus {

	static final String[] SUBJECTS = { "Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận", "Ủy ban Mặt trận Tổ quốc",
			"Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Liên đoàn Lao động",
			"Đảng ủy xã", "Ủy ban nhân dân xã", "Khối dân vận", "Tổ dân vận ấp", "Chi bộ ấp", "Ban Chỉ đạo Quy chế dân chủ",
			"Ban Công tác Mặt trận", "Hội Người cao tuổi", "Hội Chữ thập đỏ", "Công an xã", "Ban Chỉ huy Quân sự xã" };

	static final String[] ACTIONS = { "tổ chức hội nghị", "tổng kết phong trào", "sơ kết công tác", "triển khai kế hoạch",
			"phát động phong trào thi đua", "đối thoại với nhân dân", "tiếp xúc cử tri", "ra quân thực hiện",
			"ký kết chương trình phối hợp", "biểu dương điển hình", "trao tặng bằng khen", "kiểm tra giám sát",
			"tập huấn nghiệp vụ", "tuyên truyền vận động", "khảo sát tình hình", "lấy ý kiến góp ý", "hướng dẫn thực hiện",
			"bàn giao công trình", "thăm hỏi tặng quà", "quán triệt nghị quyết" };

	static final String[] TOPICS = { "công tác dân vận", "dân vận khéo", "xây dựng nông thôn mới", "quy chế dân chủ ở cơ sở",
			"chuyển đổi số", "cải cách hành chính", "an sinh xã hội", "giảm nghèo bền vững", "bảo vệ môi trường",
			"phòng chống thiên tai", "an ninh trật tự", "đại đoàn kết toàn dân tộc", "học tập và làm theo tư tưởng Hồ Chí Minh",
			"xây dựng Đảng và hệ thống chính trị", "phát triển kinh tế tập thể", "chăm lo gia đình chính sách",
			"đô thị văn minh", "nhà tình nghĩa", "đường giao thông nông thôn", "nước sạch vệ sinh môi trường",
			"khuyến học khuyến tài", "bình đẳng giới", "hòa giải ở cơ sở", "phòng chống tham nhũng tiêu cực",
			"đổi mới phương thức lãnh đạo", "tôn giáo dân tộc", "đồng bào có đạo", "hợp tác xã kiểu mới" };

	static final String[] PLACES = { "xã Tân Hương", "xã Long Hưng", "xã Long Định", "xã Bình Trung", "xã Vĩnh Kim",
			"xã Kim Sơn", "tỉnh Đồng Tháp", "ấp Long Hòa", "ấp Bình Thạnh", "ấp Tân Phú", "khu phố 3", "cụm dân cư vượt lũ" };

	static final String[] OCCASIONS = { "năm 2016", "năm 2018", "năm 2020", "năm 2022", "năm 2024", "năm 2025",
			"nhiệm kỳ 2020 - 2025", "giai đoạn 2021 - 2025", "chào mừng ngày truyền thống công tác dân vận",
			"kỷ niệm 90 năm ngày truyền thống", "6 tháng đầu năm", "quý III", "dịp Tết Nguyên đán", "mùa khô",
			"Ngày hội Đại đoàn kết toàn dân tộc", "Tháng hành động vì người nghèo" };

	static final String[] CLAUSES = { "các đại biểu đã thảo luận và thống nhất nhiều giải pháp thiết thực",
			"nhân dân đồng tình hưởng ứng và đóng góp ngày công lao động", "mô hình được nhân rộng ra các ấp trên địa bàn",
			"cán bộ, đảng viên gương mẫu đi đầu trong thực hiện", "kết quả vượt chỉ tiêu nghị quyết đề ra",
			"hội nghị ghi nhận những kiến nghị chính đáng của người dân", "qua đó góp phần củng cố niềm tin của nhân dân với Đảng",
			"đến nay đã vận động được hàng trăm triệu đồng", "nhiều hộ gia đình tự nguyện hiến đất làm đường",
			"lãnh đạo xã trực tiếp trả lời các ý kiến tại chỗ", "những hạn chế được chỉ ra và có hướng khắc phục",
			"phong trào thi đua đã đi vào chiều sâu và thực chất", "các tổ chức đoàn thể phối hợp chặt chẽ",
			"thực hiện phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
			"tập thể và cá nhân tiêu biểu được khen thưởng", "công tác tuyên truyền được đẩy mạnh trên mạng xã hội",
			"bà con phấn khởi vì con đường mới được bê tông hóa", "đoàn viên thanh niên tình nguyện giúp người dân",
			"việc giải quyết thủ tục hành chính nhanh gọn hơn", "các vụ việc khiếu nại được hòa giải thành" };

	/** Rarer words, each in about one article in two thousand: the "few hits" queries of the benchmark. */
	static final String[] RARE = { "máy gặt đập liên hợp", "sân phơi lúa", "cống ngăn mặn", "lò đốt rác mini",
			"tủ sách pháp luật", "camera an ninh", "bếp ăn bán trú", "cầu khỉ", "vườn cây ăn trái", "chợ phiên" };

	private static final Category[] CATEGORIES = Category.values();

	private final Random random;

	SearchCorpus(long seed) {
		this.random = new Random(seed);
	}

	/** Inserts {@code count} published articles in batches of a thousand; returns how many were inserted. */
	int insert(JdbcTemplate jdbc, int count, Instant now) {
		String sql = """
				insert into portal_article (slug, title, lead, body, plain_text, category, author_name, status,
				  published_at, views, revision, created_at, updated_at, updated_by, version)
				values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 1, ?, ?, 'benchmark', 0)""";
		long tenYears = ChronoUnit.SECONDS.between(now.minus(3_650, ChronoUnit.DAYS), now);
		int done = 0;
		while (done < count) {
			List<Object[]> batch = new ArrayList<>();
			for (int i = 0; i < 1_000 && done + i < count; i++) {
				int n = done + i;
				String title = title();
				String lead = sentence() + " " + sentence();
				List<String> paragraphs = new ArrayList<>();
				int length = 4 + random.nextInt(9);
				for (int p = 0; p < length; p++) {
					paragraphs.add(sentence() + " " + sentence() + (random.nextInt(2_000) < 5 ? " Có " + pick(RARE) + "." : ""));
				}
				String plain = String.join("\n", paragraphs);
				String body = "<p>" + String.join("</p><p>", paragraphs) + "</p>";
				Timestamp published = Timestamp.from(now.minusSeconds(random.nextLong(tenYears)));
				batch.add(new Object[] { "bench-" + n + "-" + Slugs.of(title), title, lead, body, plain,
						CATEGORIES[n % CATEGORIES.length].name(), "Phóng viên " + (1 + random.nextInt(40)), published,
						random.nextInt(5_000), published, published });
			}
			jdbc.batchUpdate(sql, batch);
			done += batch.size();
		}
		return done;
	}

	private String title() {
		String title = switch (random.nextInt(4)) {
			case 0 -> pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(TOPICS) + " " + pick(OCCASIONS);
			case 1 -> pick(PLACES) + ": " + pick(ACTIONS) + " về " + pick(TOPICS);
			case 2 -> cap(pick(ACTIONS)) + " " + pick(TOPICS) + " tại " + pick(PLACES);
			default -> cap(pick(TOPICS)) + " ở " + pick(PLACES) + " " + pick(OCCASIONS);
		};
		return cap(title);
	}

	private String sentence() {
		return cap(pick(SUBJECTS) + " " + pick(PLACES) + " " + pick(ACTIONS) + " " + pick(TOPICS) + " " + pick(OCCASIONS)
				+ ", " + pick(CLAUSES)) + ".";
	}

	private String pick(String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String cap(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
