package danvan.platform.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import danvan.platform.AppClock;

/**
 * Writes an audit entry for every change Hibernate flushes to an entity marked {@link AuditTrail}, so no
 * service can forget to.
 */
@Component
class HibernateAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionUpdateEventListener, SmartInitializingSingleton {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
		.withZone(AppClock.VIETNAM);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final EntityManagerFactory entityManagerFactory;

	private final AuditWriter writer;

	HibernateAuditListener(EntityManagerFactory entityManagerFactory, AuditWriter writer) {
		this.entityManagerFactory = entityManagerFactory;
		this.writer = writer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		AuditTrail trail = trailOf(event.getEntity());
		if (trail != null) {
			writer.write(trail.value(), event.getId(), AuditAction.CREATE, null,
					state(event.getPersister(), trail, event.getState(), null));
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		AuditTrail trail = trailOf(event.getEntity());
		if (trail == null || event.getOldState() == null) {
			return;
		}
		Object[] old = event.getOldState();
		Object[] now = event.getState();
		Set<Integer> changed = IntStream.range(0, now.length)
			.filter(i -> !Objects.equals(render(old[i]), render(now[i])))
			.boxed()
			.collect(Collectors.toSet());
		Map<String, String> before = state(event.getPersister(), trail, event.getOldState(), changed);
		Map<String, String> after = state(event.getPersister(), trail, event.getState(), changed);
		if (after.isEmpty()) {
			return;
		}
		writer.write(trail.value(), event.getId(), actionOf(before, after), before, after);
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		AuditTrail trail = trailOf(event.getEntity());
		if (trail != null) {
			writer.write(trail.value(), event.getId(), AuditAction.DELETE,
					state(event.getPersister(), trail, event.getDeletedState(), null), null);
		}
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		AuditTrail trail = owner == null ? null : trailOf(owner);
		if (trail == null) {
			return;
		}
		PersistentCollection<?> collection = event.getCollection();
		String role = collection.getRole();
		if (holdsUnlabelledRecords(event, role)) {
			return;
		}
		String field = role.substring(role.lastIndexOf('.') + 1);
		String before = render(collection.getStoredSnapshot());
		String after = render(collection);
		if (!Objects.equals(before, after)) {
			writer.write(trail.value(), event.getAffectedOwnerIdOrNull(), AuditAction.UPDATE,
					Map.of(field, Objects.toString(before, "")), Map.of(field, Objects.toString(after, "")));
		}
	}

	/**
	 * Child records with no {@link AuditLabel}: their object names would say nothing here, and each has its own
	 * trail or lives in its parent's fields.
	 */
	private static boolean holdsUnlabelledRecords(PostCollectionUpdateEvent event, String role) {
		return isUnlabelledRecords(event.getSession().getFactory().getMappingMetamodel().getCollectionDescriptor(role)
			.getCollectionType(), event.getSession().getFactory());
	}

	private static boolean isUnlabelledRecords(Type type, SessionFactoryImplementor factory) {
		if (!type.isCollectionType()) {
			return false;
		}
		Type element = ((CollectionType) type).getElementType(factory);
		return element.isEntityType() && !AuditLabel.class.isAssignableFrom(element.getReturnedClass());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static AuditAction actionOf(Map<String, String> before, Map<String, String> after) {
		if (after.containsKey("active") && before.containsKey("active")) {
			return Boolean.parseBoolean(after.get("active")) ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE;
		}
		return AuditAction.UPDATE;
	}

	private static Map<String, String> state(EntityPersister persister, AuditTrail trail, Object[] values,
			Set<Integer> only) {
		Set<String> ignored = Set.of(trail.ignore());
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Map<String, String> state = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			boolean skipped = "version".equals(names[i]) || ignored.contains(names[i])
					|| isUnlabelledRecords(types[i], persister.getFactory())
					|| (only != null && !only.contains(i));
			if (!skipped) {
				state.put(names[i], render(values[i]));
			}
		}
		return state;
	}

	static String render(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof HibernateProxy proxy) {
			if (proxy.getHibernateLazyInitializer().isUninitialized()) {
				return "#" + proxy.getHibernateLazyInitializer().getIdentifier();
			}
			value = proxy.getHibernateLazyInitializer().getImplementation();
		}
		if (value instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			value = map.values();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(HibernateAuditListener::render).collect(Collectors.joining("; "));
		}
		if (value instanceof AuditLabel label) {
			return label.auditLabel();
		}
		if (value instanceof Instant instant) {
			return TIME.format(instant);
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString().replace('.', ',');
		}
		return value.toString();
	}

	private static AuditTrail trailOf(Object entity) {
		Class<?> type = entity instanceof HibernateProxy proxy
				? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
		return type.getAnnotation(AuditTrail.class);
	}

}
