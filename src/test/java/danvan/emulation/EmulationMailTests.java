package danvan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.movement.Movement;
import danvan.identity.AccountDraft;
import danvan.identity.AccountService;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.test.TestDatabase;

/** With SMTP configured, the next step's reviewer gets an e-mail, delivered to a real in-process server. */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + EmulationMailTests.PORT })
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("db")
class EmulationMailTests {

	static final int PORT = 39_825;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AccountService accounts;

	@Autowired
	AssessmentService assessments;

	@Test
	void submittingMailsTheFirstStepsReviewer() throws Exception {
		String username = "thamdinh.thu" + ThreadLocalRandom.current().nextInt(100_000);
		accounts.create(fixture.admin(), username, "Danvan@2026", new AccountDraft("Đỗ Thị Thư", username + "@example.vn",
				null, fixture.unit("BDV_CHAU_THANH"), List.of(new Grant(Role.REVIEWER, fixture.unit("HU_CHAU_THANH")))));
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of(username));
		Long unit = fixture.unit("XA_LONG_DINH");
		DemoActor officer = fixture.officer("XA_LONG_DINH");
		assessments.submit(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion());

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(username + "@example.vn");
		assertThat(mail.getSubject()).startsWith("[Thi đua] Phong trào thử");
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
	}

}
