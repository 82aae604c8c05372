package danvan.emulation.movement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/**
 * A step of a movement's review chain (chuyên viên → lãnh đạo Ban → hội đồng thi đua…), with its deadline
 * and assigned reviewers; with none assigned, any reviewer covering the unit may act.
 */
@Entity
@Table(name = "emulation_review_step")
@AuditTrail("ReviewStep")
public class ReviewStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Movement movement;

	private int sortOrder;

	private String name;

	private LocalDate deadline;

	private String reviewers;

	protected ReviewStep() {
	}

	ReviewStep(Movement movement, int sortOrder, String name, LocalDate deadline, List<String> reviewers) {
		this.movement = movement;
		this.sortOrder = sortOrder;
		this.name = name;
		this.deadline = deadline;
		this.reviewers = reviewers.isEmpty() ? null : String.join(",", reviewers);
	}

	public boolean isAssigned(String username) {
		return getReviewers().contains(username);
	}

	public Long getId() {
		return id;
	}

	/** 1 for the first step of the chain. */
	public int getSortOrder() {
		return sortOrder;
	}

	public String getName() {
		return name;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public List<String> getReviewers() {
		return reviewers == null ? List.of() : Arrays.stream(reviewers.split(",")).map(String::trim).toList();
	}

}
