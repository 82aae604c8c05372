package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes a province's consolidated score sheet (400,000 scores, 300,000 of them adjusted at a review step)
 * affordable to import. PostgreSQL checks a foreign key one inserted row at a time, about 4.5 µs a check: for
 * such a sheet that was most of the time the import took.
 * <ul>
 * <li>The score history, an append-only log like the audit trail, loses both its foreign keys (3.6 s for
 * 324,475 history rows). Its rows are only ever written beside the score they change, which keeps its key to the
 * assessment; assessments are never deleted.</li>
 * <li>A score loses its key to the scale item (1.8 s for 408,000 scores). Scores are only entered once the
 * movement is open, and a movement only opens on an active scale, whose items can no longer be removed; every
 * write checks the item against that scale first. The key to its assessment stays.</li>
 * <li>On PostgreSQL, score pages are filled half-way, so changing a score's points rewrites it in place (a
 * heap-only update) without touching its two indexes: 0.85 s instead of 2.4 s for the same review import.
 * Pages written before this migration stay full until the table is rewritten.</li>
 * </ul>
 * A Java migration because H2 and PostgreSQL name the unnamed foreign keys of V21 and V22 differently.
 */
public class V25__emulation_bulk_score_writes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String key : foreignKeys(connection, "emulation_score_change", null)) {
				statement.execute("alter table emulation_score_change drop constraint \"" + key + "\"");
			}
			for (String key : foreignKeys(connection, "emulation_score", "item_id")) {
				statement.execute("alter table emulation_score drop constraint \"" + key + "\"");
			}
			if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				statement.execute("alter table emulation_score set (fillfactor = 50)");
			}
		}
	}

	/** The names of the table's foreign keys, or of those on one column when {@code column} is given. */
	private static Set<String> foreignKeys(Connection connection, String table, String column) throws SQLException {
		Set<String> names = new LinkedHashSet<>();
		try (ResultSet keys = connection.getMetaData()
			.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
			while (keys.next()) {
				if (column == null || column.equals(keys.getString("FKCOLUMN_NAME"))) {
					names.add(keys.getString("FK_NAME"));
				}
			}
		}
		return names;
	}

}
