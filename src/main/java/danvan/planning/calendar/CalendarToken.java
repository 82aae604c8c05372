package danvan.planning.calendar;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** The secret part of a person's calendar address; renewing it stops the old address. */
@Entity
@Table(name = "planning_calendar_token")
@AuditTrail("CalendarToken")
class CalendarToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String token;

	private Instant createdAt;

	protected CalendarToken() {
	}

	CalendarToken(String username, String token, Instant createdAt) {
		this.username = username;
		this.token = token;
		this.createdAt = createdAt;
	}

	void renew(String token, Instant at) {
		this.token = token;
		this.createdAt = at;
	}

	String getUsername() {
		return username;
	}

	String getToken() {
		return token;
	}

	@Override
	public String toString() {
		return "CalendarToken[" + username + "]";
	}

}
