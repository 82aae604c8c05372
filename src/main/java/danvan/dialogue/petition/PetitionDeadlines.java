package danvan.dialogue.petition;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;
import danvan.dialogue.DialogueAccess;

/**
 * On the calendar: the reply date of each petition still waiting, for those who read it (the receiving unit and
 * the body it was forwarded to, and the boards above them). The petitioner is never named: the tracking code and
 * the content the lists show.
 */
@Component
class PetitionDeadlines implements DeadlineSource {

	static final String LABEL = "dialogue.deadline.petition-reply";

	private final PetitionRepository petitions;

	private final DialogueAccess access;

	PetitionDeadlines(PetitionRepository petitions, DialogueAccess access) {
		this.petitions = petitions;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to) {
		return petitions.waitingDueBetween(PetitionStatus.WAITING, from, to)
			.stream()
			.filter(p -> access.reads(actor, p))
			.map(p -> new Deadline("petition-reply-" + p.getId(), LABEL, p.getTrackingCode() + " — " + shortly(p.getContent()),
					p.getReplyDue(), p.getForwardedToUnitId() == null ? p.getUnitId() : p.getForwardedToUnitId(),
					"/dialogue/petitions/" + p.getId()))
			.toList();
	}

	static String shortly(String text) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return line.length() <= 80 ? line : line.substring(0, 79) + "…";
	}

}
