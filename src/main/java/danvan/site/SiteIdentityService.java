package danvan.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.multipart.MultipartFile;

import danvan.org.OrgDirectory;
import danvan.org.OrgUnitService;
import danvan.org.UnitDraft;
import danvan.platform.cluster.ClusterCaches;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.site.SiteIdentities;
import danvan.platform.site.SiteIdentity;
import danvan.platform.site.SiteIdentityChanged;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Reads and changes the site's identity. Every public page asks for it, so the resolved identity is kept in
 * memory: dropped at once on this node when it is saved, and re-read at most {@link #FRESHNESS} later on the
 * others (the same freshness as the portal's pages), which also picks up a rename of the owning unit.
 */
@Service("site")
public class SiteIdentityService implements SiteIdentities {

	static final Duration FRESHNESS = Duration.ofSeconds(10);

	private static final Map<String, String> UNIT_FIELDS = Map.of("code", "unitCode", "name", "unitName", "kindId",
			"unitKindId", "levelId", "unitLevelId", "parentId", "unitParentId");

	static final List<String> LANGUAGES = List.of("vi", "en");

	private final SiteProfileRepository profiles;

	private final OrgDirectory org;

	private final OrgUnitService units;

	private final SiteLogos logos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ClusterCaches caches;

	private final Cache<Long, SiteIdentity> current = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build();

	SiteIdentityService(SiteProfileRepository profiles, OrgDirectory org, OrgUnitService units, SiteLogos logos,
			ApplicationEventPublisher events, Clock clock, ClusterCaches caches) {
		this.caches = caches;
		caches.onDrop(SiteIdentityChanged.CACHE, key -> current.invalidateAll());
		this.profiles = profiles;
		this.org = org;
		this.units = units;
		this.logos = logos;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public SiteIdentity current() {
		return current.get(SiteProfile.ID, id -> profiles.findById(id).map(this::resolve).orElseGet(SiteIdentity::notSet));
	}

	/** The stored record, for the settings form; empty until the identity is set. */
	@Transactional(readOnly = true)
	public Optional<SiteProfile> profile() {
		return profiles.findById(SiteProfile.ID);
	}

	/** The current logo's bytes; an id that is not the current logo is not found. */
	@Transactional(readOnly = true)
	public SiteLogos.Served logo(Long fileId) {
		Long current = profile().map(SiteProfile::getLogoFileId).orElse(null);
		if (current == null || !current.equals(fileId)) {
			throw NotFoundException.record();
		}
		return logos.open(fileId);
	}

	/**
	 * Sets the identity: the first time (version ignored) or over the version the administrator edited. A
	 * logo, when given, is checked and resized first; nothing is saved when anything is refused.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public SiteProfile save(SiteDraft draft, long version, MultipartFile logo, boolean removeLogo) {
		check(draft);
		SiteProfile profile = profiles.findById(SiteProfile.ID).orElse(null);
		if (profile != null) {
			StaleRecordException.check(version, profile.getVersion());
		}
		SiteLogos.Stored stored = logo == null || logo.isEmpty() ? null : logos.store(logo);
		if (profile == null) {
			profile = new SiteProfile(draft, clock.instant(), CurrentActor.name());
		}
		else {
			profile.describe(draft, clock.instant(), CurrentActor.name());
		}
		if (stored != null) {
			profile.useLogo(stored.originalId(), stored.resizedId());
		}
		else if (removeLogo) {
			profile.removeLogo();
		}
		SiteProfile saved = profiles.save(profile);
		events.publishEvent(new SiteIdentityChanged(CurrentActor.name()));
		return saved;
	}

	/**
	 * The first sign-in's setup: the owning unit created on the spot when {@code newUnit} is given, then the
	 * identity, in one transaction (a refused identity leaves no new unit behind). The unit's own refusals
	 * name the setup form's {@code unit…} fields.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public SiteProfile setUp(Actor actor, UnitDraft newUnit, SiteDraft draft, MultipartFile logo) {
		if (profiles.existsById(SiteProfile.ID)) {
			throw new RuleViolationException("site.setup.alreadyDone");
		}
		SiteDraft owned = draft;
		if (newUnit != null) {
			try {
				owned = draft.withOwner(units.create(actor, newUnit).getId());
			}
			catch (RuleViolationException e) {
				throw e.field() == null ? e : RuleViolationException.onField(UNIT_FIELDS.getOrDefault(e.field(), e.field()),
						e.messageKey(), e.arguments());
			}
		}
		return save(owned, 0, logo, false);
	}

	/** For the demo data only: the identity written at startup, by no one signed in. */
	@Transactional
	void saveAtStartup(SiteDraft draft) {
		check(draft);
		profiles.save(new SiteProfile(draft, clock.instant(), CurrentActor.SYSTEM));
		current.invalidateAll();
	}

	/**
	 * After the commit, so no request can read the old row back into the cache in between; every node drops its
	 * copy and the pages that show it ({@link SiteIdentityChanged#CACHE}).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onChange(SiteIdentityChanged changed) {
		caches.dropAll(SiteIdentityChanged.CACHE);
	}

	private void check(SiteDraft draft) {
		OrgDirectory.UnitRef owner = org.unit(draft.ownerUnitId())
			.orElseThrow(() -> RuleViolationException.onField("ownerUnitId", "site.owner.required"));
		if (!owner.active()) {
			throw RuleViolationException.onField("ownerUnitId", "site.owner.ended", owner.name());
		}
		if (draft.publicUrl() != null && !isWebAddress(draft.publicUrl())) {
			throw RuleViolationException.onField("publicUrl", "site.publicUrl.invalid");
		}
		if (!LANGUAGES.contains(draft.defaultLanguage())) {
			throw RuleViolationException.onField("defaultLanguage", "site.language.invalid");
		}
	}

	/** An absolute http or https address with a host, nothing after the path. */
	static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawQuery() == null
					&& uri.getRawFragment() == null && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private SiteIdentity resolve(SiteProfile p) {
		String bodyName = org.nameOf(p.getOwnerUnitId()).orElse("");
		String publicUrl = text(p.getPublicUrl()).replaceAll("/+$", "");
		String logoPath = p.getLogoFileId() == null ? null : SiteLogos.PATH + p.getLogoFileId();
		String language = p.getDefaultLanguage() == null ? SiteIdentity.DEFAULT_LANGUAGE : p.getDefaultLanguage();
		String stamp = Integer.toHexString(Objects.hash(p.getVersion(), bodyName, p.getOwnerUnitId()));
		return new SiteIdentity(true, p.getOwnerUnitId(), bodyName, text(p.getPortalName()), text(p.getParentLine()),
				text(p.getAddress()), text(p.getPhone()), text(p.getEmail()), publicUrl, logoPath,
				text(p.getDescription()), text(p.getPrintPlace()), language, stamp);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
