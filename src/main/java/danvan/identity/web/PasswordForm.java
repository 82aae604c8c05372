package danvan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changing their own password: the current one, and the new one typed twice. */
public class PasswordForm {

	@NotBlank
	@Size(max = 100)
	private String currentPassword;

	@NotBlank
	@Size(max = 100)
	private String newPassword;

	@NotBlank
	@Size(max = 100)
	private String confirmPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	/** Passwords are never sent back to the browser. */
	void forget() {
		currentPassword = null;
		newPassword = null;
		confirmPassword = null;
	}

}
