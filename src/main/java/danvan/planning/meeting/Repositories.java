package danvan.planning.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findAllByOrderByStartsAtDesc();

	List<Meeting> findByStartsAtLessThanAndEndsAtGreaterThanEqualOrderByStartsAt(LocalDateTime before, LocalDateTime after);

	List<Meeting> findByKindAndStatusAndStartsAtBetween(Meeting.Kind kind, Meeting.Status status, LocalDateTime from,
			LocalDateTime to);

}

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	List<Invitation> findByMeetingIdOrderById(Long meetingId);

	List<Invitation> findByMeetingIdIn(Collection<Long> meetingIds);

}

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	List<Attendance> findByMeetingIdOrderById(Long meetingId);

	List<Attendance> findByMeetingIdIn(Collection<Long> meetingIds);

}

interface AttendeeGroupRepository extends JpaRepository<AttendeeGroup, Long> {

	List<AttendeeGroup> findByMeetingIdOrderById(Long meetingId);

	List<AttendeeGroup> findByMeetingIdIn(Collection<Long> meetingIds);

}

interface MeetingTaskRepository extends JpaRepository<MeetingTask, Long> {

	List<MeetingTask> findByMeetingIdOrderById(Long meetingId);

	List<MeetingTask> findByDueOnBetweenOrderByDueOn(LocalDate from, LocalDate to);

	List<MeetingTask> findAllByOrderByDueOn();

}

interface MeetingDutyRepository extends JpaRepository<MeetingDuty, Long> {

	List<MeetingDuty> findByMeetingKindAndEffectiveFromLessThanEqual(Meeting.Kind kind, LocalDate on);

}
