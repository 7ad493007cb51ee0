package org.griddesk.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts the virtual users sign in as, read from the database whoever loaded it (the benchmark's data set or
 * the demo district): residents with a grid and a grid-owned category to submit to, grid workers whose grids do not
 * overlap (so no two virtual workers race for one ticket), and district commanders. Only accounts whose password is
 * {@link DataSet#PASSWORD} and that are not locked out take part. The raw database benchmark works other grids (the
 * last workers'), so that it neither drains nor fills the queues the virtual workers work; a database with too few
 * workers for that (the demo district) shares them.
 */
record Cast(List<Resident> residents, List<Worker> workers, List<String> commanders, String password,
		List<Long> rawGrids) {

	static Cast read(Connection connection, int maxEach, int rawConnections) throws SQLException {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		Map<String, Boolean> checkedHashes = new HashMap<>();
		List<Worker> workers = new ArrayList<>();
		Set<Long> takenGrids = new HashSet<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT a.username, a.password_hash, "
				+ "array_agg(ar.region_id ORDER BY ar.region_id) FROM account a "
				+ "JOIN account_region ar ON ar.account_id = a.id JOIN region r ON r.id = ar.region_id "
				+ "WHERE a.role = 'GRID_WORKER' AND a.enabled AND (a.locked_until IS NULL OR a.locked_until < now()) "
				+ "GROUP BY a.id, a.username, a.password_hash HAVING bool_and(r.level = 'GRID') "
				+ "ORDER BY a.username LIKE 'worker%' DESC, a.username");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				Array array = rows.getArray(3);
				List<Long> grids = Arrays.stream((Long[]) array.getArray()).toList();
				if (grids.stream().noneMatch(takenGrids::contains)
						&& knowsPassword(encoder, checkedHashes, rows.getString(2))) {
					takenGrids.addAll(grids);
					workers.add(new Worker(rows.getString(1), grids));
				}
			}
		}
		List<Category> categories = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT id, kind FROM category WHERE owner_level = 'GRID' AND enabled ORDER BY code");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				categories.add(new Category(rows.getLong(1), rows.getString(2)));
			}
		}
		List<Long> rawGrids = gridsOf(workers.size() >= maxEach + rawConnections
				? workers.subList(workers.size() - rawConnections, workers.size()) : workers);
		workers = new ArrayList<>(workers.subList(0, Math.min(maxEach, workers.size())));
		List<Long> grids = gridsOf(workers);
		List<Resident> residents = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT username, password_hash, phone FROM account "
				+ "WHERE role = 'RESIDENT' AND enabled AND (locked_until IS NULL OR locked_until < now()) "
				+ "ORDER BY username LIKE 'resident%' DESC, username LIMIT 2000");
				ResultSet rows = query.executeQuery()) {
			while (rows.next() && residents.size() < maxEach && !grids.isEmpty() && !categories.isEmpty()) {
				if (knowsPassword(encoder, checkedHashes, rows.getString(2))) {
					int n = residents.size();
					Category category = categories.get(n % categories.size());
					String phone = rows.getString(3);
					residents.add(new Resident(rows.getString(1), grids.get(n % grids.size()), category.id(),
							category.kind(), phone != null && phone.matches("1[3-9]\\d{9}") ? phone : "13900000000"));
				}
			}
		}
		List<String> commanders = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT username, password_hash FROM account "
				+ "WHERE role = 'DISTRICT_COMMANDER' AND enabled AND (locked_until IS NULL OR locked_until < now()) "
				+ "ORDER BY username");
				ResultSet rows = query.executeQuery()) {
			while (rows.next() && commanders.size() < maxEach) {
				if (knowsPassword(encoder, checkedHashes, rows.getString(2))) {
					commanders.add(rows.getString(1));
				}
			}
		}
		return new Cast(residents, workers, commanders, DataSet.PASSWORD, rawGrids);
	}

	private static List<Long> gridsOf(List<Worker> workers) {
		return workers.stream().flatMap(worker -> worker.gridIds().stream()).toList();
	}

	private static boolean knowsPassword(PasswordEncoder encoder, Map<String, Boolean> checked, String hash) {
		return checked.computeIfAbsent(hash, candidate -> encoder.matches(DataSet.PASSWORD, candidate));
	}

	/** A resident and what they submit: a grid-owned category in one of the worked grids. */
	record Resident(String username, long gridId, long categoryId, String kind, String phone) {
	}

	record Worker(String username, List<Long> gridIds) {
	}

	private record Category(long id, String kind) {
	}

}
