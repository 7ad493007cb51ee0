package org.griddesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import org.griddesk.bench.Endpoints.Operation;
import org.griddesk.bench.Endpoints.Role;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GridDesk's working day as browsers make it: every virtual user signs in through the login form (CSRF token from the
 * page, session cookie kept), then repeats its job without pause until the phase ends. Residents open the form and
 * submit a matter; grid workers open their queue, open the first ticket, accept it and resolve it; commanders open
 * the district dashboard; an Open311 client lists requests. In the page phases grid workers read their queue, or one
 * ticket of it, and nothing else; in the acceptance phase they clear their intake from the queue, accepting
 * every listed ticket with its line's button. Forms are posted to their own action with the CSRF token they carry, and
 * redirects are followed, as a browser does. Users whose pages are not in this build only sign in.
 */
public class GridDeskSimulation extends Simulation {

	private static final String CSRF_INPUT = "input[name='" + Endpoints.CSRF_FIELD + "']";

	private final LoadPlan plan = LoadPlan.read(Path.of(System.getProperty(LoadPlan.PROPERTY)));

	public GridDeskSimulation() {
		HttpProtocolBuilder protocol = http.baseUrls(this.plan.baseUrls())
			.disableWarmUp()
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
			.acceptEncodingHeader("gzip, deflate")
			.userAgentHeader("GridDesk-benchmark (Gatling)");
		List<PopulationBuilder> populations = new ArrayList<>();
		add(populations, residents(), this.plan.residents());
		add(populations, workers(), this.plan.workers());
		add(populations, commanders(), this.plan.commanders());
		add(populations, open311Clients(), this.plan.built(Role.OPEN311) ? this.plan.open311Clients() : 0);
		setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(this.plan.seconds() + 120L));
	}

	private static void add(List<PopulationBuilder> populations, ScenarioBuilder scenario, int users) {
		if (users > 0) {
			populations.add(scenario.injectOpen(atOnceUsers(users)));
		}
	}

	private ScenarioBuilder residents() {
		List<Map<String, Object>> records = this.plan.cast()
			.residents()
			.stream()
			.map(resident -> Map.<String, Object>of("username", resident.username(), "gridId", resident.gridId(),
					"categoryId", resident.categoryId(), "kind", resident.kind(), "phone", resident.phone()))
			.toList();
		// matters go to the grids of the workers at work in the same phase, as a storm's do: a worker whose grid got
		// none would clear its backlog and then read an empty queue over and over, which is not the mix measured
		List<Long> grids = this.plan.cast()
			.workers()
			.stream()
			.limit(this.plan.workers())
			.flatMap(worker -> worker.gridIds().stream())
			.toList();
		HttpRequestActionBuilder submit = http(Operation.SUBMIT.request).post("#{submitAction}")
			.formParam(Endpoints.CSRF_FIELD, "#{csrf}")
			.formParam(Endpoints.SUBMISSION_KEY_FIELD, "#{submissionKey}")
			.formParam(Endpoints.KIND_FIELD, "#{kind}")
			.formParam(Endpoints.CATEGORY_FIELD, "#{categoryId}")
			.formParam(Endpoints.GRID_FIELD, session -> grids.isEmpty() ? session.get("gridId")
					: grids.get(ThreadLocalRandom.current().nextInt(grids.size())))
			.formParam(Endpoints.TITLE_FIELD, session -> "楼道堆物请清理 " + ThreadLocalRandom.current().nextInt(100_000))
			.formParam(Endpoints.DESCRIPTION_FIELD, "三单元一楼楼道堆放杂物，影响通行，请网格员协调清理。（基准测试）")
			.formParam(Endpoints.ADDRESS_FIELD, session -> "鸡冠区基准路 " + (1 + ThreadLocalRandom.current().nextInt(200)) + " 号")
			.formParam(Endpoints.PHONE_FIELD, "#{phone}");
		if (Endpoints.SUBMIT_MULTIPART) {
			submit = submit.asMultipartForm();
		}
		String form = Endpoints.SUBMIT_FORM_SELECTOR;
		ChainBuilder work = exec(http(Operation.SUBMIT_FORM.request).get(Endpoints.SUBMIT_FORM)
			.check(css(form, "action").saveAs("submitAction"), css(form + " " + CSRF_INPUT, "value").saveAs("csrf"),
					css(form + " input[name='" + Endpoints.SUBMISSION_KEY_FIELD + "']", "value").saveAs("submissionKey")))
			.exec(submit);
		return signedIn("residents", listFeeder(records), Role.RESIDENT, work);
	}

	private ScenarioBuilder workers() {
		List<Map<String, Object>> records = this.plan.cast()
			.workers()
			.stream()
			.map(worker -> Map.<String, Object>of("username", worker.username()))
			.toList();
		ChainBuilder work = switch (this.plan.phase()) {
			case QUEUE_PAGE -> exec(http(Operation.QUEUE.request).get(Endpoints.QUEUE));
			// the worker's latest resolved ticket (or the first to accept, if none), looked up once and then read over
			// and over
			case TICKET_PAGE -> doIf(session -> !session.contains("ticketId"))
				.then(exec(http("ticket lookup").get(Endpoints.QUEUE_RECENTLY_RESOLVED)
					.check(regex(Endpoints.QUEUE_TICKET_LINK).find().optional().saveAs("ticketId"))))
				.doIf(session -> !session.contains("ticketId"))
				.then(exec(http("ticket lookup").get(Endpoints.QUEUE)
					.check(regex(Endpoints.QUEUE_TICKET_LINK).find().optional().saveAs("ticketId"))))
				.doIf(session -> session.contains("ticketId"))
				.then(exec(http(Operation.TICKET_PAGE.request).get(Endpoints.TICKET_PAGE)));
			case ACCEPT -> acceptFromQueue();
			default -> acceptAndResolve();
		};
		return signedIn("grid workers", listFeeder(records), Role.WORKER, work);
	}

	private static ChainBuilder acceptAndResolve() {
		return exec(http(Operation.QUEUE.request).get(Endpoints.QUEUE)
			.check(regex(Endpoints.QUEUE_TICKET_LINK).find().optional().saveAs("ticketId")))
			.doIf(session -> session.contains("ticketId"))
			.then(exec(http(Operation.TICKET_PAGE.request).get(Endpoints.TICKET_PAGE)
				.check(css(Endpoints.ACCEPT_FORM_SELECTOR, "action").saveAs("acceptAction"),
						css(Endpoints.ACCEPT_FORM_SELECTOR + " " + CSRF_INPUT, "value").saveAs("csrf")))
				// the redirect back to the ticket page must offer the resolve form, or the accept did not take
				.exec(http(Operation.ACCEPT.request).post("#{acceptAction}")
					.formParam(Endpoints.CSRF_FIELD, "#{csrf}")
					.check(css(Endpoints.RESOLVE_FORM_SELECTOR, "action").saveAs("resolveAction"),
							css(Endpoints.RESOLVE_FORM_SELECTOR + " " + CSRF_INPUT, "value").saveAs("csrf")))
				.exec(http(Operation.RESOLVE.request).post("#{resolveAction}")
					.formParam(Endpoints.RESOLUTION_FIELD, "已上门协调，杂物已清理完毕。（基准测试）")
					.formParam(Endpoints.CSRF_FIELD, "#{csrf}")))
			.exec(session -> session.remove("ticketId"));
	}

	/**
	 * The queue's "to accept" tab, then each of its lines accepted with its button, as htmx posts it (the form's CSRF
	 * token, the htmx header) and the queue redraws the line; then the tab again for the next tickets.
	 */
	private static ChainBuilder acceptFromQueue() {
		return exec(http(Operation.QUEUE.request).get(Endpoints.QUEUE)
			.check(regex(Endpoints.QUEUE_ACCEPT_ACTION).findAll().optional().saveAs("acceptActions"),
					css(CSRF_INPUT, "value").optional().saveAs("csrf")))
			.doIf(session -> session.contains("acceptActions"))
			.then(foreach("#{acceptActions}", "acceptAction")
				.on(exec(http(Operation.QUEUE_ACCEPT.request).post("#{acceptAction}")
					.header(Endpoints.HTMX_HEADER, "true")
					.formParam(Endpoints.CSRF_FIELD, "#{csrf}")
					.check(css(Endpoints.QUEUE_ACCEPTED_SELECTOR).exists()))))
			.exec(session -> session.remove("acceptActions"));
	}

	private ScenarioBuilder commanders() {
		List<Map<String, Object>> records = this.plan.cast()
			.commanders()
			.stream()
			.map(username -> Map.<String, Object>of("username", username))
			.toList();
		ChainBuilder work = exec(http(Operation.DASHBOARD.request).get(Endpoints.DASHBOARD));
		return signedIn("commanders", listFeeder(records), Role.COMMANDER, work);
	}

	private ScenarioBuilder open311Clients() {
		return scenario("open311 clients").during(Duration.ofSeconds(this.plan.seconds()))
			.on(exec(http(Operation.OPEN311_LIST.request).get(Endpoints.OPEN311_REQUESTS)
				.header("Accept", "application/json")));
	}

	/** Signs in as a browser does (the login page's CSRF token, then the form post), then works until time is up. */
	private ScenarioBuilder signedIn(String name, FeederBuilder<Object> users, Role role,
			ChainBuilder work) {
		ChainBuilder signIn = exec(http("sign-in form").get(Endpoints.LOGIN_PAGE)
			.check(css(CSRF_INPUT, "value").saveAs("csrf")))
			.exec(http(Operation.SIGN_IN.request).post(Endpoints.LOGIN_POST)
				.formParam(Endpoints.USERNAME_FIELD, "#{username}")
				.formParam(Endpoints.PASSWORD_FIELD, this.plan.cast().password())
				.formParam(Endpoints.CSRF_FIELD, "#{csrf}")
				.disableFollowRedirect()
				.check(status().is(302), headerRegex("Location", Endpoints.LOGIN_FAILED_LOCATION).notExists()));
		ScenarioBuilder scenario = scenario(name).feed(users.circular()).exec(signIn).exitHereIfFailed();
		if (!this.plan.built(role)) {
			return scenario;
		}
		return scenario.during(Duration.ofSeconds(this.plan.seconds())).on(work);
	}

}
