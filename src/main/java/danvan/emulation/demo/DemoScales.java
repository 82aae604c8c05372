package danvan.emulation.demo;

import java.math.BigDecimal;
import java.util.List;

import danvan.emulation.movement.Threshold;
import danvan.emulation.scale.ItemDraft;
import danvan.emulation.scale.ItemKind;

/** The demo district's scale: version 1, and version 2 after the board's review (rà soát thang điểm). */
public final class DemoScales {

	private DemoScales() {
	}

	public static final List<Threshold> THRESHOLDS = List.of(new Threshold("Xuất sắc", new BigDecimal("95")),
			new Threshold("Tốt", new BigDecimal("85")), new Threshold("Khá", new BigDecimal("70")),
			new Threshold("Trung bình", new BigDecimal("50")), new Threshold("Yếu", BigDecimal.ZERO));

	public static List<ItemDraft> version1() {
		return List.of(group("I", "Công tác lãnh đạo, chỉ đạo", 20),
				criterion("I", "I.1", "Ban hành kế hoạch, chương trình thực hiện phong trào", 10,
						"Có kế hoạch bằng văn bản trong 15 ngày kể từ ngày phát động: 10 điểm; chậm: 5 điểm.", true),
				criterion("I", "I.2", "Quán triệt, tuyên truyền phong trào đến cán bộ, đảng viên và Nhân dân", 10,
						"Mỗi hình thức tuyên truyền 2 điểm, tối đa 10 điểm.", false),
				group("II", "Thực hiện Quy chế dân chủ ở cơ sở", 30),
				criterion("II", "II.1", "Đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", 15,
						"Tổ chức ít nhất 1 cuộc đối thoại có biên bản: 15 điểm.", true),
				criterion("II", "II.2", "Giải quyết kiến nghị của Nhân dân sau đối thoại", 15,
						"Tỷ lệ kiến nghị được giải quyết × 15.", false),
				group("III", "Phong trào thi đua “Dân vận khéo”", 30),
				criterion("III", "III.1", "Xây dựng mô hình “Dân vận khéo” mới", 15,
						"Mỗi mô hình được công nhận 5 điểm, tối đa 15 điểm.", true),
				criterion("III", "III.2", "Biểu dương, nhân rộng điển hình", 15, "Có hội nghị biểu dương: 15 điểm.",
						false),
				group("IV", "Hoạt động của Khối Dân vận", 20),
				criterion("IV", "IV.1", "Họp Khối Dân vận định kỳ hằng quý", 10, "Mỗi quý 2,5 điểm.", false),
				criterion("IV", "IV.2", "Báo cáo sơ kết, tổng kết đúng hạn", 10, "Mỗi báo cáo chậm trừ 2,5 điểm.",
						false),
				new ItemDraft(null, "T.1", "Mô hình được cấp huyện trở lên công nhận", ItemKind.BONUS,
						new BigDecimal("3"), "3 điểm mỗi mô hình.", true),
				new ItemDraft(null, "T.2", "Sáng kiến, cách làm hay được nhân rộng", ItemKind.BONUS,
						new BigDecimal("3"), "3 điểm.", false),
				new ItemDraft(null, "TR.1", "Nộp báo cáo chậm, không đầy đủ", ItemKind.PENALTY, new BigDecimal("2"),
						"Trừ 1 điểm mỗi lần, tối đa 2 điểm.", false),
				new ItemDraft(null, "TR.2", "Để xảy ra khiếu kiện đông người, vượt cấp", ItemKind.PENALTY,
						new BigDecimal("5"), "Trừ 5 điểm.", false));
	}

	/** After the review: I.2 worth 8, a new I.3 on training, IV.2 replaced by IV.3 on supervision. */
	static List<ItemDraft> version2Changes() {
		return List.of(criterion("I", "I.3", "Cử cán bộ tham gia tập huấn nghiệp vụ công tác dân vận", 2,
				"Tham gia đầy đủ: 2 điểm.", false),
				criterion("IV", "IV.3", "Kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở", 10,
						"Có kế hoạch và báo cáo kết quả kiểm tra: 10 điểm.", true));
	}

	private static ItemDraft group(String code, String name, int points) {
		return new ItemDraft(null, code, name, ItemKind.GROUP, new BigDecimal(points), null, false);
	}

	private static ItemDraft criterion(String parent, String code, String name, int points, String guidance,
			boolean evidence) {
		return new ItemDraft(parent, code, name, ItemKind.CRITERION, new BigDecimal(points), guidance, evidence);
	}

}
