package danvan.exemplar.showcase;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.registry.ExemplarFilter;
import danvan.exemplar.registry.ExemplarSearch;

/**
 * The recognised exemplars the public portal shows, narrowed by field, unit (subtree) and stage, one page at a
 * time: the "tiêu biểu" ones first, then the latest recognised.
 */
@Service
@Transactional(readOnly = true)
public class Showcase {

	/** Exemplars per public page: a board's few hundred recognised ones in pages a phone can scroll. */
	public static final int PAGE_SIZE = 24;

	private final ExemplarSearch search;

	private final EntityManager em;

	Showcase(ExemplarSearch search, EntityManager em) {
		this.search = search;
		this.em = em;
	}

	/** The units that have a recognised exemplar: the choices of the showcase's unit filter. */
	public List<Long> units() {
		return em.createQuery("select distinct e.unitId from Exemplar e where e.status = :status", Long.class)
			.setParameter("status", ExemplarStatus.RECOGNISED)
			.getResultList();
	}

	/** The page asked for, from 1; one past the last is the last (its {@code page()} says which was shown). */
	public ExemplarSearch.Page recognised(String field, Long unitId, String stage, int page) {
		ExemplarFilter filter = new ExemplarFilter(null, null, blankToNull(field), null, unitId, blankToNull(stage),
				ExemplarStatus.RECOGNISED, null, "showcase");
		return search.unscopedPage(filter, Math.max(1, page), PAGE_SIZE);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
