package danvan.commendation.catalog;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.platform.documents.DocumentFamily;
import danvan.test.DanvanSpringTest;

/**
 * The administrator renames an issuer as data (the old name ends the day before, kept), with a Vietnamese message
 * for a missing legal basis and for a stale version; the place of the header is changed the same way; a board
 * officer may not.
 */
@DanvanSpringTest
class CommendationIssuerAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IssuerRepository issuers;

	private Issuer fresh(String code) {
		Issuer issuer = new Issuer(code, "BDVHU", DocumentFamily.PARTY, Numbering.TERM, "Châu Thành", null, "VT");
		issuer.addName("Ban Dân vận", "Huyện ủy Châu Thành", null, LocalDate.of(2000, 1, 1), null);
		return issuers.saveAndFlush(issuer);
	}

	@Test
	void aNewNameEndsTheOldOneTheDayBeforeAndKeepsIt() throws Exception {
		Issuer issuer = fresh("ADMIN_RENAME_1");
		mvc.perform(post("/commendation/admin/issuers/rename").with(as(users, "admin"))
			.param("issuer", issuer.getId().toString()).param("version", String.valueOf(issuer.getVersion()))
			.param("name", "Ban Tuyên giáo và Dân vận").param("parentName", "Đảng ủy xã Châu Thành")
			.param("abbreviation", "BTGDV").param("validFrom", "2025-07-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập căn cứ pháp lý")));
		assertThat(issuers.findById(issuer.getId()).orElseThrow().getNames()).hasSize(1);

		mvc.perform(post("/commendation/admin/issuers/rename").with(as(users, "admin"))
			.param("issuer", issuer.getId().toString()).param("version", String.valueOf(issuer.getVersion()))
			.param("name", "Ban Tuyên giáo và Dân vận").param("parentName", "Đảng ủy xã Châu Thành")
			.param("abbreviation", "BTGDV").param("validFrom", "2025-07-01")
			.param("legalBasis", "Quyết định số 01-QĐ/TU ngày 30/6/2025"))
			.andExpect(status().is3xxRedirection());
		Issuer renamed = issuers.findById(issuer.getId()).orElseThrow();
		assertThat(renamed.getNames()).hasSize(2);
		assertThat(renamed.nameOn(LocalDate.of(2025, 6, 30)).getName()).isEqualTo("Ban Dân vận");
		assertThat(renamed.nameOn(LocalDate.of(2025, 6, 30)).getValidTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(renamed.nameOn(LocalDate.of(2025, 7, 1)).getName()).isEqualTo("Ban Tuyên giáo và Dân vận");
		assertThat(renamed.nameOn(LocalDate.of(2025, 7, 1)).getLegalBasis()).startsWith("Quyết định số 01-QĐ/TU");
		assertThat(renamed.abbreviationOn(LocalDate.of(2025, 7, 1))).isEqualTo("BTGDV");
		assertThat(renamed.getVersion()).isGreaterThan(issuer.getVersion());

		mvc.perform(post("/commendation/admin/issuers/place").with(as(users, "admin"))
			.param("issuer", issuer.getId().toString()).param("version", String.valueOf(issuer.getVersion()))
			.param("place", "Đồng Tháp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác thay đổi")));
		assertThat(issuers.findById(issuer.getId()).orElseThrow().getPlace()).isEqualTo("Châu Thành");

		mvc.perform(post("/commendation/admin/issuers/place").with(as(users, "admin"))
			.param("issuer", issuer.getId().toString()).param("version", String.valueOf(renamed.getVersion()))
			.param("place", "Đồng Tháp"))
			.andExpect(status().is3xxRedirection());
		assertThat(issuers.findById(issuer.getId()).orElseThrow().getPlace()).isEqualTo("Đồng Tháp");
	}

	@Test
	void aNameThatDoesNotStartAfterTheCurrentOneIsRefused() throws Exception {
		Issuer issuer = fresh("ADMIN_RENAME_2");
		mvc.perform(post("/commendation/admin/issuers/rename").with(as(users, "admin"))
			.param("issuer", issuer.getId().toString()).param("version", String.valueOf(issuer.getVersion()))
			.param("name", "Ban mới").param("validFrom", "1999-12-31").param("legalBasis", "Quyết định 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày có hiệu lực phải sau ngày 01/01/2000")));
		assertThat(issuers.findById(issuer.getId()).orElseThrow().getNames()).hasSize(1);
	}

	@Test
	void onlyAdministratorsSeeTheScreen() throws Exception {
		mvc.perform(get("/commendation/admin/issuers").with(as(users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quản trị cơ quan ban hành")));
		mvc.perform(get("/commendation/admin/issuers").with(as(users, "bandanvan")))
			.andExpect(status().isForbidden());
	}

}
