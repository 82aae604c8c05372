package danvan.exemplar.showcase;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.register.UnitScope;
import danvan.platform.text.Folding;

/** The recognised exemplars the public portal shows, narrowed by field, unit (subtree) and stage. */
@Service
@Transactional(readOnly = true)
public class Showcase {

	private final ExemplarRepository exemplars;

	private final danvan.org.OrgDirectory org;

	Showcase(ExemplarRepository exemplars, danvan.org.OrgDirectory org) {
		this.exemplars = exemplars;
		this.org = org;
	}

	public List<Exemplar> recognised(String field, Long unitId, String stage) {
		var inUnit = UnitScope.within(org, unitId);
		return exemplars.findAll((root, query, cb) -> cb.equal(root.get("status"), ExemplarStatus.RECOGNISED))
			.stream()
			.filter(e -> field == null || field.isBlank() || e.getFieldCode().equals(field))
			.filter(e -> stage == null || stage.isBlank() || e.entryIn(stage).isPresent())
			.filter(e -> inUnit.test(e.getUnitId()))
			.sorted(Comparator.comparing(Exemplar::isTypical).reversed()
				.thenComparing(Exemplar::getRecognisedOn, Comparator.reverseOrder())
				.thenComparing(e -> Folding.fold(e.getName())))
			.toList();
	}

}
