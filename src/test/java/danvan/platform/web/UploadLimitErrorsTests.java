package danvan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

class UploadLimitErrorsTests {

	private final UploadLimitErrors errors = new UploadLimitErrors(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anOversizedApiUploadGetsA413ProblemInVietnamese() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		Object answer = errors.tooLarge(new MockHttpServletRequest("POST", "/api/emulation/movements/1/score-imports"));

		ResponseEntity<?> response = (ResponseEntity<?>) answer;
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(((ProblemDetail) response.getBody()).getDetail()).startsWith("Tệp gửi lên quá lớn");
	}

	@Test
	void anOversizedFormUploadGetsTheErrorPageWithTheSameMessage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		ModelAndView page = (ModelAndView) errors.tooLarge(new MockHttpServletRequest("POST", "/portal/images"));

		assertThat(page.getStatus()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(page.getViewName()).isEqualTo("error/problem");
		assertThat((String) page.getModel().get("message")).contains("Dữ liệu chưa được lưu");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/platform");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
