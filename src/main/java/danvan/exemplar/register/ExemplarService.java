package danvan.exemplar.register;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.org.OrgDirectory;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Registering and correcting exemplars, their photos and documents, and reading one with its history. */
@Service
@Transactional
public class ExemplarService {

	private final ExemplarRepository exemplars;

	private final StepRepository steps;

	private final PhotoRepository photos;

	private final ExemplarAccess access;

	private final ExemplarRules rules;

	private final ExemplarCatalog catalog;

	private final OrgDirectory org;

	private final FileStore files;

	private final Clock clock;

	ExemplarService(ExemplarRepository exemplars, StepRepository steps, PhotoRepository photos, ExemplarAccess access, ExemplarRules rules, ExemplarCatalog catalog,
			OrgDirectory org, FileStore files, Clock clock) {
		this.exemplars = exemplars;
		this.steps = steps;
		this.photos = photos;
		this.access = access;
		this.rules = rules;
		this.catalog = catalog;
		this.org = org;
		this.files = files;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public Exemplar get(Actor actor, Long id) {
		Exemplar exemplar = exemplars.findById(id).orElseThrow(NotFoundException::record);
		access.requireRead(actor, exemplar.getUnitId());
		return exemplar;
	}

	/** An exemplar the actor may change: refused before any form is read. */
	@Transactional(readOnly = true)
	public Exemplar editable(Actor actor, Long id) {
		Exemplar exemplar = get(actor, id);
		access.requireHandle(actor, exemplar.getUnitId());
		return exemplar;
	}

	public Exemplar register(Actor actor, ExemplarDraft draft) {
		rules.check(draft);
		access.requireHandle(actor, draft.unitId());
		LocalDate today = today();
		org.requireOpenOn(draft.unitId(), today, "unitId");
		Exemplar exemplar = new Exemplar(slugFor(draft.name()), catalog.stageOn(today).code(), today, clock.instant(),
				actor.username());
		exemplar.describe(draft);
		exemplars.save(exemplar);
		record(actor, exemplar, Step.Action.REGISTER, today, null);
		return exemplar;
	}

	public Exemplar update(Actor actor, Long id, long version, ExemplarDraft draft) {
		Exemplar exemplar = editable(actor, id);
		StaleRecordException.check(version, exemplar.getVersion());
		if (exemplar.getStatus() == ExemplarStatus.DISCONTINUED) {
			throw new RuleViolationException("exemplar.discontinued.readOnly");
		}
		rules.check(draft);
		if (!draft.unitId().equals(exemplar.getUnitId())) {
			access.requireHandle(actor, draft.unitId());
			org.requireOpenOn(draft.unitId(), today(), "unitId");
		}
		exemplar.describe(draft);
		return exemplar;
	}

	/** A photo (shown with its caption on the showcase) or a document, each checked by its content. */
	public Photo attach(Actor actor, Long id, MultipartFile upload, String caption, boolean document) {
		Exemplar exemplar = editable(actor, id);
		if (upload == null || upload.isEmpty()) {
			throw RuleViolationException.onField("file", "exemplar.file.required");
		}
		if (caption != null && caption.length() > 300) {
			throw RuleViolationException.onField("caption", "exemplar.caption.tooLong");
		}
		FileRules allowed = document ? FileRules.of(FileKind.DOCUMENTS, 20) : FileRules.of(FileKind.IMAGES, 10);
		Long fileId = files.store(upload, allowed).getId();
		return photos.save(new Photo(exemplar.getId(), fileId, caption == null ? null : caption.strip(), document,
				clock.instant(), actor.username()));
	}

	@Transactional(readOnly = true)
	public Photo photo(Actor actor, Long id, Long photoId) {
		Exemplar exemplar = get(actor, id);
		return photos.findById(photoId)
			.filter(p -> p.getExemplarId().equals(exemplar.getId()))
			.orElseThrow(NotFoundException::record);
	}

	/** One line of the exemplar's history, written by every use case that changes it. */
	public void record(Actor actor, Exemplar exemplar, Step.Action action, LocalDate on, String reason) {
		steps.save(new Step(exemplar.getId(), action, exemplar.getStatus(), on, clock.instant(), actor.username(), reason));
	}

	String slugFor(String name) {
		String base = Folding.fold(name).replace('đ', 'd').replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		if (base.isEmpty()) {
			base = "mo-hinh";
		}
		String slug = base;
		for (int n = 2; exemplars.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
