package org.griddesk.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every URL, form field and page marker the benchmark relies on, in one place: when a page changes, this is the
 * file to fix. Paths may use Gatling expressions ({@code #{ticketId}}) filled from the virtual user's session.
 */
final class Endpoints {

	static final String HEALTH = "/actuator/health";

	// signing in: Spring Security's form login
	static final String LOGIN_PAGE = "/login";

	static final String LOGIN_POST = "/login";

	static final String USERNAME_FIELD = "username";

	static final String PASSWORD_FIELD = "password";

	/** A failed sign-in redirects back here; a good one anywhere else. */
	static final String LOGIN_FAILED_LOCATION = "/login";

	/** The CSRF token every form carries as a hidden input. */
	static final String CSRF_FIELD = "_csrf";

	// resident: submit a matter (ticket.ResidentTicketController, templates/ticket/my-form.html)
	static final String SUBMIT_FORM = "/my/tickets/new";

	/** The form on that page; the harness posts to its action, as a browser does (it carries the CSRF token). */
	static final String SUBMIT_FORM_SELECTOR = "form#ticket-form";

	/** The form is multipart (it takes photos), so a browser posts it as multipart/form-data. */
	static final boolean SUBMIT_MULTIPART = true;

	/** A hidden field made when the form is shown; it makes a repeated post return the first ticket. */
	static final String SUBMISSION_KEY_FIELD = "submissionKey";

	static final String KIND_FIELD = "kind";

	static final String CATEGORY_FIELD = "categoryId";

	static final String GRID_FIELD = "gridId";

	static final String TITLE_FIELD = "title";

	static final String DESCRIPTION_FIELD = "description";

	static final String ADDRESS_FIELD = "address";

	static final String PHONE_FIELD = "contactPhone";

	// grid worker: queue, ticket page, accept, resolve (ticket.WorkerQueueController, ticket.StaffTicketController,
	// templates/worker/queue.html, templates/ticket/detail.html)
	/** Opens on the "to accept" tab: new tickets of the worker's grids, soonest deadline first. */
	static final String QUEUE = "/worker/queue";

	/** A ticket as the queue links it; group 1 is the ticket id. The first one is taken. */
	static final String QUEUE_TICKET_LINK = "href=\"/tickets/(\\d+)\"";

	static final String TICKET_PAGE = "/tickets/#{ticketId}";

	/**
	 * Where the ticket-page phase looks for its ticket first: a resolved ticket stays in the worker's grid, while the
	 * deadline sweep moves a new one whose accept window runs out up to the community, out of the worker's sight.
	 */
	static final String QUEUE_RECENTLY_RESOLVED = "/worker/queue?tab=RECENTLY_RESOLVED";

	/** The accept button of each line of the queue's "to accept" tab posts here with htmx; group 1 is the action. */
	static final String QUEUE_ACCEPT_ACTION = "hx-post=\"(/worker/queue/\\d+/accept)\"";

	/** htmx sends it with every request; the accept answers with the redrawn line instead of a redirect. */
	static final String HTMX_HEADER = "HX-Request";

	/** The redrawn line says the ticket is now the worker's; a lost race would say who took it instead. */
	static final String QUEUE_ACCEPTED_SELECTOR = "div.queue-notice.alert-success";

	/** The accept and resolve forms of the ticket page; the harness posts to their actions. */
	static final String ACCEPT_FORM_SELECTOR = "form[action$='/accept']";

	static final String RESOLVE_FORM_SELECTOR = "form[action$='/resolve']";

	static final String RESOLUTION_FIELD = "resolution";

	// commander
	static final String DASHBOARD = "/command/dashboard";

	// Open311 GeoReport v2 client (open311.Open311Controller): reading needs no key; the defaults list the last 90
	// days of requests filed through the API, up to 1000
	static final String OPEN311_REQUESTS = "/open311/v2/requests.json";

	/**
	 * Operations whose pages are built on other branches and may be missing from this build: the benchmark reports
	 * them as "not in this build" instead of failing. Empty this set once every branch is merged, so that a renamed
	 * page fails the smoke test.
	 */
	static final Set<Operation> NOT_YET_MERGED = EnumSet.noneOf(Operation.class);

	private Endpoints() {
	}

	/** What the benchmark measures; {@link #request} is the request name in Gatling and in the report. */
	enum Operation {

		SIGN_IN("sign-in", Role.ANYONE), SUBMIT_FORM("submit form", Role.RESIDENT), SUBMIT("submit", Role.RESIDENT),
		QUEUE("worker queue", Role.WORKER), TICKET_PAGE("ticket page", Role.WORKER), ACCEPT("accept", Role.WORKER),
		QUEUE_ACCEPT("accept from queue", Role.WORKER),
		RESOLVE("resolve", Role.WORKER), DASHBOARD("district dashboard", Role.COMMANDER),
		OPEN311_LIST("open311 list", Role.OPEN311);

		final String request;

		final Role role;

		Operation(String request, Role role) {
			this.request = request;
			this.role = role;
		}

		static List<Operation> of(Role role) {
			return EnumSet.allOf(Operation.class).stream().filter(operation -> operation.role == role).toList();
		}

	}

	/** Who performs an operation, and the page that tells whether that part of GridDesk is in the build. */
	enum Role {

		ANYONE(LOGIN_PAGE), RESIDENT(SUBMIT_FORM), WORKER(QUEUE), COMMANDER(DASHBOARD), OPEN311(OPEN311_REQUESTS);

		final String probe;

		Role(String probe) {
			this.probe = probe;
		}

	}

}
