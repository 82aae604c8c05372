package danvan.oversight;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** The steering committees, read by anyone whose grant covers their unit. */
@Service
@Transactional
public class CommitteeService {

	private final CommitteeRepository committees;

	private final OversightAccess access;

	private final OrgDirectory org;

	CommitteeService(CommitteeRepository committees, OversightAccess access, OrgDirectory org) {
		this.committees = committees;
		this.access = access;
		this.org = org;
	}

	@Transactional(readOnly = true)
	public List<Committee> visibleTo(Actor actor) {
		return committees.findAllByOrderByEstablishedOnDesc().stream().filter(c -> access.canRead(actor, c.getUnitId())).toList();
	}

	@Transactional(readOnly = true)
	public Committee get(Actor actor, Long id) {
		Committee c = committees.findById(id).orElseThrow(NotFoundException::record);
		access.requireRead(access.canRead(actor, c.getUnitId()));
		return c;
	}

	public Committee create(Actor actor, Long unitId, Long supportUnitId, String name, String establishedBy,
			LocalDate establishedOn, List<Committee.Member> members) {
		if (unitId == null || !org.exists(unitId)) {
			throw RuleViolationException.onField("unitId", "oversight.committee.unit.required");
		}
		access.requireHandle(actor, unitId);
		Committee c = new Committee(unitId, supportUnitId, name, establishedBy, establishedOn);
		members.forEach(c::add);
		return committees.save(c);
	}

	public long count() {
		return committees.count();
	}

}
