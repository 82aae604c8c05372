package danvan.platform.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Field values of a record as stored in the audit trail: a JSON object of strings. */
final class AuditStates {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private AuditStates() {
	}

	static String write(Map<String, String> state) {
		return state == null ? null : JSON.writeValueAsString(state);
	}

	static Map<String, String> read(String json) {
		return json == null ? Map.of() : JSON.readValue(json, MAP);
	}

	static Map<String, String[]> changes(String beforeJson, String afterJson) {
		Map<String, String> before = read(beforeJson);
		Map<String, String> after = read(afterJson);
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		Map<String, String[]> changes = new LinkedHashMap<>();
		fields.forEach(field -> changes.put(field, new String[] { before.get(field), after.get(field) }));
		return changes;
	}

}
