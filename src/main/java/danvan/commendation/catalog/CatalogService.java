package danvan.commendation.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.eligibility.EligibilityRule;
import danvan.commendation.eligibility.EligibilityRuleRepository;

/** The award catalogue, its rules, issuers and the prize money: coefficient × base salary on the decision date. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	private final AwardTypeRepository awards;

	private final EligibilityRuleRepository rules;

	private final BaseSalaryRepository salaries;

	private final IssuerRepository issuers;

	CatalogService(AwardTypeRepository awards, EligibilityRuleRepository rules, BaseSalaryRepository salaries,
			IssuerRepository issuers) {
		this.awards = awards;
		this.rules = rules;
		this.salaries = salaries;
		this.issuers = issuers;
	}

	public List<AwardType> awardTypes() {
		return awards.findByActiveTrueOrderBySortOrder();
	}

	public AwardType awardType(Long id) {
		return awards.findById(id).orElseThrow(NotFoundException::record);
	}

	public AwardType awardType(String code) {
		return awards.findByCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(NotFoundException::record);
	}

	public java.util.Optional<AwardType> findAwardType(String code) {
		return code == null ? java.util.Optional.empty() : awards.findByCode(code.strip().toUpperCase(Locale.ROOT));
	}

	public List<EligibilityRule> rulesOf(AwardType award) {
		return rules.findByAwardTypeIdOrderById(award.getId());
	}

	public List<BaseSalary> baseSalaries() {
		return salaries.findAllByOrderByEffectiveFromDesc();
	}

	public List<Issuer> issuers() {
		return issuers.findAll();
	}

	public Issuer issuer(Long id) {
		return issuers.findById(id).orElseThrow(NotFoundException::record);
	}

	/** The prize when both the coefficient and the base salary are known on {@code date}. */
	public java.util.Optional<BigDecimal> knownAmount(AwardType award, LocalDate date) {
		var coefficient = award.coefficientOn(date);
		var base = salaries.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date);
		if (coefficient.isEmpty() || base.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(coefficient.get().getCoefficient().multiply(base.get().getAmount())
			.setScale(0, RoundingMode.HALF_UP));
	}

	/** The prize: the award's coefficient × the base salary, both as in force on {@code date}, in whole đồng. */
	public BigDecimal amount(AwardType award, LocalDate date) {
		BigDecimal coefficient = award.coefficientOn(date)
			.orElseThrow(() -> RuleViolationException.onField("award", "commendation.award.noCoefficient", award.getName()))
			.getCoefficient();
		BigDecimal base = salaries.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date)
			.orElseThrow(() -> RuleViolationException.onField("date", "commendation.baseSalary.none"))
			.getAmount();
		return coefficient.multiply(base).setScale(0, RoundingMode.HALF_UP);
	}

}
