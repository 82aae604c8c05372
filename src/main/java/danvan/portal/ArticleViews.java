package danvan.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory on this node and adds them to the database in batches: every few seconds
 * and when the application stops. {@link #count} is exact: the stored count plus what is still in memory,
 * read under a lock that a flush holds while it moves counts from memory to the database.
 */
@Component
public class ArticleViews implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ArticleViews.class);

	private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();

	private final ReentrantReadWriteLock flushing = new ReentrantReadWriteLock();

	private final ArticleRepository articles;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	ArticleViews(ArticleRepository articles, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.articles = articles;
		this.transactions = transactions;
		this.events = events;
	}

	public void record(Long articleId) {
		pending.computeIfAbsent(articleId, id -> new AtomicLong()).incrementAndGet();
	}

	/** Stored plus not yet flushed views of an article. */
	public long count(Long articleId) {
		flushing.readLock().lock();
		try {
			long stored = transactions.execute(status -> articles.storedViews(articleId).orElse(0L));
			AtomicLong inMemory = pending.get(articleId);
			return stored + (inMemory == null ? 0 : inMemory.get());
		}
		finally {
			flushing.readLock().unlock();
		}
	}

	/** Moves the counted views to the database; counts that fail to be written stay in memory. */
	@Scheduled(fixedDelayString = "${danvan.portal.views-flush:5s}")
	public void flush() {
		List<ArticleChanged> flushed = new ArrayList<>();
		flushing.writeLock().lock();
		try {
			for (Map.Entry<Long, AtomicLong> entry : pending.entrySet()) {
				long count = entry.getValue().get();
				if (count == 0) {
					continue;
				}
				try {
					transactions.executeWithoutResult(status -> articles.addViews(entry.getKey(), count));
					entry.getValue().addAndGet(-count);
					flushed.add(new ArticleChanged(entry.getKey(), null));
				}
				catch (RuntimeException e) {
					log.warn("Could not store {} views of article {}; they stay in memory", count, entry.getKey(), e);
				}
			}
		}
		finally {
			flushing.writeLock().unlock();
		}
		flushed.forEach(events::publishEvent);
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

}
