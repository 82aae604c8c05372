package danvan.exemplar.lifecycle;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.register.ExemplarService;
import danvan.exemplar.register.Photo;
import danvan.exemplar.register.PhotoRepository;
import danvan.exemplar.register.Step;
import danvan.exemplar.register.StepRepository;
import danvan.platform.security.Actor;

/** An exemplar with everything its page shows: its history, evaluations side by side, photos and copies. */
@Service
@Transactional(readOnly = true)
public class ExemplarDossiers {

	public record Dossier(Exemplar exemplar, List<Step> history, List<Evaluation> evaluations, List<Photo> photos,
			List<Exemplar> copies, Optional<Exemplar> original) {
	}

	private final ExemplarService exemplars;

	private final ExemplarRepository repository;

	private final StepRepository steps;

	private final EvaluationRepository evaluations;

	private final PhotoRepository photos;

	ExemplarDossiers(ExemplarService exemplars, ExemplarRepository repository, StepRepository steps,
			EvaluationRepository evaluations, PhotoRepository photos) {
		this.exemplars = exemplars;
		this.repository = repository;
		this.steps = steps;
		this.evaluations = evaluations;
		this.photos = photos;
	}

	public Dossier dossier(Actor actor, Long id) {
		return dossierOf(exemplars.get(actor, id));
	}

	/** The public page's exemplar: recognised only, by its slug. */
	public Optional<Dossier> published(String slug) {
		return repository.findBySlug(slug).filter(Exemplar::isPublic).map(this::dossierOf);
	}

	/** A photo of a recognised exemplar, for the public page; never a document. */
	public Optional<Photo> publicPhoto(String slug, Long photoId) {
		return repository.findBySlug(slug)
			.filter(Exemplar::isPublic)
			.flatMap(e -> photos.findById(photoId).filter(p -> p.getExemplarId().equals(e.getId()) && !p.isDocument()));
	}

	private Dossier dossierOf(Exemplar exemplar) {
		return new Dossier(exemplar, steps.findByExemplarIdOrderByIdAsc(exemplar.getId()),
				evaluations.findByExemplarIdOrderByEvaluatedOnAscIdAsc(exemplar.getId()),
				photos.findByExemplarIdOrderById(exemplar.getId()),
				repository.findByReplicatedFromIdOrderById(exemplar.getId()),
				Optional.ofNullable(exemplar.getReplicatedFromId()).flatMap(repository::findById));
	}

}
