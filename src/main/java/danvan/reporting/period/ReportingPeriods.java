package danvan.reporting.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The period schemes in use, and the period before a report's when it runs exactly one window of its scheme. */
@Service
public class ReportingPeriods {

	private final PeriodSchemeRepository schemes;

	ReportingPeriods(PeriodSchemeRepository schemes) {
		this.schemes = schemes;
	}

	@Transactional(readOnly = true)
	public List<PeriodScheme> schemes() {
		return schemes.findAll(org.springframework.data.domain.Sort.by("code"));
	}

	@Transactional(readOnly = true)
	public Optional<PeriodScheme> scheme(String code) {
		return code == null ? Optional.empty() : schemes.findById(code);
	}

	/**
	 * The period to compare with: the scheme's previous window when {@code from}–{@code to} is one of its windows,
	 * otherwise the same number of days just before.
	 */
	@Transactional(readOnly = true)
	public Span previous(String schemeCode, LocalDate from, LocalDate to) {
		Optional<PeriodWindow> window = scheme(schemeCode).flatMap(s -> s.matching(from, to).map(s::previous));
		if (window.isPresent()) {
			return new Span(window.get().from(), window.get().to());
		}
		long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
		return new Span(from.minusDays(days), from.minusDays(1));
	}

	public record Span(LocalDate from, LocalDate to) {
	}

}
