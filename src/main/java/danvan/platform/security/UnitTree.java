package danvan.platform.security;

/** What access checks need to know of the organisation tree; the org module provides it. */
public interface UnitTree {

	boolean exists(Long unitId);

	/** True when {@code unitId} is {@code ancestorId} or one of its descendants. */
	boolean isWithin(Long unitId, Long ancestorId);

}
