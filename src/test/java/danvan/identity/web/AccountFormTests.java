package danvan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import danvan.identity.AccountDraft;
import danvan.identity.web.AccountForm.GrantRow;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.web.RuleViolationException;

class AccountFormTests {

	@Test
	void blankRowsAreIgnoredAndRepeatedRowsCountOnce() {
		AccountForm form = form(new GrantRow(Role.UNIT_OFFICER, "12"), new GrantRow(), new GrantRow(null, " "),
				new GrantRow(Role.UNIT_OFFICER, "12"), new GrantRow(Role.ADMIN, "all"));

		AccountDraft draft = form.toDraft();

		assertThat(draft.grants()).containsExactly(new Grant(Role.UNIT_OFFICER, 12L), new Grant(Role.ADMIN, null));
	}

	@Test
	void aRowNeedsBothRoleAndScope() {
		assertThatThrownBy(() -> form(new GrantRow(null, "12")).toDraft()).isInstanceOf(RuleViolationException.class)
			.hasMessage("identity.grant.incomplete");
		assertThatThrownBy(() -> form(new GrantRow(Role.EDITOR, "")).toDraft())
			.hasMessage("identity.grant.incomplete");
	}

	@Test
	void aScopeThatIsNotAUnitIdIsAnUnknownUnit() {
		assertThatThrownBy(() -> form(new GrantRow(Role.EDITOR, "abc")).toDraft())
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("identity.unit.unknown");
	}

	@Test
	void theFormOffersBlankRowsBelowTheFilledOnes() {
		AccountForm form = form(new GrantRow(Role.EDITOR, "all"), new GrantRow()).withBlankRows();

		assertThat(form.getGrants()).hasSize(1 + AccountForm.BLANK_ROWS);
		assertThat(form.getGrants().get(0).getRole()).isEqualTo(Role.EDITOR);
	}

	private static AccountForm form(GrantRow... rows) {
		AccountForm form = new AccountForm();
		form.setDisplayName("Người thử");
		form.setGrants(new ArrayList<>(List.of(rows)));
		return form;
	}

}
