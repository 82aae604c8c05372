package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import danvan.platform.text.Folding;

/**
 * Plans and meetings are filtered, counted and paged in the database: each row keeps its words without
 * diacritics ({@code search_folded}, "hoi nghi so ket" for "Hội nghị sơ kết") for the word search, and the
 * indexes the list's narrowing uses. A Java migration because H2 has no {@code unaccent}: the rows already there
 * are folded with the same {@link Folding} the application uses.
 */
public class V201__planning_list_search extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table planning_plan add column search_folded varchar(1500) not null default ''");
			statement.execute("alter table planning_meeting add column search_folded varchar(1500) not null default ''");
			statement.execute("create index planning_plan_period on planning_plan (period_from desc, id desc)");
			statement.execute("create index planning_split_unit on planning_split (unit_id, item_id)");
			statement.execute("create index planning_invitation_unit_meeting on planning_invitation (unit_id, meeting_id)");
		}
		fold(connection, "select id, title, doc_number from planning_plan", "update planning_plan set search_folded = ? where id = ?");
		fold(connection, "select id, title, place from planning_meeting", "update planning_meeting set search_folded = ? where id = ?");
	}

	private static void fold(Connection connection, String select, String update) throws SQLException {
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery(select);
				PreparedStatement write = connection.prepareStatement(update)) {
			while (rows.next()) {
				write.setString(1, folded(rows.getString(2), rows.getString(3)));
				write.setLong(2, rows.getLong(1));
				write.addBatch();
			}
			write.executeBatch();
		}
	}

	/** The same words {@code Plan} and {@code Meeting} keep: title and document number, or title and place. */
	static String folded(String first, String second) {
		String text = Folding.fold((first == null ? "" : first) + " " + (second == null ? "" : second));
		return text.length() > 1500 ? text.substring(0, 1500) : text;
	}

}
