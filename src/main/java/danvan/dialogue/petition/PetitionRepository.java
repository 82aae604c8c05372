package danvan.dialogue.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

	List<Petition> findByDialogueIdOrderByIdAsc(Long dialogueId);

	List<Petition> findByReceptionDayIdOrderByIdAsc(Long receptionDayId);

	Optional<Petition> findByTrackingCode(String trackingCode);

	boolean existsByTrackingCode(String trackingCode);

	java.util.Optional<Petition> findFirstByClientKeyAndPetitionerNameAndContentAndCreatedAtAfter(String clientKey,
			String petitionerName, String content, java.time.Instant after);

	/** The units that receive petitions or are forwarded them: few, so access is checked on them, not on rows. */
	/**
	 * Read by skipping through the index on {@code unit_id} one unit at a time (a loose index scan), not by
	 * reading every petition: a few dozen index probes instead of a pass over the table.
	 */
	@Query(nativeQuery = true, value = """
			with recursive u(id) as (
			  (select p.unit_id from dialogue_petition p order by p.unit_id limit 1)
			  union all
			  select (select p.unit_id from dialogue_petition p where p.unit_id > u.id order by p.unit_id limit 1)
			  from u where u.id is not null)
			select u.id from u where u.id is not null""")
	List<Long> receivingUnits();

	/** The agencies, read like {@link #receivingUnits()} through the index on {@code forwarded_to_unit_id}. */
	@Query(nativeQuery = true, value = """
			with recursive u(id) as (
			  (select p.forwarded_to_unit_id from dialogue_petition p where p.forwarded_to_unit_id is not null
			   order by p.forwarded_to_unit_id limit 1)
			  union all
			  select (select p.forwarded_to_unit_id from dialogue_petition p where p.forwarded_to_unit_id > u.id
			          order by p.forwarded_to_unit_id limit 1)
			  from u where u.id is not null)
			select u.id from u where u.id is not null""")
	List<Long> agencyUnits();

	/**
	 * Petitions of the given units (received there or forwarded there), narrowed in the database: an absent part
	 * of the filter is {@code null}; overdue means still waiting with the reply date passed.
	 */
	@Query("""
			select p from Petition p
			where (p.unitId in :units or p.forwardedToUnitId in :units)
			  and (:status is null or p.status = :status)
			  and (:agency is null or p.forwardedToUnitId = :agency)
			  and (:unit is null or p.unitId = :unit)
			  and (:overdue is null
			       or (:overdue = true and p.status in :waiting and p.replyDue < :today)
			       or (:overdue = false and (p.status not in :waiting or p.replyDue >= :today)))
			order by p.receivedOn desc, p.id desc""")
	List<Petition> filtered(@Param("units") Collection<Long> units, @Param("status") PetitionStatus status,
			@Param("agency") Long agency, @Param("unit") Long unit, @Param("overdue") Boolean overdue,
			@Param("waiting") Collection<PetitionStatus> waiting, @Param("today") LocalDate today, Pageable page);

	/**
	 * The list narrowed to one agency (the overdue list per agency): the agency's own index leads, and the units
	 * the reader may see only narrow it further when the agency itself is outside them ({@code agencyRead} false).
	 * Same order and meaning as {@link #filtered}.
	 */
	@Query("""
			select p from Petition p
			where p.forwardedToUnitId = :agency
			  and (:agencyRead = true or p.unitId in :units)
			  and (:status is null or p.status = :status)
			  and (:unit is null or p.unitId = :unit)
			  and (:overdue is null
			       or (:overdue = true and p.status in :waiting and p.replyDue < :today)
			       or (:overdue = false and (p.status not in :waiting or p.replyDue >= :today)))
			order by p.receivedOn desc, p.id desc""")
	List<Petition> ofAgency(@Param("agency") Long agency, @Param("agencyRead") boolean agencyRead,
			@Param("units") Collection<Long> units, @Param("status") PetitionStatus status, @Param("unit") Long unit,
			@Param("overdue") Boolean overdue, @Param("waiting") Collection<PetitionStatus> waiting,
			@Param("today") LocalDate today, Pageable page);

	/** Waiting petitions due between the two days, for the reminders. */
	@Query("""
			select p from Petition p where p.status in :waiting and p.replyDue between :from and :until
			order by p.replyDue, p.id""")
	List<Petition> waitingDueBetween(@Param("waiting") Collection<PetitionStatus> waiting,
			@Param("from") LocalDate from, @Param("until") LocalDate until);

	@Query("""
			select count(p) from Petition p
			where (p.unitId in :units or p.forwardedToUnitId in :units)
			  and p.status in :waiting and p.replyDue < :today""")
	long countOverdue(@Param("units") Collection<Long> units, @Param("waiting") Collection<PetitionStatus> waiting,
			@Param("today") LocalDate today);

	/**
	 * Counts for the figures, in one pass: received, answered on the spot (the day they were received), forwarded,
	 * answered, and still waiting past the reply date on {@code asOf}.
	 */
	@Query("""
			select count(p),
			       coalesce(sum(case when p.answeredOn = p.receivedOn then 1 else 0 end), 0),
			       coalesce(sum(case when p.forwardedToUnitId is not null then 1 else 0 end), 0),
			       coalesce(sum(case when p.answeredOn is not null then 1 else 0 end), 0),
			       coalesce(sum(case when p.status in :waiting and p.replyDue < :asOf then 1 else 0 end), 0)
			from Petition p where p.unitId in :units and p.receivedOn between :from and :to""")
	List<Object[]> counts(@Param("units") Collection<Long> units, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("waiting") Collection<PetitionStatus> waiting,
			@Param("asOf") LocalDate asOf);

}
