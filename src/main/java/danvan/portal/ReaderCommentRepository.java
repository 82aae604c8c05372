package danvan.portal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReaderCommentRepository extends JpaRepository<ReaderComment, Long> {

	List<ReaderComment> findByArticleIdAndStatusOrderByPostedAtAscIdAsc(Long articleId, CommentStatus status);

	Page<ReaderComment> findByStatusOrderByPostedAtAscIdAsc(CommentStatus status, Pageable pageable);

	List<ReaderComment> findByIdIn(Collection<Long> ids);

	boolean existsByArticleIdAndClientKeyAndContentHashAndPostedAtAfter(Long articleId, String clientKey,
			String contentHash, Instant since);

	long countByArticleIdAndStatus(Long articleId, CommentStatus status);

	long countByStatus(CommentStatus status);

	@Query("select max(coalesce(c.moderatedAt, c.postedAt)) from ReaderComment c where c.articleId = :articleId")
	Instant lastChange(Long articleId);

}
