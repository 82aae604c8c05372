package danvan.identity.web;

import jakarta.validation.constraints.Size;

/** The new password an administrator sets for someone who forgot theirs. */
public class ResetPasswordForm {

	@Size(max = 100)
	private String newPassword;

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
