package org.griddesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.griddesk.bench.Endpoints.Role;

/**
 * What one Gatling run does: which phase, against which nodes, for how long, with how many virtual users of each
 * kind, and as whom. The benchmark writes it to a file and the simulation reads it (Gatling builds the simulation
 * itself, in its own JVM).
 */
record LoadPlan(Phase phase, List<String> baseUrls, int seconds, int residents, int workers, int commanders,
		int open311Clients, Set<Role> builtRoles, Cast cast) {

	static final String PROPERTY = "griddesk.bench.plan";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Splits the users over the kinds of work the phase has: a mixed day has a quarter residents, an eighth each
	 * commanders and Open311 clients, the rest grid workers; the isolated phases give everyone to one kind (grid
	 * workers for the queue, the ticket page and acceptances).
	 */
	static LoadPlan of(Phase phase, List<String> baseUrls, int seconds, int users, Set<Role> builtRoles, Cast cast) {
		int residents = 0;
		int workers = 0;
		int commanders = 0;
		int open311 = 0;
		switch (phase) {
			case MIXED -> {
				commanders = Math.max(1, users / 8);
				open311 = Math.max(1, users / 8);
				residents = Math.max(1, users / 4);
				workers = Math.max(1, users - commanders - open311 - residents);
			}
			case SUBMIT -> residents = users;
			case ACCEPT, QUEUE_PAGE, TICKET_PAGE -> workers = users;
		}
		workers = Math.min(workers, cast.workers().size());
		residents = cast.residents().isEmpty() ? 0 : residents;
		commanders = cast.commanders().isEmpty() ? 0 : commanders;
		return new LoadPlan(phase, baseUrls, seconds, residents, workers, commanders, open311, builtRoles, cast);
	}

	Path write(Path file) {
		try {
			Files.createDirectories(file.getParent());
			JSON.writeValue(file.toFile(), this);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static LoadPlan read(Path file) {
		return JSON.readValue(file.toFile(), LoadPlan.class);
	}

	boolean built(Role role) {
		return this.builtRoles.contains(role);
	}

	/**
	 * A mixed working day; one kind of write alone, to measure its ceiling through the full stack; or one page alone,
	 * read over and over, to compare with what other Spring MVC applications serve on the same machine.
	 */
	enum Phase {

		MIXED, SUBMIT, ACCEPT, QUEUE_PAGE, TICKET_PAGE

	}

}
