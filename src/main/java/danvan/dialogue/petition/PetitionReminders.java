package danvan.dialogue.petition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.cluster.ClusterJobs;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Role;
import danvan.dialogue.deadline.DeadlineRules;

/**
 * Every morning: the officer who took down a waiting petition, its unit's officers and the body it was forwarded
 * to are reminded once a few working days before the reply is due ({@code REMIND_BEFORE}) and once when it falls
 * due (the overdue list shows the older ones). {@code dialogue_petition_reminder} remembers what went out, so a rerun sends nothing twice.
 */
@Component
public class PetitionReminders {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PetitionRepository petitions;

	private final DeadlineRules deadlines;

	private final NotificationService notifications;

	private final OrgDirectory org;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ClusterJobs jobs;

	PetitionReminders(PetitionRepository petitions, DeadlineRules deadlines, NotificationService notifications,
			OrgDirectory org, JdbcTemplate jdbc, Clock clock, ClusterJobs jobs) {
		this.jobs = jobs;
		this.petitions = petitions;
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.org = org;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${danvan.dialogue.reminders-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		jobs.runOnce("dialogue.petition-reminders", this::remind);
	}

	/** Sends today's reminders; answers how many petitions were reminded. */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(clock);
		LocalDate horizon = deadlines.due(DeadlineRules.REMIND_BEFORE, today);
		int sent = 0;
		for (Petition p : petitions.waitingDueBetween(PetitionStatus.WAITING, today,
				horizon == null ? today : horizon)) {
			String kind = p.getReplyDue().isAfter(today) ? "BEFORE" : "DUE";
			if (!firstTime(p, kind)) {
				continue;
			}
			String key = kind.equals("BEFORE") ? "dialogue.notice.dueSoon" : "dialogue.notice.due";
			String link = "/dialogue/petitions/" + p.getId();
			String unit = org.nameOf(p.getUnitId()).orElse("");
			String due = p.getReplyDue().format(DATE);
			notifications.post(Notice.of(Addressees.accounts(java.util.List.of(p.getCreatedBy())), link, key,
					p.getTrackingCode(), unit, due));
			notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, p.getUnitId()), link, key,
					p.getTrackingCode(), unit, due).except(p.getCreatedBy()));
			if (p.getForwardedToUnitId() != null) {
				notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, p.getForwardedToUnitId()), link, key,
						p.getTrackingCode(), unit, due));
			}
			sent++;
		}
		return sent;
	}

	private boolean firstTime(Petition p, String kind) {
		Integer already = jdbc.queryForObject(
				"select count(*) from dialogue_petition_reminder where petition_id = ? and kind = ? and due = ?",
				Integer.class, p.getId(), kind, Date.valueOf(p.getReplyDue()));
		if (already != null && already > 0) {
			return false;
		}
		jdbc.update("insert into dialogue_petition_reminder (petition_id, kind, due, sent_at) values (?, ?, ?, ?)",
				p.getId(), kind, Date.valueOf(p.getReplyDue()), Timestamp.from(clock.instant()));
		return true;
	}

}
