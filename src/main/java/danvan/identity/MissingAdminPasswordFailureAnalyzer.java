package danvan.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing-password message plainly instead of a stack trace. */
public class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
		return new FailureAnalysis(MissingAdminPasswordException.MESSAGE,
				"DANVAN_ADMIN_PASSWORD=<mật khẩu> java -jar danvan.jar", cause);
	}

}
