package danvan.portal;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which engine search uses: {@code danvan.search.engine} ({@code DANVAN_SEARCH}), {@code lucene} (the default: an
 * index on this node's disk) or {@code postgresql} (the database's own full-text search, shared by every node).
 * With PostgreSQL, Hibernate Search is switched off: no index is written or rebuilt.
 */
@Configuration(proxyBeanMethods = false)
class SearchEngineSettings {

	static final String PROPERTY = "danvan.search.engine";

	static final String LUCENE = "lucene";

	static final String POSTGRESQL = "postgresql";

	SearchEngineSettings(@Value("${" + PROPERTY + ":" + LUCENE + "}") String engine) {
		if (!Set.of(LUCENE, POSTGRESQL).contains(engine)) {
			throw new IllegalStateException("DANVAN_SEARCH (" + PROPERTY + ") must be '" + LUCENE + "' or '" + POSTGRESQL
					+ "', not '" + engine + "'");
		}
	}

	@Bean
	@ConditionalOnProperty(name = PROPERTY, havingValue = POSTGRESQL)
	HibernatePropertiesCustomizer noLuceneIndex() {
		return properties -> properties.put("hibernate.search.enabled", "false");
	}

}
