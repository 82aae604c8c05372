package danvan.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("""
			select a from Article a where a.status = danvan.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			and (:category is null or a.category = :category) order by a.publishedAt desc, a.id desc""")
	Page<Article> published(Category category, Instant now, Pageable pageable);

	@Query("""
			select a from Article a where a.status = danvan.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			order by a.views desc, a.publishedAt desc""")
	List<Article> mostRead(Instant now, Pageable pageable);

	@Query("""
			select a from Article a where a.status = danvan.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			and a.category = :category and a.id <> :exclude order by a.publishedAt desc""")
	List<Article> related(Category category, Long exclude, Instant now, Pageable pageable);

	@Query("""
			select a from Article a where a.status = danvan.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			order by a.publishedAt desc""")
	List<Article> allPublished(Instant now);

	@Query("select a from Article a where (:status is null or a.status = :status) order by a.updatedAt desc")
	Page<Article> forEditors(ArticleStatus status, Pageable pageable);

	long countByStatus(ArticleStatus status);

	@Modifying
	@Query("update Article a set a.views = a.views + :count where a.id = :id")
	int addViews(Long id, long count);

	@Query("select a.views from Article a where a.id = :id")
	Optional<Long> storedViews(Long id);

}
