package danvan.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's own full-text search ({@code DANVAN_SEARCH=postgresql}): the columns and indexes of V130 (words
 * folded by {@code unaccent}, GIN indexes, trigrams for near matches). Every node reads the same rows, so an article
 * saved on one node is found on all of them as soon as its transaction commits.
 * <p>
 * Ranking, as the Lucene engine's: all the words in the title first, then the words as a phrase in the title, the
 * lead or the body's opening, then {@code ts_rank} over those (title A, lead B, opening D), newest first on ties.
 * Ranking reads only the small {@code search_head} vector, never whole bodies; matching uses {@code search_all}.
 * Beyond a thousand hits only the title matches are scored (see {@link #BROAD}).
 */
@Component
@ConditionalOnProperty(name = SearchEngineSettings.PROPERTY, havingValue = SearchEngineSettings.POSTGRESQL)
class PostgresArticleSearch implements ArticleSearchEngine {

	private static final Logger log = LoggerFactory.getLogger(PostgresArticleSearch.class);

	private static final String MARKS = "StartSel=\u0001, StopSel=\u0002";

	private static final String FRAGMENTS = "MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=\u0003, " + MARKS;

	/*
	 * The statements below take the query's words and phrase as tsquery constants (:words and :phrase, from TSQUERIES): the
	 * planner then knows how many rows they match (a broad query is read newest first, a rare one through the GIN
	 * index), which it cannot know of a parameter in a cached plan; and no function runs again for every row.
	 */
	private static final String TSQUERIES = "select plainto_tsquery('danvan_folded', ?)::text, phraseto_tsquery('danvan_folded', ?)::text";

	private static final String FILTER = "a.status = 'PUBLISHED' and a.published_at <= ?";

	/** Matches, counted no further than needed. */
	private static final String COUNT = "select count(*) from (select 1 from portal_article a where a.search_all @@ :words and "
			+ FILTER + " limit ?) m";

	/** Up to a thousand hits: every one scored (every word in the title, the phrase in the title, lead or opening, ts_rank). */
	private static final String RANKED = """
			select a.id, a.published_at,
			       case when a.search_title @@ :words then 4 else 0 end + case when a.search_head @@ :phrase then 2 else 0 end
			       + ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_head, :words) as score
			from portal_article a
			where a.search_all @@ :words and %s
			order by score desc, a.published_at desc, a.id desc
			limit ? offset ?""".formatted(FILTER);

	/**
	 * Beyond a thousand hits (a query matching much of the portal): the articles with every word in the title,
	 * scored on their title only (the phrase, ts_rank), then the others newest first, read from the newest down
	 * until the page is full. The work stays bounded by the title matches and the page asked, not by the hits;
	 * body-only matches of so broad a query are all weak, and a news reader wants the newest of them.
	 */
	private static final String BROAD = """
			select * from (
			  (select a.id, a.published_at, 4 + case when a.search_title @@ :phrase then 2 else 0 end + ts_rank(a.search_title, :words) as score
			   from portal_article a
			   where a.search_title @@ :words and %1$s
			   order by score desc, a.published_at desc, a.id desc limit ?)
			  union all
			  (select a.id, a.published_at, -1 as score
			   from portal_article a
			   where a.search_all @@ :words and not a.search_title @@ :words and %1$s
			   order by a.published_at desc, a.id desc limit ?)) t
			order by score desc, published_at desc, id desc
			limit ? offset ?""".formatted(FILTER);

	private static final String PAGE = """
			with top as (%4$s)
			select a.slug, a.title, a.lead, a.published_at,
			       ts_headline('danvan_folded', translate(a.title, '<>&', E'\\4\\5\\6'), :words, 'HighlightAll=true, %1$s') as marked_title,
			       ts_headline('danvan_folded', translate(left(a.plain_text, %3$d), '<>&', E'\\4\\5\\6'), :words, '%2$s') as body_marks,
			       ts_headline('danvan_folded', translate(a.lead, '<>&', E'\\4\\5\\6'), :words, '%2$s') as lead_marks
			from top join portal_article a on a.id = top.id
			order by top.score desc, top.published_at desc, top.id desc
			""";

	private static final String RANKED_PAGE = PAGE.formatted(MARKS, FRAGMENTS, Article.SUMMARY_LENGTH, RANKED);

	private static final String BROAD_PAGE = PAGE.formatted(MARKS, FRAGMENTS, Article.SUMMARY_LENGTH, BROAD);

	/** Near matches: the folded title and lead whose trigrams are closest to the query's. */
	private static final String NEAR = """
			select a.slug, a.title, a.lead, a.published_at, null as marked_title, null as body_marks, null as lead_marks
			from portal_article a
			where danvan_fold(?) <% a.search_folded and a.status = 'PUBLISHED' and a.published_at <= ?
			order by word_similarity(danvan_fold(?), a.search_folded) desc, a.published_at desc, a.id desc
			limit ? offset ?
			""";

	private static final String NEAR_COUNT = """
			select count(*) from (select 1 from portal_article a
			where danvan_fold(?) <% a.search_folded and a.status = 'PUBLISHED' and a.published_at <= ? limit ?) n
			""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** How alike (0–1, pg_trgm's word similarity) a title or lead must be to the query for a near match. */
	private final double nearMatch;

	/** How long a near match may take before the page says nothing was found. */
	private final Duration nearMatchTimeLimit;

	PostgresArticleSearch(DataSource dataSource, Clock clock, @Value("${danvan.search.near-match:0.5}") double nearMatch,
			@Value("${danvan.search.near-match-time-limit:500ms}") Duration nearMatchTimeLimit) {
		this.nearMatch = nearMatch;
		this.nearMatchTimeLimit = nearMatchTimeLimit;
		this.jdbc = new JdbcTemplate(dataSource);
		// the time limit: a query still running after it is cancelled by the database
		this.jdbc.setQueryTimeout((int) ArticleSearch.TIME_LIMIT.toSeconds());
		this.clock = clock;
		String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		if (!"PostgreSQL".equals(database)) {
			throw new IllegalStateException("DANVAN_SEARCH=postgresql needs a PostgreSQL database (DANVAN_DB_URL), not " + database);
		}
	}

	/** The newest change to any article, by any node: a save elsewhere makes this node's kept first pages stale. */
	@Override
	public String stamp() {
		Timestamp newest = jdbc.queryForObject("select max(updated_at) from portal_article", Timestamp.class);
		return newest == null ? "" : newest.toInstant().toString();
	}

	@Override
	public ArticleSearch.Results find(String words, int page) {
		Timestamp now = Timestamp.from(clock.instant());
		try {
			String[] q = jdbc.queryForObject(TSQUERIES, (rs, row) -> new String[] { constant(rs.getString(1)), constant(rs.getString(2)) },
					words, words);
			long total = count(with(COUNT, q), now);
			if (total > 0) {
				int offset = page * ArticleSearch.PAGE_SIZE;
				List<ArticleSearch.Hit> hits = total <= offset ? List.of()
						: total <= ArticleSearch.COUNT_UP_TO
								? jdbc.query(with(RANKED_PAGE, q), PostgresArticleSearch::hit, now, ArticleSearch.PAGE_SIZE, offset)
								: jdbc.query(with(BROAD_PAGE, q), PostgresArticleSearch::hit, now, offset + ArticleSearch.PAGE_SIZE,
										now, offset + ArticleSearch.PAGE_SIZE, ArticleSearch.PAGE_SIZE, offset);
				return results(words, hits, total, false, page);
			}
			if (List.of(words.split(" ")).stream().noneMatch(w -> w.length() >= 4)) {
				return results(words, List.of(), 0, false, page);
			}
			return jdbc.execute((ConnectionCallback<ArticleSearch.Results>) connection -> near(connection, words, now, page));
		}
		catch (DataAccessException e) {
			// past the time limit (or the database unavailable): an empty page that says nothing was found, not an error
			log.warn("Search for '{}' page {} stopped: {}", words, page, e.getMessage());
			return results(words, List.of(), 0, false, page);
		}
	}

	/** A tsquery as printed by PostgreSQL, as an SQL constant. */
	private static String constant(String tsquery) {
		return "'" + (tsquery == null ? "" : tsquery.replace("'", "''")) + "'::tsquery";
	}

	private static String with(String sql, String[] q) {
		return sql.replace(":words", q[0]).replace(":phrase", q[1]);
	}

	/** On one connection: the similarity a near match needs (configuration), then the near matches. */
	private ArticleSearch.Results near(Connection connection, String words, Timestamp now, int page) throws SQLException {
		settings(connection, Double.toString(nearMatch), Long.toString(nearMatchTimeLimit.toMillis()));
		try {
			JdbcTemplate single = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			long near = count(single, NEAR_COUNT, words, now);
			List<ArticleSearch.Hit> hits = near <= (long) page * ArticleSearch.PAGE_SIZE ? List.of()
					: single.query(NEAR, PostgresArticleSearch::hit, words, now, words, ArticleSearch.PAGE_SIZE,
							page * ArticleSearch.PAGE_SIZE);
			return results(words, hits, near, true, page);
		}
		finally {
			settings(connection, "0.6", "0");
		}
	}

	/** The similarity a near match needs, and the time it may take (trigrams of common syllables match most rows). */
	private static void settings(Connection connection, String similarity, String timeoutMillis) throws SQLException {
		try (PreparedStatement set = connection.prepareStatement(
				"select set_config('pg_trgm.word_similarity_threshold', ?, false), set_config('statement_timeout', ?, false)")) {
			set.setString(1, similarity);
			set.setString(2, timeoutMillis);
			set.execute();
		}
	}

	private long count(String sql, Timestamp now) {
		Long n = jdbc.queryForObject(sql, Long.class, now, ArticleSearch.COUNT_UP_TO + 1);
		return n == null ? 0 : n;
	}

	private static long count(JdbcTemplate jdbc, String sql, String words, Timestamp now) {
		Long n = jdbc.queryForObject(sql, Long.class, words, now, ArticleSearch.COUNT_UP_TO + 1);
		return n == null ? 0 : n;
	}

	private static ArticleSearch.Results results(String words, List<ArticleSearch.Hit> hits, long total,
			boolean approximate, int page) {
		boolean exact = total <= ArticleSearch.COUNT_UP_TO;
		return new ArticleSearch.Results(words, hits, Math.min(total, ArticleSearch.COUNT_UP_TO), exact, approximate, page);
	}

	private static ArticleSearch.Hit hit(ResultSet rs, int row) throws SQLException {
		String markedTitle = unmasked(rs.getString("marked_title"));
		List<String> body = fragments(unmasked(rs.getString("body_marks")));
		return ArticleSearch.hit(rs.getString("slug"), rs.getString("title"),
				markedTitle != null && markedTitle.contains(ArticleSearch.OPEN) ? markedTitle : null,
				body.isEmpty() ? fragments(unmasked(rs.getString("lead_marks"))) : body, rs.getString("lead"),
				rs.getTimestamp("published_at").toInstant());
	}

	/**
	 * ts_headline reads {@code <b>} in a text as markup and drops it: the texts reach it with {@code < > &} masked
	 * as three control characters, put back here (and escaped with the rest of the text afterwards).
	 */
	private static String unmasked(String text) {
		return text == null ? null : text.replace('\u0004', '<').replace('\u0005', '>').replace('\u0006', '&');
	}

	/** The highlighted fragments, only when something is highlighted in them (the highlighter shows an opening otherwise). */
	private static List<String> fragments(String marked) {
		if (marked == null || !marked.contains(ArticleSearch.OPEN)) {
			return List.of();
		}
		return List.of(marked.split("\u0003")).stream().map(String::strip).filter(f -> f.contains(ArticleSearch.OPEN)).toList();
	}

}
