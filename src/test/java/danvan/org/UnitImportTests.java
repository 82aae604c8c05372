package danvan.org;

import static danvan.org.OrgTestSupport.freshCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/** The tree from a list: parents in any order, all of it or nothing, each wrong line said with its row. */
@DanvanSpringTest
class UnitImportTests {

	@Autowired
	UnitImport imports;

	@Autowired
	OrgUnitRepository units;

	@Autowired
	UserDetailsService users;

	@Test
	void aListInAnyOrderBecomesASubtreeUnderAnExistingUnit() {
		String commune = freshCode("XA_NHAP");
		String bloc = freshCode("KDV_NHAP");
		List<UnitImport.Line> lines = List.of(
				new UnitImport.Line(2, bloc, "Khối Dân vận xã Nhập Thử", "Khối Dân vận", "Cấp xã", commune, null, null, null),
				new UnitImport.Line(3, commune, "Đảng ủy xã Nhập Thử", "CAP_UY", "XA", "TU_DONG_THAP", "Ấp 1",
						"0273 123 456", "dangduy@nhapthu.example.vn"));
		UnitImport.Preview preview = imports.preview(admin(), lines);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.ordered()).extracting(UnitImport.Line::row).containsExactly(3, 2);

		imports.commit(admin(), lines);
		OrgUnit created = units.findByCodeIgnoreCase(bloc).orElseThrow();
		OrgUnit parent = units.findByCodeIgnoreCase(commune).orElseThrow();
		assertThat(created.getPath()).isEqualTo(parent.getPath() + created.getId() + "/");
		assertThat(created.isWithin(units.findByCodeIgnoreCase("TU_DONG_THAP").orElseThrow())).isTrue();
	}

	@Test
	void oneWrongLineStopsTheWholeListWithItsRowAndColumn() {
		long before = units.count();
		String good = freshCode("XA_TOT");
		List<UnitImport.Line> lines = List.of(
				new UnitImport.Line(2, good, "Đảng ủy xã Tốt", "CAP_UY", "XA", "TU_DONG_THAP", null, null, null),
				new UnitImport.Line(3, "XA_BINH_DUC", "Trùng mã", "CAP_UY", "XA", good, null, null, null),
				new UnitImport.Line(4, freshCode("XA_LAC"), "Xã lạc", "Không có loại này", "XA", "KHONG_CO", null, "gọi",
						"sai@"));
		UnitImport.Preview preview = imports.preview(admin(), lines);
		assertThat(preview.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
			.containsExactlyInAnyOrder("3:code:org.unit.codeTaken", "4:kind:org.import.kindUnknown",
					"4:phone:org.phone.invalid", "4:email:jakarta.validation.constraints.Email.message",
					"4:parentCode:org.import.parentUnknown");
		assertThatThrownBy(() -> imports.commit(admin(), lines)).isInstanceOf(RuleViolationException.class);
		assertThat(units.count()).isEqualTo(before);
	}

	private Actor admin() {
		return (Actor) users.loadUserByUsername("admin");
	}

}
