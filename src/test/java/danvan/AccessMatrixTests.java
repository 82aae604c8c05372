package danvan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import danvan.org.OrgDirectory;
import danvan.platform.security.AccessPolicies;
import danvan.platform.security.AccessPolicy;
import danvan.platform.security.Actor;
import danvan.platform.security.Audience;
import danvan.platform.security.Grant;
import danvan.platform.security.OrgScope;
import danvan.test.DanvanSpringTest;

/**
 * Who may do what, for every mapped page and API operation: each handler Spring knows is called as anonymous,
 * as each demo role, and as a unit officer on its own unit and on another one, and the answer is held against
 * the handler's declared {@code @Access}. Handlers are discovered, not listed, so a new module joins by itself.
 * GETs are sent for everyone; a POST/PUT/DELETE only for those it must refuse (in a transaction rolled back
 * afterwards). The matrix is written to {@code target/access-matrix.md}.
 */
@DanvanSpringTest
class AccessMatrixTests {

	static final String UNIT_OFFICER = "binhduc";

	static final String OTHER_UNIT_OFFICER = "longdinh";

	static final List<String> ROLE_ACCOUNTS = List.of("admin", "bandanvan", "thamdinh", "hoidongtd", "bientap",
			"kiemduyet");

	static final String MISSING_ID = "987654321";

	private static final Pattern LINK = Pattern
		.compile("(?:href|action|hx-get|hx-post)=\"(/[^\"]*)\"|(<form\\b[^>]*>)", Pattern.CASE_INSENSITIVE);

	private static final Pattern FORM_METHOD = Pattern.compile("method=\"(\\w+)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern FORM_ACTION = Pattern.compile("action=\"(/[^\"]*)\"", Pattern.CASE_INSENSITIVE);

	@Autowired
	WebApplicationContext context;

	@Autowired
	List<MockMvcBuilderCustomizer> customizers;

	/** The application's MockMvc with its filters and security, but quiet: a thousand requests are not printed. */
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** One column of the matrix: who calls, and whether the records in the path are of another unit. */
	record Column(String title, Actor actor, boolean otherUnit) {

		boolean anonymous() {
			return actor == null;
		}

	}

	/** What the declared policy says this column may get. */
	enum Expected {

		ALLOWED, SIGN_IN, ROLE, SCOPE

	}

	record Cell(String text, boolean ok) {
	}

	@Test
	void everyHandlerAnswersEveryActorAsItsDeclaredPolicySays() throws Exception {
		Map<RequestMappingInfo, HandlerMethod> handlers = mapping.getHandlerMethods();
		assertThat(AccessPolicies.problems(handlers)).as("handlers without a sound @Access").isEmpty();

		mvc = quietMockMvc();
		Samples samples = new Samples();
		List<Column> columns = columns(samples);
		List<String> failures = new ArrayList<>();
		StringBuilder matrix = header(columns, samples);

		List<Map.Entry<RequestMappingInfo, HandlerMethod>> rows = handlers.entrySet()
			.stream()
			.filter(e -> !AccessPolicies.isFramework(e.getValue()))
			.sorted(Comparator.comparing(e -> e.getKey().getPatternValues().iterator().next() + " " + e.getKey().getMethodsCondition()))
			.toList();
		Map<String, Long> millis = new LinkedHashMap<>();
		long started = System.nanoTime();
		for (var row : rows) {
			long rowStarted = System.nanoTime();
			RequestMappingInfo info = row.getKey();
			HandlerMethod handler = row.getValue();
			AccessPolicy policy = AccessPolicy.declaredOn(handler);
			String pattern = info.getPatternValues().iterator().next();
			HttpMethod method = info.getMethodsCondition().getMethods().isEmpty() ? HttpMethod.GET
					: HttpMethod.valueOf(info.getMethodsCondition().getMethods().iterator().next().name());
			String name = method + " " + pattern + paramsOf(info);
			matrix.append("| `").append(name).append("` | ").append(policy.describe().replace("|", "/")).append(" |");
			for (Column column : columns) {
				Cell cell = call(column, method, pattern, info, handler, policy, samples, failures, name);
				matrix.append(' ').append(cell.text()).append(cell.ok() ? "" : " ✗").append(" |");
			}
			matrix.append(' ').append(missing(method, pattern, info, handler, policy, columns, samples, failures, name))
				.append(" |\n");
			millis.put(name, (System.nanoTime() - rowStarted) / 1_000_000);
		}
		matrix.append("\n").append(rows.size()).append(" handlers, ").append(failures.size()).append(" failures, ")
			.append((System.nanoTime() - started) / 1_000_000).append(" ms; slowest rows: ");
		millis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(5)
			.forEach(e -> matrix.append('`').append(e.getKey()).append("` ").append(e.getValue()).append(" ms; "));
		matrix.append('\n');
		if (!failures.isEmpty()) {
			matrix.append("\n## Failures\n\n");
			failures.forEach(f -> matrix.append("- ").append(f).append('\n'));
		}
		write(matrix);

		assertThat(rows).hasSizeGreaterThan(50);
		assertThat(failures).as("access matrix failures (see target/access-matrix.md)").isEmpty();
	}

