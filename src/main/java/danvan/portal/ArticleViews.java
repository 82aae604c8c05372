package danvan.portal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory on this node and adds them to the database in batches: every few seconds
 * and when the application stops. Neither {@link #record} nor {@link #count} takes a lock or waits for a
 * flush: each article has a cumulative {@link LongAdder} and an immutable snapshot (the count stored in the
 * database after this node's last write, and how much of the adder that write included), replaced in one
 * volatile write once the flush has committed. {@link #count} is exact for the views of this node; views
 * counted by other nodes show up at this node's next flush of the article (see docs/scale-out notes in
 * README). A count change does not invalidate any cached page: the article page inserts the count when it
 * is sent.
 */
@Component
public class ArticleViews implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ArticleViews.class);

	private final Map<Long, Counter> counters = new ConcurrentHashMap<>();

	private final ArticleRepository articles;

	private final TransactionTemplate transactions;

	private volatile boolean running;

	ArticleViews(ArticleRepository articles, TransactionTemplate transactions) {
		this.articles = articles;
		this.transactions = transactions;
	}

	public void record(Long articleId) {
		counter(articleId).counted.increment();
	}

	/** Stored plus not yet flushed views of an article; reads the database only the first time. */
	public long count(Long articleId) {
		Counter counter = counter(articleId);
		Snapshot snapshot = counter.snapshot;
		if (snapshot == null) {
			snapshot = load(articleId, counter);
		}
		return snapshot.stored() + counter.counted.sum() - snapshot.included();
	}

	/** Moves the counted views to the database; counts that fail to be written stay in memory. */
	@Scheduled(fixedDelayString = "${danvan.portal.views-flush:5s}")
	public void flush() {
		counters.forEach(this::flush);
	}

	/**
	 * The monitor serialises the flushes of one article with its first read from the database, so that the
	 * snapshot always pairs a stored count with the exact part of the adder it includes; readers never take it
	 * once the snapshot exists.
	 */
	private void flush(Long articleId, Counter counter) {
		synchronized (counter) {
			long total = counter.counted.sum();
			long delta = total - counter.included;
			if (delta == 0) {
				return;
			}
			try {
				Long stored = transactions.execute(status -> {
					articles.addViews(articleId, delta);
					return articles.storedViews(articleId).orElse(0L);
				});
				counter.included = total;
				counter.snapshot = new Snapshot(stored, total);
			}
			catch (RuntimeException e) {
				log.warn("Could not store {} views of article {}; they stay in memory", delta, articleId, e);
			}
		}
	}

	private Snapshot load(Long articleId, Counter counter) {
		synchronized (counter) {
			if (counter.snapshot == null) {
				long stored = transactions.execute(status -> articles.storedViews(articleId).orElse(0L));
				counter.snapshot = new Snapshot(stored, counter.included);
			}
			return counter.snapshot;
		}
	}

	private Counter counter(Long articleId) {
		Counter counter = counters.get(articleId);
		return counter != null ? counter : counters.computeIfAbsent(articleId, id -> new Counter());
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		flush();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops after the web server (no more views come in) and before the database pool closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private static final class Counter {

		final LongAdder counted = new LongAdder();

		/** The part of {@link #counted} already added to the database; guarded by the monitor. */
		long included;

		volatile Snapshot snapshot;

	}

	/** The database's count after this node's last write or read, and the part of the adder it includes. */
	private record Snapshot(long stored, long included) {
	}

}
