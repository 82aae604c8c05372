package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.planning.meeting.Attendance;
import danvan.planning.meeting.AttendanceExport;
import danvan.planning.meeting.MeetingService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** What is recorded on a meeting: invitations, attendance, head counts, the conclusions and their tasks. */
@Controller
@RequestMapping("/planning/meetings/{id}")
class MeetingRecordController {

	private final MeetingService meetings;

	private final AttendanceExport export;

	private final Flash flash;

	MeetingRecordController(MeetingService meetings, AttendanceExport export, Flash flash) {
		this.meetings = meetings;
		this.export = export;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/invitations")
	String invite(@PathVariable Long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long officialId, RedirectAttributes redirect) {
		return act(id, redirect, "invitationProblem", "planning.invitation.saved",
				() -> meetings.invite(CurrentActor.require(), id, unitId, officialId));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/attendance")
	String attendance(@PathVariable Long id, @RequestParam(required = false) Long officialId,
			@RequestParam(required = false) String personName, @RequestParam(required = false) Attendance.Presence presence,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String substituteName,
			@RequestParam(defaultValue = "false") boolean completed, RedirectAttributes redirect) {
		return act(id, redirect, "attendanceProblem", "planning.attendance.saved", () -> meetings.record(CurrentActor.require(),
				id, officialId, personName, presence, reason, substituteName, completed));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/groups")
	String group(@PathVariable Long id, @RequestParam(required = false) String groupName,
			@RequestParam(required = false) Integer headcount, RedirectAttributes redirect) {
		return act(id, redirect, "groupProblem", "planning.group.saved",
				() -> meetings.count(CurrentActor.require(), id, groupName, headcount));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/close")
	String close(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String conclusion,
			@RequestParam(required = false) MultipartFile notice, RedirectAttributes redirect) {
		return act(id, redirect, "closeProblem", "planning.meeting.closed",
				() -> meetings.close(CurrentActor.require(), id, version, conclusion, notice));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/tasks")
	String assign(@PathVariable Long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) Long assigneeUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return act(id, redirect, "taskProblem", "planning.task.saved",
				() -> meetings.assign(CurrentActor.require(), id, text, assigneeUnitId, null, dueOn));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/tasks/{taskId}/done")
	String done(@PathVariable Long id, @PathVariable Long taskId, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "taskProblem", "planning.task.doneSaved",
				() -> meetings.complete(CurrentActor.require(), taskId, version));
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/attendance.xlsx")
	ResponseEntity<byte[]> attendanceSheet(@PathVariable Long id, Locale locale) {
		byte[] content = export.workbook(CurrentActor.require(), id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("diem-danh-" + id + ".xlsx").build().toString())
			.body(content);
	}

	private String act(Long id, RedirectAttributes redirect, String problem, String done, Runnable work) {
		meetings.editableOrReadable(CurrentActor.require(), id);
		try {
			work.run();
			flash.add(redirect, done);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute(problem, flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute(problem + "Field", e.field());
		}
		return "redirect:/planning/meetings/" + id;
	}

}
