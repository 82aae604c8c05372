package danvan.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Every repository of every module, with Spring Data's regex-based query enhancer instead of its ANTLR HQL
 * parser. The enhancer only adds a count query and an {@code order by} to a declared query; the ANTLR parser
 * took 2.9 s of a 29 s start on two cores parsing the declared queries (JFR, issue 9), and Hibernate still
 * parses and validates every declared query at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "danvan", queryEnhancerSelector = RepositoryConfig.RegexQueryEnhancer.class)
class RepositoryConfig {

	static class RegexQueryEnhancer implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
