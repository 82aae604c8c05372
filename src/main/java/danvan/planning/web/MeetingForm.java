package danvan.planning.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form. */
public class MeetingForm {

	private Long organiserUnitId;

	private danvan.planning.meeting.Meeting.Kind kind;

	@Size(max = 300)
	private String title;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startsAt;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime endsAt;

	@Size(max = 300)
	private String place;

	private boolean online;

	@Size(max = 150)
	private String chairName;

	@Size(max = 4000)
	private String agenda;

	@Size(max = 4000)
	private String courseContent;

	private long version;

	public Long getOrganiserUnitId() {
		return organiserUnitId;
	}

	public void setOrganiserUnitId(Long organiserUnitId) {
		this.organiserUnitId = organiserUnitId;
	}

	public danvan.planning.meeting.Meeting.Kind getKind() {
		return kind;
	}

	public void setKind(danvan.planning.meeting.Meeting.Kind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public String getChairName() {
		return chairName;
	}

	public void setChairName(String chairName) {
		this.chairName = chairName;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getCourseContent() {
		return courseContent;
	}

	public void setCourseContent(String courseContent) {
		this.courseContent = courseContent;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	danvan.planning.meeting.MeetingDraft draft() {
		return new danvan.planning.meeting.MeetingDraft(kind, title, startsAt, endsAt, place, online, chairName, agenda, courseContent);
	}

	static MeetingForm of(danvan.planning.meeting.Meeting m) {
		MeetingForm f = new MeetingForm();
		f.organiserUnitId = m.getOrganiserUnitId();
		f.kind = m.getKind();
		f.title = m.getTitle();
		f.startsAt = m.getStartsAt();
		f.endsAt = m.getEndsAt();
		f.place = m.getPlace();
		f.online = m.isOnline();
		f.chairName = m.getChairName();
		f.agenda = m.getAgenda();
		f.courseContent = m.getCourseContent();
		f.version = m.getVersion();
		return f;
	}

}
