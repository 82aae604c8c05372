package danvan.org;

/** The fields of a unit as a user sets them, already checked for shape by the form or the API. */
public record UnitDraft(String code, String name, Long kindId, Long levelId, Long parentId, String address,
		String phone, String email) {
}
