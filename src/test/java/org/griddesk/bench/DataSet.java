package org.griddesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Loads a Jiguan-like district at benchmark scale straight into the schema: 6 streets, 50 communities, 500 grids,
 * 7 departments, 30 categories, ledger households and persons, one grid worker per grid, residents, the command
 * accounts, and two years of tickets with their timelines, plus a backlog of new tickets (a storm day) in the grids
 * the benchmark's workers work. Everything is generated inside PostgreSQL with generate_series, so a million tickets
 * take minutes, not hours. Every account's password is {@value #PASSWORD}.
 */
final class DataSet {

	static final String PASSWORD = "griddesk";

	/** The grids whose workers the benchmark signs in as; the backlog and the residents' addresses are there. */
	static final int BENCH_GRIDS = 32;

	/** The district's time zone, GridDesk's default ({@code griddesk.time-zone}); days of the rollups are its days. */
	private static final String DISTRICT_ZONE = "Asia/Shanghai";

	private static final String[][] STREETS = { { "HJL", "红军路街道" }, { "XY", "向阳街道" }, { "XJ", "西郊乡" },
			{ "LX", "立新街道" }, { "DF", "东风街道" }, { "HX", "红星乡" } };

	private DataSet() {
	}

	/**
	 * {@code bench/generate.sh}: migrates the given empty database and loads the data set into it, for work on a
	 * database that outlives one benchmark run (dashboard query plans, several runs against 10 million tickets).
	 */
	public static void main(String[] args) throws SQLException {
		if (args.length != 4) {
			throw new IllegalArgumentException("Usage: DataSet JDBC_URL USER PASSWORD TICKETS");
		}
		migrate(args[0], args[1], args[2]);
		double seconds = load(args[0], args[1], args[2], Long.parseLong(args[3].replace("_", "")));
		log(String.format("loaded in %.0f s", seconds));
	}

	/** Brings the schema up to date with the application's own Flyway migrations. */
	static void migrate(String url, String user, String password) {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
	}

