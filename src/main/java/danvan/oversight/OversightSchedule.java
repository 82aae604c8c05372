package danvan.oversight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import danvan.platform.cluster.ClusterJobs;

import danvan.oversight.directive.DirectiveService;
import danvan.oversight.inspection.RecommendationService;

/** Every morning: escalate unanswered recommendations and remind the units that have not disseminated. */
@Component
class OversightSchedule {

	private static final Logger log = LoggerFactory.getLogger(OversightSchedule.class);

	private final RecommendationService recommendations;

	private final DirectiveService directives;

	private final ClusterJobs jobs;

	OversightSchedule(RecommendationService recommendations, DirectiveService directives, ClusterJobs jobs) {
		this.recommendations = recommendations;
		this.directives = directives;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${danvan.oversight.follow-up:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		jobs.runOnce("oversight.follow-up", this::followUp);
	}

	void followUp() {
		int escalated = recommendations.escalate();
		int reminded = directives.remind();
		log.info("Theo dõi kiểm tra, giám sát: {} kiến nghị chuyển cấp trên, {} lời nhắc quán triệt", escalated, reminded);
	}

}
