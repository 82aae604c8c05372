package danvan.planning.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.SqlParams;
import danvan.org.OrgDirectory;
import danvan.planning.PlanningAccess;
import danvan.planning.PlanningUploads;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Meetings: called by the organiser unit's handlers, seen by the organiser's subtree and by the invited units;
 * the invited are notified of the invitation and of every change.
 */
@Service
@Transactional
public class MeetingService {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	public record Filter(Long unitId, Meeting.Kind kind, Meeting.Status status, LocalDate from, LocalDate to,
			String query) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}

	}

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final AttendanceRepository attendance;

	private final AttendeeGroupRepository groups;

	private final MeetingTaskRepository tasks;

	private final MeetingDocumentRepository documents;

	private final PlanningAccess access;

	private final OrgDirectory org;

	private final PlanningUploads uploads;

	private final NotificationService notifications;

	private final Clock clock;

	MeetingService(MeetingRepository meetings, InvitationRepository invitations, AttendanceRepository attendance,
			AttendeeGroupRepository groups, MeetingTaskRepository tasks, MeetingDocumentRepository documents, PlanningAccess access, OrgDirectory org,
			PlanningUploads uploads, NotificationService notifications, Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.attendance = attendance;
		this.groups = groups;
		this.tasks = tasks;
		this.documents = documents;
		this.access = access;
		this.org = org;
		this.uploads = uploads;
		this.notifications = notifications;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<Meeting> list(Actor actor, Filter f) {
		return page(actor, f, Pageable.unpaged()).getContent();
	}

	/** The meetings the actor may see that match the filter, narrowed, counted and paged in the database. */
	@Transactional(readOnly = true)
	public Page<Meeting> page(Actor actor, Filter f,
			Pageable page) {
		Set<Long> scope = org.readableUnits(actor);
		if (scope != null && scope.isEmpty()) {
			return Page.empty(page);
		}
		Set<Long> within = f.unitId() == null ? null : org.unitIdsWithin(f.unitId());
		List<String> words = danvan.platform.text.Folding.likePatterns(f.query(), 4);
		return meetings.filtered(scope == null, SqlParams.idsOrNone(scope), within == null, SqlParams.idsOrNone(within), f.kind(), f.status(),
				f.from() == null ? null : f.from().atStartOfDay(), f.to() == null ? null : f.to().plusDays(1).atStartOfDay(),
				SqlParams.word(words, 0), SqlParams.word(words, 1), SqlParams.word(words, 2), SqlParams.word(words, 3), page);
	}



	@Transactional(readOnly = true)
	public Meeting get(Actor actor, Long id) {
		Meeting meeting = meetings.findById(id).orElseThrow(NotFoundException::record);
		if (!readable(actor, meeting, invitations.findByMeetingIdOrderById(id))) {
			throw new org.springframework.security.access.AccessDeniedException("planning: meeting outside scope");
		}
		return meeting;
	}

	@Transactional(readOnly = true)
	public Meeting editable(Actor actor, Long id) {
		Meeting meeting = get(actor, id);
		access.requireHandle(actor, meeting.getOrganiserUnitId());
		return meeting;
	}

	/** Refuses (403/404) before a form is read when the actor may not even see the meeting. */
	@Transactional(readOnly = true)
	public Meeting editableOrReadable(Actor actor, Long id) {
		return get(actor, id);
	}

	public boolean canHandle(Actor actor, Meeting meeting) {
		return access.canHandle(actor, meeting.getOrganiserUnitId());
	}

	private boolean readable(Actor actor, Meeting m, List<Invitation> invited) {
		return access.canRead(actor, m.getOrganiserUnitId()) || invited.stream().anyMatch(i -> access.canRead(actor, i.getUnitId()));
	}

	public Meeting create(Actor actor, Long organiserUnitId, MeetingDraft draft) {
		if (organiserUnitId == null || org.unit(organiserUnitId).isEmpty()) {
			throw RuleViolationException.onField("organiserUnitId", "planning.meeting.organiser.required");
		}
		access.requireHandle(actor, organiserUnitId);
		check(draft);
		org.requireOpenOn(organiserUnitId, draft.startsAt().toLocalDate(), "organiserUnitId");
		Meeting meeting = new Meeting(organiserUnitId, clock.instant(), actor.username());
		meeting.describe(draft);
		return meetings.save(meeting);
	}

	public Meeting update(Actor actor, Long id, long version, MeetingDraft draft) {
		Meeting meeting = editable(actor, id);
		StaleRecordException.check(version, meeting.getVersion());
		check(draft);
		meeting.describe(draft);
		tell(actor, meeting, "planning.notice.changed");
		return meeting;
	}

	public void cancel(Actor actor, Long id, long version) {
		Meeting meeting = editable(actor, id);
		StaleRecordException.check(version, meeting.getVersion());
		meeting.cancel();
		tell(actor, meeting, "planning.notice.cancelled");
	}

	@Transactional(readOnly = true)
	public List<Invitation> invitations(Long meetingId) {
		return invitations.findByMeetingIdOrderById(meetingId);
	}

	@Transactional(readOnly = true)
	public List<Attendance> attendance(Long meetingId) {
		return attendance.findByMeetingIdOrderById(meetingId);
	}

	@Transactional(readOnly = true)
	public List<AttendeeGroup> groups(Long meetingId) {
		return groups.findByMeetingIdOrderById(meetingId);
	}

	@Transactional(readOnly = true)
	public List<MeetingTask> tasks(Long meetingId) {
		return tasks.findByMeetingIdOrderById(meetingId);
	}

	/** Invites a unit, or one official of it; the invited are told in-app and by e-mail when mail is configured. */
	public Invitation invite(Actor actor, Long meetingId, Long unitId, Long officialId) {
		Meeting meeting = editable(actor, meetingId);
		Long unit = unitId;
		if (officialId != null) {
			OrgDirectory.OfficialRef official = org.official(officialId)
				.orElseThrow(() -> RuleViolationException.onField("officialId", "planning.invitation.official.unknown"));
			unit = official.unitId();
		}
		if (unit == null || org.unit(unit).isEmpty()) {
			throw RuleViolationException.onField("unitId", "planning.invitation.unit.required");
		}
		Long invitedUnit = unit;
		boolean already = invitations.findByMeetingIdOrderById(meetingId)
			.stream()
			.anyMatch(i -> i.getUnitId().equals(invitedUnit) && java.util.Objects.equals(i.getOfficialId(), officialId));
		if (already) {
			throw RuleViolationException.onField("unitId", "planning.invitation.duplicate");
		}
		Invitation invitation = invitations.save(new Invitation(meetingId, unit, officialId));
		notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unit), "/planning/meetings/" + meetingId,
				"planning.notice.invited", meeting.getTitle(), meeting.getStartsAt().format(WHEN), place(meeting))
			.mailed("planning.notice.invited.subject", meeting.getTitle())
			.except(actor.username()));
		return invitation;
	}

	/**
	 * One line of the attendance list. An official who was not invited (nor their unit) is recorded as a guest.
	 */
	public Attendance record(Actor actor, Long meetingId, Long officialId, String personName, Attendance.Presence presence,
			String reason, String substituteName, boolean completed) {
		Meeting meeting = editable(actor, meetingId);
		if (meeting.getStatus() == Meeting.Status.CANCELLED) {
			throw RuleViolationException.onField("presence", "planning.meeting.cancelledAlready");
		}
		Long unitId = null;
		String name = personName == null ? null : personName.strip();
		if (officialId != null) {
			OrgDirectory.OfficialRef official = org.official(officialId)
				.orElseThrow(() -> RuleViolationException.onField("officialId", "planning.invitation.official.unknown"));
			unitId = official.unitId();
			name = official.fullName();
		}
		if (name == null || name.isBlank() || name.length() > 150) {
			throw RuleViolationException.onField("personName", "planning.attendance.name.required");
		}
		if (presence == null) {
			throw RuleViolationException.onField("presence", "planning.attendance.presence.required");
		}
		if (presence == Attendance.Presence.ABSENT && (reason == null || reason.isBlank())) {
			throw RuleViolationException.onField("reason", "planning.attendance.reason.required");
		}
		if (presence == Attendance.Presence.SUBSTITUTE && (substituteName == null || substituteName.isBlank())) {
			throw RuleViolationException.onField("substituteName", "planning.attendance.substitute.required");
		}
		List<Invitation> invited = invitations.findByMeetingIdOrderById(meetingId);
		if (officialId != null) {
			// the official as they served on the meeting's day: a 2020 attendee moved by the 2025 reform still came
			// from the unit invited then, and is listed under it
			LocalDate day = meeting.getStartsAt().toLocalDate();
			Long then = invited.stream()
				.filter(i -> i.getOfficialId() == null)
				.map(Invitation::getUnitId)
				.filter(u -> org.officialsIn(u, day).stream().anyMatch(o -> o.id().equals(officialId)))
				.findFirst()
				.orElse(null);
			unitId = then == null ? unitId : then;
		}
		Long unit = unitId;
		boolean guest = officialId == null ? true
				: invited.stream().noneMatch(i -> officialId.equals(i.getOfficialId())
						|| (i.getOfficialId() == null && unit != null && org.isWithin(unit, i.getUnitId())));
		return attendance.save(new Attendance(meetingId, officialId, name, unitId, presence,
				presence == Attendance.Presence.ABSENT ? reason.strip() : null,
				presence == Attendance.Presence.SUBSTITUTE ? substituteName.strip() : null, guest,
				meeting.getKind() == Meeting.Kind.TRAINING && completed));
	}

	public AttendeeGroup count(Actor actor, Long meetingId, String groupName, Integer headcount) {
		editable(actor, meetingId);
		if (groupName == null || groupName.isBlank() || groupName.length() > 200) {
			throw RuleViolationException.onField("groupName", "planning.group.name.required");
		}
		if (headcount == null || headcount < 0 || headcount > 100_000) {
			throw RuleViolationException.onField("headcount", "planning.group.headcount.range");
		}
		return groups.save(new AttendeeGroup(meetingId, groupName.strip(), headcount));
	}

	/** Present and substitutes on the list, plus the counted groups. */
	@Transactional(readOnly = true)
	public int attendees(Long meetingId) {
		return (int) attendance.findByMeetingIdOrderById(meetingId).stream().filter(Attendance::attended).count()
				+ groups.findByMeetingIdOrderById(meetingId).stream().mapToInt(AttendeeGroup::getHeadcount).sum();
	}

	@Transactional(readOnly = true)
	public java.util.Map<Long, Integer> attendees(List<Long> meetingIds) {
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		if (meetingIds.isEmpty()) {
			return counts;
		}
		attendance.findByMeetingIdIn(meetingIds).stream().filter(Attendance::attended)
			.forEach(a -> counts.merge(a.getMeetingId(), 1, Integer::sum));
		groups.findByMeetingIdIn(meetingIds).forEach(g -> counts.merge(g.getMeetingId(), g.getHeadcount(), Integer::sum));
		return counts;
	}

	/** Closes the meeting with its conclusions (text and the conclusion notice as a file). */
	public Meeting close(Actor actor, Long id, long version, String conclusion, MultipartFile notice) {
		Meeting meeting = editable(actor, id);
		StaleRecordException.check(version, meeting.getVersion());
		if (meeting.getStatus() == Meeting.Status.CANCELLED) {
			throw RuleViolationException.onField("conclusion", "planning.meeting.cancelledAlready");
		}
		if (meeting.getStartsAt().toLocalDate().isAfter(today())) {
			throw RuleViolationException.onField("conclusion", "planning.meeting.notYetHeld");
		}
		if (conclusion == null || conclusion.isBlank()) {
			throw RuleViolationException.onField("conclusion", "planning.meeting.conclusion.required");
		}
		if (conclusion.length() > 8000) {
			throw RuleViolationException.onField("conclusion", "planning.text.tooLong", 8000);
		}
		Long fileId = notice == null || notice.isEmpty() ? null : uploads.store(notice, "notice", "files.empty");
		meeting.close(conclusion.strip(), fileId);
		return meeting;
	}

	/** A task from the conclusions: text, the assignee unit (and official), a due date; the unit is told. */
	public MeetingTask assign(Actor actor, Long meetingId, String text, Long assigneeUnitId, Long assigneeOfficialId,
			LocalDate dueOn) {
		Meeting meeting = editable(actor, meetingId);
		if (text == null || text.isBlank() || text.length() > 2000) {
			throw RuleViolationException.onField("text", "planning.task.text.required");
		}
		Long unit = assigneeUnitId;
		if (assigneeOfficialId != null) {
			unit = org.official(assigneeOfficialId)
				.orElseThrow(() -> RuleViolationException.onField("assigneeOfficialId", "planning.invitation.official.unknown"))
				.unitId();
		}
		if (unit == null || org.unit(unit).isEmpty()) {
			throw RuleViolationException.onField("assigneeUnitId", "planning.task.assignee.required");
		}
		if (dueOn == null) {
			throw RuleViolationException.onField("dueOn", "planning.task.due.required");
		}
		MeetingTask task = tasks.save(new MeetingTask(meetingId, text.strip(), unit, assigneeOfficialId, dueOn));
		notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unit), "/planning/meetings/" + meetingId,
				"planning.notice.task", text.strip(), dueOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), meeting.getTitle())
			.except(actor.username()));
		return task;
	}

	/** The assignee's handlers or the organiser's mark a task done. */
	public MeetingTask complete(Actor actor, Long taskId, long version) {
		MeetingTask task = tasks.findById(taskId).orElseThrow(NotFoundException::record);
		Meeting meeting = get(actor, task.getMeetingId());
		if (!access.canHandle(actor, task.getAssigneeUnitId()) && !access.canHandle(actor, meeting.getOrganiserUnitId())) {
			throw new org.springframework.security.access.AccessDeniedException("planning: not the task's unit");
		}
		StaleRecordException.check(version, task.getVersion());
		if (task.getStatus() != MeetingTask.Status.DONE) {
			task.done(today());
		}
		return task;
	}

	/** Every conclusion task the actor may see, with the meeting it came from. */
	@Transactional(readOnly = true)
	public List<MeetingTask> tasksVisibleTo(Actor actor) {
		return tasks.findAllByOrderByDueOn()
			.stream()
			.filter(t -> access.canRead(actor, t.getAssigneeUnitId())
					|| meetings.findById(t.getMeetingId()).map(m -> access.canRead(actor, m.getOrganiserUnitId())).orElse(false))
			.toList();
	}

	/** Every conclusion task, for the figures: the caller has checked the reader may see the unit counted. */
	@Transactional(readOnly = true)
	public List<MeetingTask> allTasks() {
		return tasks.findAllByOrderByDueOn();
	}

	/** Meetings held that started from {@code from} to {@code to}, for the figures, unfiltered. */
	@Transactional(readOnly = true)
	public List<Meeting> heldBetween(LocalDate from, LocalDate to) {
		return between(from, to).stream()
			.filter(m -> m.getStatus() == Meeting.Status.HELD && !m.getStartsAt().toLocalDate().isBefore(from))
			.toList();
	}

	/** Meetings overlapping {@code from..to}, unfiltered: the calendar narrows them to a person. */
	@Transactional(readOnly = true)
	public List<Meeting> between(LocalDate from, LocalDate to) {
		return meetings.findByStartsAtLessThanAndEndsAtGreaterThanEqualOrderByStartsAt(to.plusDays(1).atStartOfDay(),
				from.atStartOfDay());
	}

	@Transactional(readOnly = true)
	public List<MeetingTask> tasksDue(LocalDate from, LocalDate to) {
		return tasks.findByDueOnBetweenOrderByDueOn(from, to);
	}

	@Transactional(readOnly = true)
	public Set<Long> invitedUnits(Long meetingId) {
		return invitations.findByMeetingIdOrderById(meetingId).stream().map(Invitation::getUnitId).collect(Collectors.toSet());
	}

	@Transactional(readOnly = true)
	public java.util.Map<Long, List<Invitation>> invitationsOf(List<Long> meetingIds) {
		return meetingIds.isEmpty() ? java.util.Map.of()
				: invitations.findByMeetingIdIn(meetingIds).stream().collect(Collectors.groupingBy(Invitation::getMeetingId));
	}

	/** The meeting's papers, withdrawn ones included (they stay on the record), for those who may read it. */
	@Transactional(readOnly = true)
	public List<MeetingDocument> documents(Actor actor, Long meetingId) {
		get(actor, meetingId);
		return documents.findByMeetingIdOrderById(meetingId);
	}

	/**
	 * Puts up one of the meeting's papers (agenda, invitation, minutes, other), PDF or Word checked by content;
	 * the invited are told. A cancelled meeting takes no more papers.
	 */
	public MeetingDocument addDocument(Actor actor, Long meetingId, MeetingDocument.Kind kind, String title,
			MultipartFile upload) {
		Meeting meeting = editable(actor, meetingId);
		if (meeting.getStatus() == Meeting.Status.CANCELLED) {
			throw RuleViolationException.onField("file", "planning.meeting.cancelledAlready");
		}
		if (kind == null) {
			throw RuleViolationException.onField("kind", "planning.document.kind.required");
		}
		String name = title == null ? "" : title.strip();
		if (name.length() > 300) {
			throw RuleViolationException.onField("title", "planning.text.tooLong", 300);
		}
		Long fileId = uploads.store(upload, "file", "planning.document.file.required");
		if (name.isEmpty()) {
			name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename().strip();
			name = name.length() > 300 ? name.substring(0, 300) : name;
		}
		MeetingDocument document = documents
			.save(new MeetingDocument(meetingId, kind, name, fileId, clock.instant(), actor.username()));
		tell(actor, meeting, "planning.notice.document");
		return document;
	}

	/** Withdraws a paper put up by mistake: it stays listed, marked, with the reason; nothing is deleted. */
	public MeetingDocument withdrawDocument(Actor actor, Long meetingId, Long documentId, long version, String reason) {
		editable(actor, meetingId);
		MeetingDocument document = documents.findById(documentId)
			.filter(d -> d.getMeetingId().equals(meetingId))
			.orElseThrow(NotFoundException::record);
		StaleRecordException.check(version, document.getVersion());
		if (document.isWithdrawn()) {
			throw RuleViolationException.onField("reason", "planning.document.withdrawnAlready");
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "planning.document.reason.required");
		}
		if (reason.length() > 500) {
			throw RuleViolationException.onField("reason", "planning.text.tooLong", 500);
		}
		document.withdraw(reason.strip(), clock.instant(), actor.username());
		return document;
	}

	/**
	 * The paper to download: its meeting's readers get a current one; a withdrawn one only its organiser's
	 * handlers (it is kept as evidence), everyone else a 404.
	 */
	@Transactional(readOnly = true)
	public MeetingDocument document(Actor actor, Long meetingId, Long documentId) {
		Meeting meeting = get(actor, meetingId);
		MeetingDocument document = documents.findById(documentId)
			.filter(d -> d.getMeetingId().equals(meetingId))
			.orElseThrow(NotFoundException::record);
		if (document.isWithdrawn() && !canHandle(actor, meeting)) {
			throw NotFoundException.record();
		}
		return document;
	}

	private void tell(Actor actor, Meeting meeting, String key) {
		for (Long unit : invitedUnits(meeting.getId())) {
			notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unit), "/planning/meetings/" + meeting.getId(),
					key, meeting.getTitle(), meeting.getStartsAt().format(WHEN), place(meeting))
				.mailed(key + ".subject", meeting.getTitle())
				.except(actor.username()));
		}
	}

	private static String place(Meeting m) {
		return m.getPlace() == null ? (m.isOnline() ? "trực tuyến" : "") : m.getPlace();
	}

	private static void check(MeetingDraft d) {
		if (d.kind() == null) {
			throw RuleViolationException.onField("kind", "planning.meeting.kind.required");
		}
		if (d.title() == null || d.title().isBlank()) {
			throw RuleViolationException.onField("title", "planning.meeting.title.required");
		}
		if (d.startsAt() == null) {
			throw RuleViolationException.onField("startsAt", "planning.meeting.start.required");
		}
		if (d.endsAt() == null) {
			throw RuleViolationException.onField("endsAt", "planning.meeting.end.required");
		}
		if (d.endsAt().isBefore(d.startsAt())) {
			throw RuleViolationException.onField("endsAt", "planning.meeting.end.beforeStart");
		}
		if (d.startsAt().isBefore(LocalDateTime.of(1945, 1, 1, 0, 0)) || d.startsAt().getYear() > 2100) {
			throw RuleViolationException.onField("startsAt", "planning.meeting.start.range");
		}
	}

}