	static long ticketCount(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT count(*) FROM ticket")) {
			count.next();
			return count.getLong(1);
		}
	}

	static boolean hasDistrict(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT count(*) FROM region WHERE level = 'DISTRICT'")) {
			count.next();
			return count.getLong(1) > 0;
		}
	}

	/** Loads everything into an empty, migrated database; returns the seconds it took. */
	static double load(String url, String user, String password, long tickets) throws SQLException {
		long started = System.nanoTime();
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement sql = connection.createStatement()) {
			if (hasDistrict(connection)) {
				throw new IllegalStateException("The database already has a district; give an empty database");
			}
			sql.execute("SET synchronous_commit = off");
			sql.execute("SET work_mem = '256MB'");
			sql.execute("SET maintenance_work_mem = '512MB'");
			sql.execute("SELECT setseed(0.42)");
			organisation(sql);
			catalog(sql);
			long households = Math.max(500, Math.min(100_000, tickets / 10));
			ledger(sql, households);
			accounts(sql, hash, Math.max(100, Math.min(20_000, tickets / 50)));
			List<String> indexes = dropSecondaryIndexes(sql);
			tickets(sql, tickets);
			backlog(sql, Math.max(200, Math.min(50_000, tickets / 20)));
			events(sql);
			log("recreating " + indexes.size() + " indexes");
			for (String index : indexes) {
				sql.execute(index);
			}
			derivedData(sql);
			log("vacuum analyze");
			sql.execute("VACUUM ANALYZE");
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private static void organisation(Statement sql) throws SQLException {
		log("regions and departments");
		sql.execute("INSERT INTO region (level, code, name, path, latitude, longitude) "
				+ "VALUES ('DISTRICT', 'JG', '鸡冠区', '/new/JG/', 45.300000, 130.970000)");
		StringBuilder streets = new StringBuilder();
		for (int i = 0; i < STREETS.length; i++) {
			streets.append(i == 0 ? "" : ", ").append("(").append(i).append(", '").append(STREETS[i][0]).append("', '")
				.append(STREETS[i][1]).append("')");
		}
		sql.execute("INSERT INTO region (parent_id, level, code, name, path) "
				+ "SELECT d.id, 'STREET', s.code, s.name, '/new/' || s.code || '/' FROM region d, (VALUES " + streets
				+ ") s (n, code, name) WHERE d.code = 'JG' ORDER BY s.n");
		// 50 communities spread over the streets, 10 grids each
		sql.execute("INSERT INTO region (parent_id, level, code, name, path) "
				+ "SELECT s.id, 'COMMUNITY', 'SQ' || lpad(c::text, 2, '0'), '第' || c || '社区', '/new/SQ' || c || '/' "
				+ "FROM generate_series(1, 50) c JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n "
				+ "FROM region WHERE level = 'STREET') s ON s.n = c % 6 ORDER BY c");
		sql.execute("INSERT INTO region (parent_id, level, code, name, path, latitude, longitude) "
				+ "SELECT c.id, 'GRID', c.code || '-G' || g, '第' || g || '网格', '/new/' || c.code || '-G' || g || '/', "
				+ "45.2 + c.id * 0.001, 130.9 + g * 0.001 "
				+ "FROM region c, generate_series(1, 10) g WHERE c.level = 'COMMUNITY' ORDER BY c.id, g");
		sql.execute("UPDATE region SET path = '/' || id || '/' WHERE level = 'DISTRICT'");
		for (String level : List.of("STREET", "COMMUNITY", "GRID")) {
			sql.execute("UPDATE region r SET path = p.path || r.id || '/' FROM region p "
					+ "WHERE r.parent_id = p.id AND r.level = '" + level + "'");
		}
		sql.execute("INSERT INTO department (code, name, phone) VALUES ('NYNC', '区农业农村局', '0467-2361001'), "
				+ "('WL', '区文旅局', '0467-2361002'), ('SCJG', '区市场监管局', '0467-2361003'), "
				+ "('ZJ', '区住建局', '0467-2361004'), ('GS', '供水公司', '0467-2361005'), "
				+ "('GD', '供电公司', '0467-2361006'), ('MZ', '区民政局', '0467-2361007')");
		// a lookup of every grid with its community and street, numbered for the generators below
		sql.execute("CREATE TEMP TABLE bench_grid AS SELECT row_number() OVER (ORDER BY g.id) AS n, g.id, "
				+ "g.parent_id AS community_id, c.parent_id AS street_id FROM region g JOIN region c ON c.id = g.parent_id "
				+ "WHERE g.level = 'GRID'");
	}

	/** 30 lines of the responsibility list: most belong to the grid, the rest to community, street or a department. */
	private static void catalog(Statement sql) throws SQLException {
		log("responsibility list");
		sql.execute("""
				INSERT INTO category (code, name, description, kind, owner_level, department_id, accept_window_hours,
				                      resolve_window_hours, proxy_capable)
				SELECT c.code, c.name, c.name || '（基准数据）', c.kind, c.owner, d.id, c.accept_hours, c.resolve_hours,
				       c.proxy
				FROM (VALUES
				  ('S01', '社保卡办理', 'SERVICE', 'GRID', NULL, 24, 120, true),
				  ('S02', '高龄补贴申领', 'SERVICE', 'GRID', NULL, 24, 168, true),
				  ('S03', '居住证明开具', 'SERVICE', 'COMMUNITY', NULL, 24, 48, false),
				  ('S04', '低保申请', 'SERVICE', 'STREET', NULL, 24, 360, true),
				  ('S05', '残疾人证代办', 'SERVICE', 'GRID', NULL, 24, 240, true),
				  ('S06', '医保参保登记', 'SERVICE', 'GRID', NULL, 24, 120, true),
				  ('S07', '独生子女证明', 'SERVICE', 'COMMUNITY', NULL, 24, 72, false),
				  ('S08', '养老资格认证', 'SERVICE', 'GRID', NULL, 24, 72, true),
				  ('S09', '临时救助申请', 'SERVICE', 'STREET', NULL, 24, 240, false),
				  ('S10', '就业登记', 'SERVICE', 'GRID', NULL, 24, 120, false),
				  ('A01', '停水报修', 'APPEAL', 'DEPARTMENT', 'GS', 2, 24, false),
				  ('A02', '停电报修', 'APPEAL', 'DEPARTMENT', 'GD', 2, 12, false),
				  ('A03', '楼道照明维修', 'APPEAL', 'GRID', NULL, 24, 72, false),
				  ('A04', '道路破损', 'APPEAL', 'DEPARTMENT', 'ZJ', 24, 168, false),
				  ('A05', '供暖不热', 'APPEAL', 'GRID', NULL, 12, 48, false),
				  ('A06', '下水道堵塞', 'APPEAL', 'GRID', NULL, 12, 48, false),
				  ('A07', '路灯不亮', 'APPEAL', 'COMMUNITY', NULL, 24, 72, false),
				  ('A08', '违章停车', 'APPEAL', 'GRID', NULL, 24, 48, false),
				  ('A09', '农田灌溉', 'APPEAL', 'DEPARTMENT', 'NYNC', 24, 168, false),
				  ('A10', '文化活动场地', 'APPEAL', 'DEPARTMENT', 'WL', 24, 240, false),
				  ('C01', '环境卫生', 'COMPLAINT', 'GRID', NULL, 24, 72, false),
				  ('C02', '噪音扰民', 'COMPLAINT', 'COMMUNITY', NULL, 24, 72, false),
				  ('C03', '食品安全', 'COMPLAINT', 'DEPARTMENT', 'SCJG', 12, 120, false),
				  ('C04', '物业服务', 'COMPLAINT', 'COMMUNITY', NULL, 24, 168, false),
				  ('C05', '乱搭乱建', 'COMPLAINT', 'GRID', NULL, 24, 168, false),
				  ('C06', '占道经营', 'COMPLAINT', 'GRID', NULL, 24, 72, false),
				  ('C07', '宠物扰民', 'COMPLAINT', 'GRID', NULL, 24, 72, false),
				  ('C08', '油烟污染', 'COMPLAINT', 'STREET', NULL, 24, 168, false),
				  ('C09', '养老服务', 'COMPLAINT', 'DEPARTMENT', 'MZ', 24, 168, false),
				  ('C10', '楼道堆物', 'COMPLAINT', 'GRID', NULL, 24, 72, false)
				) c (code, name, kind, owner, department, accept_hours, resolve_hours, proxy)
				LEFT JOIN department d ON d.code = c.department
				ORDER BY c.code""");
		sql.execute("CREATE TEMP TABLE bench_category AS SELECT row_number() OVER (ORDER BY id) AS n, id, kind, "
				+ "owner_level, department_id, accept_window_hours, resolve_window_hours FROM category");
	}

	private static void ledger(Statement sql, long households) throws SQLException {
		log(households + " households and their people");
		sql.execute("INSERT INTO household (grid_id, building, unit, room, address) "
				+ "SELECT g.id, b || '号楼', u || '单元', r, '鸡冠区' || g.id || '路' || b || '号楼' || u || '单元' || r "
				+ "FROM (SELECT h, 1 + h % 500 AS grid_n, 1 + h / 500 / 120 AS b, 1 + (h / 500 / 24) % 5 AS u, "
				+ "(1 + (h / 500 / 4) % 6) || '0' || (1 + (h / 500) % 4) AS r "
				+ "FROM generate_series(0, " + (households - 1) + ") h) k JOIN bench_grid g ON g.n = k.grid_n");
		sql.execute("""
				INSERT INTO person (household_id, name, gender, birth_date, id_number, phone, relation_to_head)
				SELECT h.id,
				       (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱'])[1 + (h.id * 7 + p) % 14]
				         || (ARRAY['秀兰','建国','伟','芳','敏','静','丽','强','磊','军','洋','勇','艳','杰'])[1 + (h.id * 3 + p * 5) % 14],
				       CASE WHEN (h.id + p) % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
				       DATE '1940-01-01' + ((h.id * 37 + p * 4001) % 29000)::int,
				       '2303' || lpad((h.id * 3 + p)::text, 13, '0') || '0',
				       '13' || lpad(((h.id * 3 + p) % 1000000000)::text, 9, '0'),
				       CASE p WHEN 0 THEN 'SELF' WHEN 1 THEN 'SPOUSE' ELSE 'CHILD' END
				FROM household h, generate_series(0, 2) p
				WHERE p < 2 OR h.id % 2 = 0""");
	}

	private static void accounts(Statement sql, String hash, long residents) throws SQLException {
		log("accounts: a worker per grid, " + residents + " residents, the command desks");
		sql.execute("INSERT INTO account (username, password_hash, display_name, phone, role) VALUES "
				+ "('admin', '" + hash + "', '系统管理员', '13800000007', 'ADMIN'), "
				+ "('district', '" + hash + "', '申国华', '13800000005', 'DISTRICT_COMMANDER'), "
				+ "('street', '" + hash + "', '付瑶', '13800000004', 'STREET_COMMANDER'), "
				+ "('community', '" + hash + "', '黄美玲', '13800000003', 'COMMUNITY_STAFF')");
		sql.execute("INSERT INTO account (username, password_hash, display_name, phone, role, department_id) "
				+ "SELECT 'department', '" + hash + "', '陈水生', '13800000006', 'DEPARTMENT_STAFF', id "
				+ "FROM department WHERE code = 'GS'");
		sql.execute("INSERT INTO account_region (account_id, region_id) "
				+ "SELECT a.id, r.id FROM account a JOIN region r ON (a.username, r.level) IN "
				+ "(('admin', 'DISTRICT'), ('district', 'DISTRICT')) "
				+ "UNION ALL SELECT a.id, (SELECT id FROM region WHERE code = 'HJL') FROM account a WHERE username = 'street' "
				+ "UNION ALL SELECT a.id, (SELECT id FROM region WHERE code = 'SQ01') FROM account a WHERE username = 'community'");
		sql.execute("INSERT INTO account (username, password_hash, display_name, phone, role) "
				+ "SELECT 'worker-' || lpad(n::text, 4, '0'), '" + hash + "', '网格员' || n, "
				+ "'137' || lpad(n::text, 8, '0'), 'GRID_WORKER' FROM bench_grid ORDER BY n");
		sql.execute("INSERT INTO account_region (account_id, region_id) SELECT a.id, g.id FROM bench_grid g "
				+ "JOIN account a ON a.username = 'worker-' || lpad(g.n::text, 4, '0')");
		// residents live in the benchmark's grids, so what they submit lands in the queues being worked
		sql.execute("INSERT INTO account (username, password_hash, display_name, phone, role, person_id) "
				+ "SELECT 'resident-' || lpad(n::text, 5, '0'), '" + hash + "', p.name, '139' || lpad(n::text, 8, '0'), "
				+ "'RESIDENT', p.id FROM (SELECT p.id, p.name, row_number() OVER (ORDER BY p.id) AS n "
				+ "FROM person p JOIN household h ON h.id = p.household_id JOIN bench_grid g ON g.id = h.grid_id "
				+ "WHERE g.n <= " + BENCH_GRIDS + " AND p.relation_to_head = 'SELF') p WHERE n <= " + residents);
		sql.execute("CREATE TEMP TABLE bench_resident AS SELECT row_number() OVER (ORDER BY id) AS n, id, person_id "
				+ "FROM account WHERE role = 'RESIDENT'");
		sql.execute("CREATE TEMP TABLE bench_worker AS SELECT ar.region_id AS grid_id, a.id FROM account a "
				+ "JOIN account_region ar ON ar.account_id = a.id WHERE a.role = 'GRID_WORKER'");
	}

	/**
	 * Drops the secondary indexes of the ticket tables for the bulk insert and returns their definitions to recreate
	 * afterwards: building an index once is far cheaper than maintaining it row by row.
	 */
	private static List<String> dropSecondaryIndexes(Statement sql) throws SQLException {
		List<String> definitions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (ResultSet indexes = sql.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i "
				+ "WHERE i.schemaname = current_schema() AND i.tablename IN ('ticket', 'ticket_event') "
				+ "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")) {
			while (indexes.next()) {
				names.add(indexes.getString(1));
				definitions.add(indexes.getString(2));
			}
		}
		for (String name : names) {
			sql.execute("DROP INDEX " + name);
		}
		return definitions;
	}

	/**
	 * Two years of tickets, more of them recent. Age decides the state: old tickets are mostly closed (rated or
	 * left unrated), the last week's are being worked, today's are mostly new.
	 */
	private static void tickets(Statement sql, long count) throws SQLException {
		log(count + " tickets");
		sql.execute("""
				CREATE TEMP VIEW bench_ticket_draft AS
				SELECT s.i, s.submitted_at, s.r_status, s.r_accept, s.r_resolve, s.r_rating, s.r_channel,
				       g.id AS grid_id, g.community_id, g.street_id, c.id AS category_id, c.kind, c.owner_level,
				       c.department_id, c.accept_window_hours, c.resolve_window_hours,
				       EXTRACT(EPOCH FROM now() - s.submitted_at) / 86400 AS age_days
				FROM (SELECT i, now() - (power(random(), 1.6) * 730 + random() * 0.02) * interval '1 day' AS submitted_at,
				             random() AS r_status, random() AS r_accept, random() AS r_resolve, random() AS r_rating,
				             random() AS r_channel, 1 + (random() * 499.999)::int AS grid_n, 1 + (random() * 29.999)::int AS category_n
				      FROM generate_series(1, %d) i) s
				JOIN bench_grid g ON g.n = s.grid_n
				JOIN bench_category c ON c.n = s.category_n""".formatted(count));
		sql.execute("""
				CREATE TEMP VIEW bench_ticket_drawn AS
				SELECT d.*,
				       CASE
				         WHEN d.age_days < 1 THEN CASE WHEN d.r_status < 0.6 THEN 'SUBMITTED' WHEN d.r_status < 0.85 THEN 'ACCEPTED'
				                                       WHEN d.r_status < 0.95 THEN 'IN_PROGRESS' ELSE 'RESOLVED' END
				         WHEN d.age_days < 7 THEN CASE WHEN d.r_status < 0.03 THEN 'SUBMITTED' WHEN d.r_status < 0.13 THEN 'ACCEPTED'
				                                       WHEN d.r_status < 0.33 THEN 'IN_PROGRESS' WHEN d.r_status < 0.85 THEN 'RESOLVED'
				                                       WHEN d.r_status < 0.89 THEN 'CANCELLED' WHEN d.r_status < 0.92 THEN 'REJECTED'
				                                       ELSE 'CLOSED' END
				         -- older ones are done with, bar a few long cases: a district's open work is its recent work
				         ELSE CASE WHEN d.r_status < 0.948 THEN 'CLOSED' WHEN d.r_status < 0.998 THEN 'CANCELLED'
				                   WHEN d.r_status < 0.9995 THEN 'IN_PROGRESS' ELSE 'ACCEPTED' END
				       END AS drawn_status,
				       CASE WHEN d.r_channel < 0.4 THEN 'WEB' WHEN d.r_channel < 0.65 THEN 'WALK_IN'
				            WHEN d.r_channel < 0.9 THEN 'PHONE' ELSE 'OPEN311' END AS channel,
				       d.submitted_at + d.accept_window_hours * interval '1 hour' AS accept_due_at,
				       d.submitted_at + d.resolve_window_hours * interval '1 hour' AS resolve_due_at,
				       -- most are accepted inside the window, about one in eight late
				       d.submitted_at + least(d.r_accept * 1.15 * d.accept_window_hours * interval '1 hour',
				                              (now() - d.submitted_at) * 0.3) AS accepted_at_candidate
				FROM bench_ticket_draft d""");
		// a new ticket past its accept window would have been taken or moved up by the deadline sweep long ago
		sql.execute("""
				CREATE TEMP VIEW bench_ticket_state AS
				SELECT d.*,
				       CASE WHEN d.drawn_status = 'SUBMITTED' AND d.accept_due_at <= now() THEN 'ACCEPTED'
				            ELSE d.drawn_status END AS status
				FROM bench_ticket_drawn d""");
		sql.execute("""
				INSERT INTO ticket (number, kind, category_id, channel, status, title, description, resident_id,
				                    person_id, household_id, region_id, department_id, assignee_id, address,
				                    contact_phone, proxy_requested, submitted_at, window_start_at, accept_due_at,
				                    resolve_due_at, accepted_at, resolved_at, closed_at, resolution, rating_solved,
				                    rating_score, rating_comment, return_visit_due, reopen_count)
				SELECT 'B' || to_char(t.submitted_at, 'YYYYMMDD') || '-' || lpad(t.i::text, 8, '0'),
				       t.kind, t.category_id, t.channel, t.status,
				       '基准工单 ' || t.i, '基准数据生成的诉求描述，第 ' || t.i || ' 件。',
				       CASE WHEN t.channel = 'WEB' THEN r.id END,
				       CASE WHEN t.channel IN ('WALK_IN', 'PHONE') THEN r.person_id END,
				       NULL,
				       CASE WHEN t.status = 'REJECTED' THEN t.community_id
				            WHEN t.owner_level = 'COMMUNITY' THEN t.community_id
				            WHEN t.owner_level = 'STREET' THEN t.street_id ELSE t.grid_id END,
				       t.department_id,
				       CASE WHEN t.status IN ('ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN w.id END,
				       '鸡冠区基准地址 ' || t.grid_id || '-' || t.i % 1000,
				       '139' || lpad((t.i % 100000000)::text, 8, '0'),
				       false, t.submitted_at, t.submitted_at, t.accept_due_at, t.resolve_due_at,
				       CASE WHEN t.status IN ('ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN t.accepted_at_candidate END,
				       CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN t.resolved_at END,
				       CASE WHEN t.status = 'CLOSED' THEN t.resolved_at + CASE WHEN t.r_rating < 0.7
				                 THEN t.r_rating * interval '6 days' ELSE interval '7 days' END
				            WHEN t.status = 'CANCELLED' THEN t.submitted_at + interval '2 hours' END,
				       CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN '已办结（基准数据）' END,
				       CASE WHEN t.status = 'CLOSED' AND t.r_rating < 0.7 THEN t.r_rating < 0.66 END,
				       CASE WHEN t.status = 'CLOSED' AND t.r_rating < 0.7 THEN
				            CASE WHEN t.r_rating < 0.385 THEN 5 WHEN t.r_rating < 0.56 THEN 4 WHEN t.r_rating < 0.63 THEN 3
				                 WHEN t.r_rating < 0.672 THEN 2 ELSE 1 END END,
				       NULL, false, 0
				FROM (SELECT s.*,
				             least(s.accepted_at_candidate + s.r_resolve * 1.1 * (s.resolve_due_at - s.accepted_at_candidate),
				                   now() - interval '1 minute') AS resolved_at
				      FROM bench_ticket_state s) t
				LEFT JOIN bench_resident r ON r.n = 1 + t.i % (SELECT count(*) FROM bench_resident)
				LEFT JOIN bench_worker w ON w.grid_id = t.grid_id
				ORDER BY t.submitted_at""");
	}

	/**
	 * A storm day in the benchmark's grids: new tickets waiting to be accepted, as many as the run needs, spread over
	 * the first 95% of their accept windows — some already warned of, none overdue yet, so that what the deadline sweep
	 * finds during a run is the trickle a live storm gives it, not a day's backlog at once.
	 */
	private static void backlog(Statement sql, long count) throws SQLException {
		log(count + " new tickets waiting in the benchmark's grids");
		sql.execute("""
				INSERT INTO ticket (number, kind, category_id, channel, status, title, description, resident_id,
				                    region_id, address, contact_phone, proxy_requested, submitted_at, window_start_at,
				                    accept_due_at, resolve_due_at)
				SELECT 'Q' || to_char(a.at, 'YYYYMMDD') || '-' || lpad(s.i::text, 8, '0'), c.kind, c.id, 'WEB',
				       'SUBMITTED', '积压工单 ' || s.i, '风暴日积压的诉求，第 ' || s.i || ' 件。', r.id, g.id,
				       '鸡冠区基准地址 ' || g.id || '-' || s.i %% 1000, '139' || lpad(s.i::text, 8, '0'), false,
				       a.at, a.at, a.at + c.accept_window_hours * interval '1 hour',
				       a.at + c.resolve_window_hours * interval '1 hour'
				FROM (SELECT i, random() AS r FROM generate_series(1, %d) i) s
				JOIN bench_grid g ON g.n = 1 + s.i %% %d
				JOIN (SELECT row_number() OVER (ORDER BY n) - 1 AS k, id, kind, accept_window_hours, resolve_window_hours
				      FROM bench_category WHERE owner_level = 'GRID') c ON c.k = s.i %% (SELECT count(*) FROM bench_category WHERE owner_level = 'GRID')
				JOIN bench_resident r ON r.n = 1 + s.i %% (SELECT count(*) FROM bench_resident)
				CROSS JOIN LATERAL (SELECT now() - s.r * 0.95 * c.accept_window_hours * interval '1 hour' AS at) a
				ORDER BY a.at""".formatted(count, BENCH_GRIDS));
	}

	/**
	 * Each ticket's timeline, from its state: submitted (by the resident on the web, by the grid's worker for a walk-in
	 * or a call, by nobody for Open311) and routed, then accepted, started, resolved, closed.
	 */
	private static void events(Statement sql) throws SQLException {
		log("timelines");
		sql.execute("""
				INSERT INTO ticket_event (ticket_id, type, at, actor_id, actor_role, from_status, to_status, note)
				SELECT t.id, e.type, e.at, e.actor_id, e.actor_role, e.from_status, e.to_status, e.note
				FROM ticket t
				LEFT JOIN bench_worker w ON w.grid_id = t.region_id
				CROSS JOIN LATERAL (VALUES
				  (1, 'SUBMITTED', t.submitted_at, CASE t.channel WHEN 'WEB' THEN t.resident_id WHEN 'OPEN311' THEN NULL
				                                     ELSE coalesce(w.id, t.assignee_id) END,
				      CASE t.channel WHEN 'WEB' THEN 'RESIDENT' WHEN 'OPEN311' THEN NULL
				                     ELSE CASE WHEN coalesce(w.id, t.assignee_id) IS NOT NULL THEN 'GRID_WORKER' END END,
				      NULL, 'SUBMITTED', t.channel),
				  (2, 'ROUTED', t.submitted_at, NULL, NULL, 'SUBMITTED', 'SUBMITTED', '责任清单自动分派（基准数据）'),
				  (3, CASE WHEN t.accepted_at IS NOT NULL THEN 'ACCEPTED' END, t.accepted_at, t.assignee_id, 'GRID_WORKER',
				      'SUBMITTED', 'ACCEPTED', NULL),
				  (4, CASE WHEN t.status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN 'STARTED' END,
				      t.accepted_at + interval '10 minutes', t.assignee_id, 'GRID_WORKER', 'ACCEPTED', 'IN_PROGRESS', NULL),
				  (5, CASE WHEN t.resolved_at IS NOT NULL THEN 'RESOLVED' END, t.resolved_at, t.assignee_id, 'GRID_WORKER',
				      'IN_PROGRESS', 'RESOLVED', t.resolution),
				  (6, CASE WHEN t.status = 'CLOSED' THEN CASE WHEN t.rating_score IS NULL THEN 'CLOSED_UNRATED' ELSE 'RATED' END END,
				      t.closed_at, CASE WHEN t.rating_score IS NOT NULL THEN t.resident_id END,
				      CASE WHEN t.rating_score IS NOT NULL AND t.resident_id IS NOT NULL THEN 'RESIDENT' END,
				      'RESOLVED', 'CLOSED', CASE WHEN t.rating_score IS NOT NULL THEN t.rating_score || '/5' END),
				  (7, CASE WHEN t.status IN ('CANCELLED', 'REJECTED') THEN t.status END,
				      coalesce(t.closed_at, t.submitted_at + interval '3 hours'), NULL, NULL, 'SUBMITTED', t.status,
				      '基准数据')
				) e (n, type, at, actor_id, actor_role, from_status, to_status, note)
				WHERE e.type IS NOT NULL""");
		deadlineNotices(sql);
	}

	/**
	 * The warnings and overdue notices the deadline sweep would have written while the open tickets aged, one of each
	 * per window at its moment, in {@code deadline_alert} and on the timelines: a run starts from a district whose sweep
	 * has kept up, as a live one's does, instead of spending its first minutes alerting the whole history at once.
	 */
	private static void deadlineNotices(Statement sql) throws SQLException {
		log("deadline notices of the open tickets");
		sql.execute("""
				CREATE TEMP TABLE bench_notice AS
				SELECT w.id, w.status, w.window_start, n.kind, n.type, n.at, n.note
				FROM (SELECT t.id, t.status, t.window_start_at AS window_start, t.warning_at,
				             CASE WHEN t.status = 'SUBMITTED' THEN 'ACCEPT_' ELSE 'RESOLVE_' END AS prefix,
				             CASE WHEN t.status = 'SUBMITTED' THEN t.accept_due_at ELSE t.resolve_due_at END AS due
				      FROM ticket t WHERE t.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')) w
				CROSS JOIN LATERAL (VALUES
				  (w.prefix || 'WARNING', 'WARNING', w.warning_at, '时限将至（基准数据）'),
				  (w.prefix || 'OVERDUE', 'OVERDUE', w.due, '已超时（基准数据）')
				) n (kind, type, at, note)
				WHERE n.at <= now()""");
		sql.execute("INSERT INTO deadline_alert (ticket_id, kind, window_start, alerted_at) "
				+ "SELECT id, kind, window_start, at FROM bench_notice");
		sql.execute("INSERT INTO ticket_event (ticket_id, type, at, from_status, to_status, note) "
				+ "SELECT id, type, at, status, status, note FROM bench_notice ORDER BY at");
		// and where the sweep would have left each warned ticket: waiting for its due time, or for nothing once overdue
		sql.execute("""
				UPDATE ticket t SET deadline_check_at = CASE WHEN n.overdue THEN NULL
				    WHEN t.status = 'SUBMITTED' THEN t.accept_due_at ELSE t.resolve_due_at END
				FROM (SELECT id, bool_or(type = 'OVERDUE') AS overdue FROM bench_notice GROUP BY id) n
				WHERE t.id = n.id AND NOT (n.overdue AND t.status = 'SUBMITTED')""");
	}

	/** The dashboard's rollups are figures kept beside the tickets: recomputed by its own function. */
	private static void derivedData(Statement sql) throws SQLException {
		log("dashboard rollups");
		sql.execute("SELECT rebuild_ticket_rollups('" + DISTRICT_ZONE + "')");
	}

	private static void log(String step) {
		System.out.println("[bench] data set: " + step);
	}

}