	private MockMvc quietMockMvc() {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
		for (MockMvcBuilderCustomizer customizer : customizers) {
			if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
				SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
				quiet.setPrint(MockMvcPrint.NONE);
				quiet.customize(builder);
			}
			else {
				customizer.customize(builder);
			}
		}
		return builder.build();
	}

	private Cell call(Column column, HttpMethod method, String pattern, RequestMappingInfo info, HandlerMethod handler,
			AccessPolicy policy, Samples samples, List<String> failures, String name) throws Exception {
		Map<String, String> variables = samples.variables(pattern, column.otherUnit());
		Expected expected = expect(policy, column, variables, samples.unitBound(pattern, variables.keySet()));
		boolean read = method == HttpMethod.GET;
		if (!read && expected == Expected.ALLOWED) {
			return new Cell("·", true);
		}
		String url = expand(pattern, variables);
		MockHttpServletResponse response = perform(column, method, url, info, handler);
		int status = response.getStatus();
		String location = response.getHeader("Location");
		boolean toLogin = status / 100 == 3 && location != null && location.contains("/login");
		boolean api = pattern.startsWith("/api/");
		String problem = null;
		if (status >= 500) {
			problem = "answered " + status + (response.getHeader("X-Unresolved") == null ? ""
					: " (" + response.getHeader("X-Unresolved") + ")");
		}
		else {
			switch (expected) {
				case ALLOWED -> {
					if (status == 401 || status == 403 || toLogin) {
						problem = "refused (" + status + ") although the policy allows it";
					}
				}
				case SIGN_IN -> {
					if (api ? status != 401 : !toLogin) {
						problem = "answered " + status + " to an anonymous caller, expected " + (api ? "401" : "the sign-in page");
					}
				}
				case ROLE -> {
					if (status != 403) {
						problem = "answered " + status + ", expected 403 for a role the policy does not name";
					}
				}
				case SCOPE -> {
					boolean refused = read ? status == 403 || status == 404 : status >= 400 && status != 401;
					if (!refused) {
						problem = "answered " + status + " on another unit's record, expected 403 or 404";
					}
				}
			}
		}
		if (problem == null && status == 200 && !column.anonymous()) {
			problem = leaks(column, response, samples);
			if (problem == null && read && isHtml(response)) {
				problem = offersForbiddenActions(column.actor(), response.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		if (problem != null) {
			failures.add("`" + name + "` as " + column.title() + " (" + url + "): " + problem);
		}
		return new Cell(status == 302 && toLogin ? "302→login" : String.valueOf(status), problem == null);
	}

	/** A path id that names nothing: 404 for a read, never a 500, as the first column the policy admits. */
	private String missing(HttpMethod method, String pattern, RequestMappingInfo info, HandlerMethod handler,
			AccessPolicy policy, List<Column> columns, Samples samples, List<String> failures, String name)
			throws Exception {
		Map<String, String> variables = samples.variables(pattern, false);
		List<String> ids = variables.entrySet()
			.stream()
			.filter(e -> e.getValue().matches("\\d+") && !e.getKey().equals("index") && !e.getKey().equals("revision"))
			.map(Map.Entry::getKey)
			.toList();
		if (ids.isEmpty()) {
			return "—";
		}
		Column caller = columns.stream()
			.filter(c -> !c.otherUnit() && expect(policy, c, variables, false) == Expected.ALLOWED)
			.findFirst()
			.orElse(null);
		if (caller == null) {
			return "—";
		}
		ids.forEach(id -> variables.put(id, MISSING_ID));
		String url = expand(pattern, variables);
		int status = perform(caller, method, url, info, handler).getStatus();
		boolean ok = method == HttpMethod.GET ? status == 404 : status < 500;
		if (!ok) {
			failures.add("`" + name + "` with a missing id as " + caller.title() + " (" + url + "): answered " + status
					+ ", expected " + (method == HttpMethod.GET ? "404" : "no 500"));
		}
		return status + (ok ? "" : " ✗");
	}

	private Expected expect(AccessPolicy policy, Column column, Map<String, String> variables, boolean unitBound) {
		if (policy.audience() == Audience.PUBLIC) {
			return Expected.ALLOWED;
		}
		if (column.anonymous()) {
			return Expected.SIGN_IN;
		}
		List<Grant> grants = policy.grantsOf(column.actor());
		if (grants.isEmpty()) {
			return Expected.ROLE;
		}
		if (policy.scope() == OrgScope.UNIT && !covers(grants, variables.get(policy.unitVariable()))) {
			return Expected.SCOPE;
		}
		if ((policy.scope() == OrgScope.UNIT || policy.scope() == OrgScope.RECORD) && column.otherUnit() && unitBound) {
			return Expected.SCOPE;
		}
		return Expected.ALLOWED;
	}

	private boolean covers(List<Grant> grants, String unit) {
		if (unit == null || !unit.matches("\\d+")) {
			return false;
		}
		Long unitId = Long.valueOf(unit);
		return grants.stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	private MockHttpServletResponse perform(Column column, HttpMethod method, String url, RequestMappingInfo info,
			HandlerMethod handler) throws Exception {
		boolean json = Stream.of(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
		AbstractMockHttpServletRequestBuilder<?> request = method == HttpMethod.GET ? MockMvcRequestBuilders.get(url)
				: json ? MockMvcRequestBuilders.request(method, url).contentType(MediaType.APPLICATION_JSON).content("{}")
						: MockMvcRequestBuilders.multipart(method, url);
		requiredParameters(info, handler).forEach(request::param);
		if (!column.anonymous()) {
			request.with(user((org.springframework.security.core.userdetails.UserDetails) column.actor()));
		}
		request.with(csrf());
		if (method == HttpMethod.GET) {
			return send(request);
		}
		TransactionTemplate rollback = new TransactionTemplate(transactions);
		return rollback.execute(tx -> {
			tx.setRollbackOnly();
			return send(request);
		});
	}

	/** An exception no handler resolved is what a browser sees as a 500. */
	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) {
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception e) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.setHeader("X-Unresolved", String.valueOf(e.getCause() == null ? e : e.getCause()));
			return failed;
		}
	}

	/** The values a request must carry to reach the handler: its {@code params} condition and required parameters. */
	private Map<String, String> requiredParameters(RequestMappingInfo info, HandlerMethod handler) {
		Map<String, String> params = new LinkedHashMap<>();
		info.getParamsCondition().getExpressions().forEach(e -> {
			if (!e.isNegated() && e.getValue() != null) {
				params.put(e.getName(), e.getValue());
			}
		});
		for (var parameter : handler.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation != null && annotation.required() && ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())) {
				String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
				name = name.isEmpty() ? parameter.getParameterName() : name;
				Class<?> type = parameter.getParameterType();
				params.putIfAbsent(name, Number.class.isAssignableFrom(type) || type.isPrimitive() ? "1"
						: type.isEnum() ? type.getEnumConstants()[0].toString() : "x");
			}
		}
		return params;
	}

	/** A unit officer's page must not show another unit's people. */
	private String leaks(Column column, MockHttpServletResponse response, Samples samples) throws IOException {
		if (!column.actor().username().equals(UNIT_OFFICER)) {
			return null;
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		return samples.otherUnitPeople.stream()
			.filter(body::contains)
			.findFirst()
			.map(name -> "shows " + name + ", an official of another unit")
			.orElse(null);
	}

	/** Every link and form of the page leads to a handler whose policy admits the viewer (role and unit). */
	private String offersForbiddenActions(Actor actor, String html) throws Exception {
		Matcher links = LINK.matcher(html);
		while (links.find()) {
			String target;
			String method = "GET";
			if (links.group(1) != null && !links.group(0).toLowerCase().startsWith("action")) {
				target = links.group(1);
				method = links.group(0).toLowerCase().startsWith("hx-post") ? "POST" : "GET";
			}
			else if (links.group(2) != null) {
				Matcher action = FORM_ACTION.matcher(links.group(2));
				if (!action.find()) {
					continue;
				}
				Matcher formMethod = FORM_METHOD.matcher(links.group(2));
				target = action.group(1);
				method = formMethod.find() ? formMethod.group(1).toUpperCase() : "GET";
			}
			else {
				continue;
			}
			String refusal = refusal(actor, method, target.replace("&amp;", "&"));
			if (refusal != null) {
				return "offers " + method + " " + target + " which its policy refuses (" + refusal + ")";
			}
		}
		return null;
	}

	private String refusal(Actor actor, String method, String target) throws Exception {
		String path = target.replaceAll("#.*", "");
		String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : null;
		path = path.replaceAll("\\?.*", "");
		if (path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/logout")) {
			return null;
		}
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (query != null) {
			for (String pair : query.split("&")) {
				String[] kv = pair.split("=", 2);
				request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
			}
		}
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain;
		try {
			chain = mapping.getHandler(request);
		}
		catch (Exception e) {
			return null;
		}
		if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler) || AccessPolicies.isFramework(handler)) {
			return null;
		}
		AccessPolicy policy = AccessPolicy.declaredOn(handler);
		if (policy == null) {
			return "no policy";
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Expected expected = expect(policy, new Column(actor.username(), actor, false),
				variables == null ? Map.of() : variables, false);
		return expected == Expected.ALLOWED ? null : policy.describe();
	}

	private List<Column> columns(Samples samples) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("anonymous", null, false));
		ROLE_ACCOUNTS.forEach(name -> columns.add(new Column(name, actor(name), false)));
		columns.add(new Column(UNIT_OFFICER + " → " + samples.ownUnitName, actor(UNIT_OFFICER), false));
		columns.add(new Column(UNIT_OFFICER + " → " + samples.otherUnitName, actor(UNIT_OFFICER), true));
		return columns;
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private StringBuilder header(List<Column> columns, Samples samples) {
		StringBuilder out = new StringBuilder("# Access matrix\n\n");
		out.append("Every mapped handler, called as each actor. The unit officer `").append(UNIT_OFFICER)
			.append("` is called on records of its own unit (").append(samples.ownUnitName).append(") and of another (")
			.append(samples.otherUnitName).append("), both read from the accounts' grants. A number is the HTTP status; ")
			.append("`·` a write the policy allows, not sent (the matrix changes no data); ✗ an answer the policy ")
			.append("does not allow. The last column sends an id that names nothing. Pages the unit officer gets are ")
			.append("searched for the names of the other unit's ").append(samples.otherUnitPeople.size())
			.append(" officials, and every link and form of a page is held against its target's policy.\n\n| handler | policy |");
		columns.forEach(c -> out.append(' ').append(c.title()).append(" |"));
		out.append(" missing id |\n|---|---|");
		columns.forEach(c -> out.append("---|"));
		out.append("---|\n");
		return out;
	}

	private static void write(StringBuilder matrix) throws IOException {
		Path file = Path.of("target", "access-matrix.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, matrix, StandardCharsets.UTF_8);
	}

	private static boolean isHtml(MockHttpServletResponse response) {
		return response.getContentType() != null && response.getContentType().startsWith("text/html");
	}

	private static String paramsOf(RequestMappingInfo info) {
		return info.getParamsCondition().getExpressions().isEmpty() ? ""
				: " " + info.getParamsCondition().getExpressions();
	}

	private static String expand(String pattern, Map<String, String> variables) {
		String url = pattern;
		for (var e : variables.entrySet()) {
			url = url.replaceAll("\\{" + e.getKey() + "(:[^}]*)?}", e.getValue());
		}
		return url;
	}

	/**
	 * Values for path variables, read from the demo data: the unit officer's unit and a unit of another officer
	 * (from their grants), a movement both take part in, officials, evidence and accounts of either unit.
	 */
	final class Samples {

		final Long ownUnit;

		final Long otherUnit;

		final String ownUnitName;

		final String otherUnitName;

		final List<String> otherUnitPeople;

		private final Map<String, String> fixed = new LinkedHashMap<>();

		private final Map<Boolean, Map<String, String>> byUnit = new LinkedHashMap<>();

		Samples() {
			ownUnit = scopeOf(UNIT_OFFICER);
			otherUnit = scopeOf(OTHER_UNIT_OFFICER);
			ownUnitName = org.nameOf(ownUnit).orElseThrow();
			otherUnitName = org.nameOf(otherUnit).orElseThrow();
			otherUnitPeople = jdbc.queryForList(
					"select o.full_name from org_official o join org_unit u on u.id = o.unit_id where u.path like ?",
					String.class, pathOf(otherUnit) + "%");
			String movement = first("select m.id from emulation_movement m where exists (select 1 from emulation_participant p"
					+ " where p.movement_id = m.id and p.unit_id = ?) and exists (select 1 from emulation_participant p"
					+ " where p.movement_id = m.id and p.unit_id = ?) order by m.period_start desc", ownUnit, otherUnit);
			fixed.put("movement", movement);
			fixed.put("published", first("select movement_id from emulation_result_revision order by id"));
			fixed.put("scale", first("select scale_id from emulation_movement where id = ?", Long.valueOf(movement)));
			fixed.put("kind", first("select id from org_unit_kind order by id"));
			fixed.put("level", first("select id from org_level order by id"));
			fixed.put("articleId", first("select id from portal_article where status = 'PUBLISHED' order by id"));
			fixed.put("slug", first("select slug from portal_article where status = 'PUBLISHED' order by id"));
			fixed.put("category", danvan.portal.Category.values()[0].slug());
			fixed.put("image", first("select id from portal_image order by id"));
			fixed.put("comment", first("select id from portal_comment order by id"));
			fixed.put("reportingCall", first("select id from reporting_call where period_label = 'quý III năm 2026' order by id"));
			byUnit.put(false, unitSamples(ownUnit, UNIT_OFFICER, movement));
			byUnit.put(true, unitSamples(otherUnit, OTHER_UNIT_OFFICER, movement));
		}

		private Map<String, String> unitSamples(Long unit, String account, String movement) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("unit", unit.toString());
			values.put("official", first("select o.id from org_official o join org_unit u on u.id = o.unit_id"
					+ " where u.path like ? order by o.id", pathOf(unit) + "%"));
			values.put("account", first("select id from identity_account where username = ?", account));
			values.put("dialogue", first("select d.id from dialogue_dialogue d join org_unit u on u.id = d.host_unit_id"
					+ " where u.path like ? order by d.id", pathOf(unit) + "%"));
			values.put("petition", first("select p.id from dialogue_petition p join org_unit u on u.id = p.unit_id"
					+ " where u.path like ? order by p.id", pathOf(unit) + "%"));
			values.put("report", first("select r.id from reporting_report r join org_unit u on u.id = r.unit_id"
					+ " where u.path like ? order by r.id", pathOf(unit) + "%"));
			values.put("reception", first("select r.id from dialogue_reception_day r join org_unit u on u.id = r.unit_id"
					+ " where u.path like ? order by r.id", pathOf(unit) + "%"));
			values.put("plan", first("select p.id from planning_plan p join org_unit u on u.id = p.owner_unit_id"
					+ " where u.path like ? order by p.id", pathOf(unit) + "%"));
			values.put("planItem", first("select i.id from planning_item i join planning_plan p on p.id = i.plan_id"
					+ " join org_unit u on u.id = p.owner_unit_id where u.path like ? order by i.id", pathOf(unit) + "%"));
			values.put("meeting", first("select m.id from planning_meeting m join org_unit u on u.id = m.organiser_unit_id"
					+ " where u.path like ? order by m.id", pathOf(unit) + "%"));
			values.put("inspection", first("select i.id from oversight_inspection i join org_unit u on u.id = i.body_unit_id"
					+ " where u.path like ? order by i.id", pathOf(unit) + "%"));
			values.put("recommendation", first("select r.id from oversight_recommendation r join oversight_inspection i"
					+ " on i.id = r.inspection_id join org_unit u on u.id = i.body_unit_id where u.path like ? order by r.id",
					pathOf(unit) + "%"));
			values.put("directive", first("select d.id from oversight_directive d join org_unit u on u.id = d.owner_unit_id"
					+ " where u.path like ? order by d.id", pathOf(unit) + "%"));
			values.put("oversightPlan", first("select p.id from oversight_plan p join org_unit u on u.id = p.owner_unit_id"
					+ " where u.path like ? order by p.id", pathOf(unit) + "%"));
			values.put("committee", first("select c.id from oversight_committee c join org_unit u on u.id = c.unit_id"
					+ " where u.path like ? order by c.id", pathOf(unit) + "%"));
			values.put("evidence", first("select e.id from emulation_evidence e join emulation_assessment a"
					+ " on a.id = e.assessment_id where a.movement_id = ? and a.unit_id = ? order by e.id",
					Long.valueOf(movement), unit));
			return values;
		}

		/** The path variables of {@code pattern} with values; a variable no rule knows gets "1". */
		Map<String, String> variables(String pattern, boolean other) {
			Map<String, String> unitValues = byUnit.get(other);
			Map<String, String> values = new LinkedHashMap<>();
			Matcher m = Pattern.compile("\\{(\\w+)").matcher(pattern);
			while (m.find()) {
				String name = m.group(1);
				String value = switch (name) {
					case "unitId" -> unitValues.get("unit");
					case "evidenceId" -> unitValues.get("evidence");
					case "movementId" -> fixed.get("published");
					case "importId" -> "no-such-import";
					case "slug" -> pattern.startsWith("/chuyen-muc") ? fixed.get("category") : fixed.get("slug");
					case "size" -> "thu-nho";
					case "revision" -> "1";
					case "index" -> "0";
					case "itemId" -> pattern.startsWith("/planning/plans") ? unitValues.get("planItem") : null;
					case "id" -> idFor(pattern, unitValues);
					default -> null;
				};
				values.put(name, value == null ? "1" : value);
			}
			return values;
		}

		/** True when a variable of the pattern names a record of one unit (so the other-unit column differs). */
		boolean unitBound(String pattern, java.util.Set<String> names) {
			return names.contains("unitId") || names.contains("evidenceId") || (names.contains("id")
					&& (pattern.startsWith("/org/units") || pattern.startsWith("/api/org/units")
							|| pattern.startsWith("/org/officials") || pattern.startsWith("/api/officials")
							|| pattern.startsWith("/admin/accounts") || pattern.startsWith("/dialogue/")
							|| pattern.startsWith("/api/dialogue/") || pattern.startsWith("/reporting/reports/")
							|| pattern.startsWith("/api/reporting/reports/")
							|| pattern.startsWith("/planning/plans/")
							|| pattern.startsWith("/planning/meetings/") || pattern.startsWith("/api/planning/plans/")
							|| pattern.startsWith("/oversight/inspections/")
							|| pattern.startsWith("/oversight/recommendations/") || pattern.startsWith("/oversight/directives/")
							|| pattern.startsWith("/oversight/plans/") || pattern.startsWith("/oversight/committees/")
							|| pattern.startsWith("/api/oversight/inspections/")
							|| pattern.startsWith("/api/oversight/directives/")));
		}

		private String idFor(String pattern, Map<String, String> unitValues) {
			if (pattern.startsWith("/org/units") || pattern.startsWith("/api/org/units")) {
				return unitValues.get("unit");
			}
			if (pattern.startsWith("/org/officials") || pattern.startsWith("/api/officials")) {
				return unitValues.get("official");
			}
			if (pattern.startsWith("/admin/accounts")) {
				return unitValues.get("account");
			}
			if (pattern.startsWith("/dialogue/dialogues") || pattern.startsWith("/api/dialogue/dialogues")) {
				return unitValues.get("dialogue");
			}
			if (pattern.startsWith("/dialogue/petitions") || pattern.startsWith("/api/dialogue/petitions")) {
				return unitValues.get("petition");
			}
			if (pattern.startsWith("/reporting/calls")) {
				return fixed.get("reportingCall");
			}
			if (pattern.startsWith("/reporting/reports") || pattern.startsWith("/api/reporting/reports")) {
				return unitValues.get("report");
			}
			if (pattern.startsWith("/dialogue/reception")) {
				return unitValues.get("reception");
			}
			if (pattern.startsWith("/planning/plans") || pattern.startsWith("/api/planning/plans")) {
				return unitValues.get("plan");
			}
			if (pattern.startsWith("/planning/meetings")) {
				return unitValues.get("meeting");
			}
			if (pattern.startsWith("/oversight/inspections") || pattern.startsWith("/api/oversight/inspections")) {
				return unitValues.get("inspection");
			}
			if (pattern.startsWith("/oversight/plans")) {
				return unitValues.get("oversightPlan");
			}
			if (pattern.startsWith("/oversight/committees")) {
				return unitValues.get("committee");
			}
			if (pattern.startsWith("/oversight/recommendations")) {
				return unitValues.get("recommendation");
			}
			if (pattern.startsWith("/oversight/directives") || pattern.startsWith("/api/oversight/directives")) {
				return unitValues.get("directive");
			}
			if (pattern.startsWith("/emulation/movements") || pattern.startsWith("/api/emulation/movements")) {
				return fixed.get("movement");
			}
			if (pattern.startsWith("/emulation/scales")) {
				return fixed.get("scale");
			}
			if (pattern.startsWith("/org/reference/kinds")) {
				return fixed.get("kind");
			}
			if (pattern.startsWith("/org/reference/levels")) {
				return fixed.get("level");
			}
			if (pattern.startsWith("/portal/articles")) {
				return fixed.get("articleId");
			}
			if (pattern.contains("/comments/")) {
				return fixed.get("comment");
			}
			if (pattern.startsWith("/anh/")) {
				return fixed.get("image");
			}
			return null;
		}

		private Long scopeOf(String username) {
			return actor(username).grants()
				.stream()
				.map(Grant::scopeUnitId)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(username + " has no scoped grant"));
		}

		private String pathOf(Long unit) {
			return jdbc.queryForObject("select path from org_unit where id = ?", String.class, unit);
		}

		private String first(String sql, Object... args) {
			List<Object> found = jdbc.queryForList(sql, Object.class, args);
			return found.isEmpty() || found.get(0) == null ? null : found.get(0).toString();
		}

	}

}
