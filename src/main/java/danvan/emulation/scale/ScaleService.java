package danvan.emulation.scale;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.EmulationAccess;
import danvan.emulation.movement.Threshold;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Scoring scales: drafting, activation, revision into a new version, copying, comparing versions. */
@Service
@Transactional
public class ScaleService {

	private final ScaleRepository scales;

	private final EmulationAccess access;

	private final Clock clock;

	ScaleService(ScaleRepository scales, EmulationAccess access, Clock clock) {
		this.scales = scales;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ScoringScale> all() {
		return scales.findAllByOrderByFamilyAscVersionNoDesc();
	}

	@Transactional(readOnly = true)
	public ScoringScale get(Long id) {
		ScoringScale scale = scales.findById(id).orElseThrow(NotFoundException::record);
		scale.getItems().size();
		scale.getThresholds().size();
		return scale;
	}

	@Transactional(readOnly = true)
	public List<ScaleNode> tree(Long id) {
		return ScaleNode.treeOf(get(id));
	}

	public ScoringScale create(Actor actor, String family, String name, Long ownerUnitId, BigDecimal bonusCap) {
		access.requireManage(actor, ownerUnitId);
		String key = family == null ? "" : family.trim().toUpperCase();
		if (!key.matches("[A-Z0-9_\\-]{2,60}")) {
			throw RuleViolationException.onField("family", "emulation.scale.family.invalid");
		}
		if (scales.existsByFamily(key)) {
			throw RuleViolationException.onField("family", "emulation.scale.family.taken", key);
		}
		if (bonusCap == null || bonusCap.signum() < 0) {
			throw RuleViolationException.onField("bonusCap", "emulation.scale.bonusCap.invalid");
		}
		return scales.save(new ScoringScale(key, 1, name.trim(), ownerUnitId, bonusCap, null, clock.instant(),
				actor.username()));
	}

	public ScaleItem addItem(Actor actor, Long scaleId, long version, ItemDraft draft) {
		ScoringScale scale = editable(actor, scaleId, version);
		return scale.addItem(draft.parentCode(), draft.code().trim(), draft.name().trim(), draft.kind(),
				draft.maxPoints(), draft.guidance(), draft.evidenceRequired());
	}

	public void reviseItem(Actor actor, Long scaleId, long version, String code, String name,
			BigDecimal maxPoints) {
		editable(actor, scaleId, version).reviseItem(code, name, maxPoints);
	}

	public void removeItem(Actor actor, Long scaleId, long version, String code) {
		editable(actor, scaleId, version).removeItem(code);
	}

	public void settings(Actor actor, Long scaleId, long version, BigDecimal bonusCap, List<Threshold> thresholds) {
		ScoringScale scale = editable(actor, scaleId, version);
		scale.changeBonusCap(bonusCap);
		scale.replaceThresholds(thresholds);
	}

	public void activate(Actor actor, Long scaleId, long version) {
		editable(actor, scaleId, version).activate(clock.instant());
	}

	/** Rà soát thang điểm: a new draft version of the same family, copied from this one. */
	public ScoringScale revise(Actor actor, Long scaleId) {
		ScoringScale source = get(scaleId);
		access.requireManage(actor, source.getOwnerUnitId());
		int next = scales.lastVersionOf(source.getFamily()).orElse(0) + 1;
		return scales.save(copy(actor, source, source.getFamily(), next, source.getName()));
	}

	/** A new family started from a previous year's scale. */
	public ScoringScale copyAsNew(Actor actor, Long scaleId, String family, String name) {
		ScoringScale source = get(scaleId);
		ScoringScale created = create(actor, family, name, source.getOwnerUnitId(), source.getBonusCap());
		copyInto(source, created);
		return created;
	}

	@Transactional(readOnly = true)
	public ScaleDiff diff(Long olderId, Long newerId) {
		return ScaleDiff.between(get(olderId), get(newerId));
	}

	private ScoringScale copy(Actor actor, ScoringScale source, String family, int versionNo, String name) {
		ScoringScale copy = new ScoringScale(family, versionNo, name, source.getOwnerUnitId(), source.getBonusCap(),
				source.getId(), clock.instant(), actor.username());
		copyInto(source, copy);
		return copy;
	}

	private static void copyInto(ScoringScale source, ScoringScale target) {
		for (ScaleItem item : source.getItems()) {
			target.addItem(item.getParent() == null ? null : item.getParent().getCode(), item.getCode(),
					item.getName(), item.getKind(), item.getMaxPoints(), item.getGuidance(), item.isEvidenceRequired());
		}
		target.replaceThresholds(source.getThresholds()
			.stream()
			.map(t -> new Threshold(t.getLabel(), t.getMinTotal()))
			.toList());
	}

	private ScoringScale editable(Actor actor, Long scaleId, long version) {
		ScoringScale scale = get(scaleId);
		access.requireManage(actor, scale.getOwnerUnitId());
		StaleRecordException.check(version, scale.getVersion());
		return scale;
	}

}
