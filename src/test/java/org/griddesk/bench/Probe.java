package org.griddesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.bench.Endpoints.Role;

/**
 * Finds out which parts of GridDesk this build has: signs in as one user of each kind and opens that kind's page.
 * A 404 means the page is not in the build (its branch is not merged yet), and so does a redirect to the sign-in
 * page for the Open311 API, which answers without one; anything else counts as built, so a broken page shows up as
 * errors in the run rather than being skipped.
 */
final class Probe {

	private static final Pattern CSRF = Pattern
		.compile("name=\"" + Pattern.quote(Endpoints.CSRF_FIELD) + "\"\\s+value=\"([^\"]+)\"");

	private Probe() {
	}

	static Set<Role> builtRoles(String baseUrl, Cast cast) throws IOException, InterruptedException {
		Set<Role> built = EnumSet.noneOf(Role.class);
		if (status(anonymous(), baseUrl + Role.ANYONE.probe) != 404) {
			built.add(Role.ANYONE);
		}
		HttpResponse<Void> open311 = anonymous().send(HttpRequest.newBuilder(URI.create(baseUrl + Role.OPEN311.probe))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.discarding());
		boolean toLogin = open311.headers().firstValue("Location").orElse("").contains(Endpoints.LOGIN_PAGE);
		if (open311.statusCode() != 404 && !toLogin) {
			built.add(Role.OPEN311);
		}
		probe(built, Role.RESIDENT, baseUrl, cast.residents().isEmpty() ? null : cast.residents().get(0).username(),
				cast.password());
		probe(built, Role.WORKER, baseUrl, cast.workers().isEmpty() ? null : cast.workers().get(0).username(),
				cast.password());
		probe(built, Role.COMMANDER, baseUrl, cast.commanders().isEmpty() ? null : cast.commanders().get(0),
				cast.password());
		return built;
	}

	private static void probe(Set<Role> built, Role role, String baseUrl, String username, String password)
			throws IOException, InterruptedException {
		if (username == null) {
			return;
		}
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + Endpoints.LOGIN_PAGE)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(login);
		if (!token.find()) {
			throw new IllegalStateException("No " + Endpoints.CSRF_FIELD + " field on " + Endpoints.LOGIN_PAGE);
		}
		String form = field(Endpoints.USERNAME_FIELD, username) + "&" + field(Endpoints.PASSWORD_FIELD, password) + "&"
				+ field(Endpoints.CSRF_FIELD, token.group(1));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + Endpoints.LOGIN_POST))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains(Endpoints.LOGIN_FAILED_LOCATION)) {
			throw new IllegalStateException("Could not sign in as " + username + " (" + signedIn.statusCode() + " "
					+ location + ")");
		}
		if (status(client, baseUrl + role.probe) != 404) {
			built.add(role);
		}
	}

	private static HttpClient anonymous() {
		return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static int status(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String field(String name, String value) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
