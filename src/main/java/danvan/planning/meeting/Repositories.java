package danvan.planning.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findAllByOrderByStartsAtDesc();

	/**
	 * The list, narrowed, counted and paged in the database: the reader's units ({@code everywhere} for a
	 * system-wide grant) and the chosen subtree ({@code anyUnit} when none) each match the organiser or an invited
	 * unit; each word ({@code w1..w4}, {@code like} patterns) must be in the folded title and place.
	 */
	@Query("""
			select m from Meeting m
			where (:everywhere = true or m.organiserUnitId in :scope
			       or exists (select 1 from Invitation i where i.meetingId = m.id and i.unitId in :scope))
			  and (:anyUnit = true or m.organiserUnitId in :within
			       or exists (select 1 from Invitation j where j.meetingId = m.id and j.unitId in :within))
			  and (:kind is null or m.kind = :kind)
			  and (:status is null or m.status = :status)
			  and (cast(:from as LocalDateTime) is null or m.startsAt >= :from)
			  and (cast(:to as LocalDateTime) is null or m.startsAt < :to)
			  and (cast(:w1 as String) is null or m.searchFolded like :w1 escape '!')
			  and (cast(:w2 as String) is null or m.searchFolded like :w2 escape '!')
			  and (cast(:w3 as String) is null or m.searchFolded like :w3 escape '!')
			  and (cast(:w4 as String) is null or m.searchFolded like :w4 escape '!')
			order by m.startsAt desc, m.id desc""")
	Page<Meeting> filtered(@Param("everywhere") boolean everywhere, @Param("scope") Collection<Long> scope,
			@Param("anyUnit") boolean anyUnit, @Param("within") Collection<Long> within, @Param("kind") Meeting.Kind kind,
			@Param("status") Meeting.Status status, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
			@Param("w1") String w1, @Param("w2") String w2, @Param("w3") String w3, @Param("w4") String w4, Pageable page);

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

interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

	List<MeetingDocument> findByMeetingIdOrderById(Long meetingId);

}
