package danvan.portal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The search analyzer: words lower-cased and folded to ASCII, so "dan van kheo" finds "Dân vận khéo" and
 * đ matches d. Named in application.yml as the Lucene backend's analysis configurer.
 */
public class PortalAnalysis implements LuceneAnalysisConfigurer {

	public static final String FOLDED = "folded";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
