package danvan.dialogue.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionStatus;

/**
 * The register's petitions of a period with only the columns Mẫu 03/TCD prints: no entities are built or tracked,
 * and the note of a guided petition's last step comes in the same query. One query per unit, each an equality on
 * {@code unit_id} and a range on {@code received_on} of the {@code (unit_id, received_on, id)} index: with a list
 * of units H2 uses the index for the list only and reads each unit's whole history (a year's register read the
 * five years twelve times when it was paged by month).
 */
@Component
class RegisterEntries {

	/** One petition as the register needs it; {@code guidance} only for a guided one. */
	record Entry(long id, LocalDate receivedOn, String name, String address, String identity, String content,
			PetitionKind kind, int people, PetitionStatus status, Long forwardedTo, String referralNumber,
			LocalDate referralDate, String answer, LocalDate answeredOn, String guidance, String trackingCode) {
	}

	private static final String SQL = """
			select p.id, p.received_on, p.petitioner_name, p.petitioner_address, p.petitioner_identity, p.content, p.kind,
			       p.people, p.status, p.forwarded_to_unit_id, p.referral_number, p.referral_date, p.answer,
			       p.answered_on, p.tracking_code,
			       case when p.status = 'GUIDED' then
			         (select s.note from dialogue_petition_step s where s.petition_id = p.id
			          order by s.acted_at desc, s.id desc limit 1) end as guidance
			from dialogue_petition p
			where p.unit_id = :unit and p.received_on between :from and :to
			order by p.received_on, p.id""";

	private final NamedParameterJdbcTemplate jdbc;

	RegisterEntries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> received(Collection<Long> units, LocalDate from, LocalDate to) {
		List<Entry> entries = new ArrayList<>();
		for (Long unit : units) {
			entries.addAll(jdbc.query(SQL, Map.of("unit", unit, "from", Date.valueOf(from), "to", Date.valueOf(to)),
					(rs, number) -> entry(rs)));
		}
		entries.sort(Comparator.comparing(Entry::receivedOn).thenComparingLong(Entry::id));
		return entries;
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getDate("received_on").toLocalDate(), rs.getString("petitioner_name"),
				rs.getString("petitioner_address"), rs.getString("petitioner_identity"), rs.getString("content"),
				PetitionKind.valueOf(rs.getString("kind")), rs.getInt("people"),
				PetitionStatus.valueOf(rs.getString("status")), rs.getObject("forwarded_to_unit_id", Long.class),
				rs.getString("referral_number"), date(rs, "referral_date"), rs.getString("answer"),
				date(rs, "answered_on"), rs.getString("guidance"), rs.getString("tracking_code"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
