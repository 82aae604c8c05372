package danvan.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import danvan.identity.AccountDraft;
import danvan.identity.AccountService;
import danvan.identity.Accounts;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.test.TestDatabase;

/**
 * A module posts a notice through the platform: the unit's officer finds it in the inbox, with the unread count
 * in the header until it is opened, and — SMTP being configured — in the real in-process mailbox.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + NotificationInboxTests.PORT })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("db")
class NotificationInboxTests {

	static final int PORT = 39_826;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accountService;

	@Autowired
	NotificationService notifications;

	@Autowired
	MockMvc mvc;

	@Test
	void aNoticeToAUnitsOfficersReachesTheInboxAndTheMailbox() throws Exception {
		Accounts accounts = new Accounts(context);
		Long unit = accounts.unitId("XA_LONG_DINH");
		String officer = Accounts.unique("canbo");
		accountService.create(accounts.actor("admin"), officer, Accounts.PASSWORD, new AccountDraft("Trần Thị Mai",
				officer + "@example.vn", null, unit, List.of(new Grant(Role.UNIT_OFFICER, unit))));

		int posted = notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unit), "/account/password",
				"platform.notifications.unread", 3).mailed("platform.notifications.title").except("admin"));

		assertThat(posted).isPositive();
		assertThat(notifications.unread(accounts.actor(officer))).isEqualTo(1);
		mvc.perform(get("/account/password").with(user(accounts.principal(officer))))
			.andExpect(content().string(containsString("aria-label=\"1 thông báo chưa đọc\"")));
		mvc.perform(get("/notifications").with(user(accounts.principal(officer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 thông báo chưa đọc")))
			.andExpect(content().string(containsString("href=\"/account/password\"")));
		mvc.perform(get("/account/password").with(user(accounts.principal(officer))))
			.andExpect(content().string(not(containsString("thông báo chưa đọc\""))));
		assertThat(notifications.readAll(accounts.actor(officer))).singleElement().satisfies(n -> {
			assertThat(n.getMessage()).isEqualTo("3 thông báo chưa đọc");
			assertThat(n.isRead()).isTrue();
		});

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipient(m).equals(officer + "@example.vn"))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Thông báo");
		assertThat(mail.getContent().toString()).contains("3 thông báo chưa đọc");
	}

	@Test
	void theFormerEmulationAddressLeadsToTheInbox() throws Exception {
		Accounts accounts = new Accounts(context);
		String reader = accounts.create("nguoidoc", Role.REVIEWER, null);
		mvc.perform(get("/emulation/notifications").with(user(accounts.principal(reader))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/notifications"));
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
