package org.griddesk.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.dashboard.Rollups;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.web.DateTimes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four months of tickets in the demo district, so that every dashboard, queue and inbox has something to show: a
 * realistic mix of kinds, channels, late and timely acceptances, resolutions, ratings, reopenings, cancellations
 * and unrated closures, each with its timeline. Written with plain SQL (a few thousand tickets in seconds; the life
 * cycle would need a moving clock), then the dashboard rollups are rebuilt from them. Off with
 * {@code griddesk.demo-tickets=false} (the tests start without them).
 */
@Component
@Order(30)
class TicketsDemo implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(TicketsDemo.class);

	private static final int DAYS = 120;

	private static final int TICKETS_PER_DAY = 22;

	/** The demo accounts' own regions get more tickets, so their queues are never empty. */
	private static final List<String> BUSY_GRIDS = List.of("HQ-G1", "HQ-G2", "HQ-G3", "KX-G1");

	private static final Map<String, String[]> TITLES = Map.ofEntries(
			Map.entry("S01", new String[] { "社保卡补办", "社保卡激活", "老人社保卡申领" }),
			Map.entry("S02", new String[] { "高龄补贴申领", "高龄津贴资格确认" }),
			Map.entry("S03", new String[] { "开具居住证明", "开具亲属关系证明" }),
			Map.entry("S04", new String[] { "低保申请", "低保年度复核" }),
			Map.entry("S05", new String[] { "残疾人证换领", "残疾人证申领" }),
			Map.entry("A01", new String[] { "单元停水", "水压不足", "楼道水管漏水" }),
			Map.entry("A02", new String[] { "整栋停电", "电压不稳" }),
			Map.entry("A03", new String[] { "楼道灯不亮", "单元门禁损坏" }),
			Map.entry("A04", new String[] { "小区路面塌陷", "井盖缺失" }),
			Map.entry("C01", new String[] { "垃圾清运不及时", "楼下杂物乱堆", "垃圾桶满溢" }),
			Map.entry("C02", new String[] { "夜间施工噪音", "商铺音响扰民" }),
			Map.entry("C03", new String[] { "超市售卖过期食品", "无证流动摊贩" }),
			Map.entry("C04", new String[] { "物业不维修电梯", "物业费收费争议" }));

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final boolean enabled;

	private final JdbcTemplate jdbc;

	private final Regions regions;

	private final Catalog catalog;

	private final Rollups rollups;

	private final Clock clock;

	private final ZoneId zone;

	TicketsDemo(@Value("${griddesk.demo-tickets:true}") boolean enabled, JdbcTemplate jdbc, Regions regions,
			Catalog catalog, Rollups rollups, Clock clock, DateTimes dates) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.regions = regions;
		this.catalog = catalog;
		this.rollups = rollups;
		this.clock = clock;
		this.zone = dates.zone();
	}

	@Override
	@Transactional
	public void load() {
		if (!this.enabled) {
			return;
		}
		Place place = new Place();
		Random random = new Random(20251127L);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		List<Object[]> tickets = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int daysAgo = DAYS; daysAgo >= 0; daysAgo--) {
			LocalDate day = today.minusDays(daysAgo);
			// busier on weekdays, and a little busier lately as more residents use GridDesk
			int count = (int) Math.round(TICKETS_PER_DAY * (day.getDayOfWeek().getValue() >= 6 ? 0.6 : 1.0)
					* (0.7 + 0.3 * (DAYS - daysAgo) / DAYS) * (0.8 + 0.4 * random.nextDouble()));
			for (int i = 0; i < count; i++) {
				Instant submitted = day.atTime(LocalTime.of(7, 30)).atZone(this.zone).toInstant()
					.plusSeconds(random.nextInt(13 * 3600));
				if (submitted.isAfter(now)) {
					continue;
				}
				new Story(place, random, submitted, now).write(tickets, events);
			}
		}
		this.jdbc.batchUpdate("INSERT INTO ticket (id, number, kind, category_id, channel, status, title, description, "
				+ "resident_id, person_id, household_id, region_id, department_id, assignee_id, address, contact_phone, "
				+ "submitted_at, window_start_at, accept_due_at, resolve_due_at, accepted_at, resolved_at, closed_at, "
				+ "resolution, rating_solved, rating_score, rating_comment, return_visit_due, reopen_count) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tickets);
		this.jdbc.batchUpdate("INSERT INTO ticket_event (ticket_id, type, at, actor_id, actor_role, from_status, "
				+ "to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events);
		this.rollups.rebuild();
		log.info("Demo tickets: {} tickets, {} timeline entries", tickets.size(), events.size());
	}

	/** The demo district as the stories need it: grids, desks, categories and who works where. */
	private final class Place {

		final List<RegionView> grids = new ArrayList<>();

		final Map<Long, RegionView> byId = new HashMap<>();

		final List<CategoryView> categories;

		final Map<Long, Long> workerOfGrid = new HashMap<>();

		final Map<Long, Long> staffOfDesk = new HashMap<>();

		final Map<Long, Long> staffOfDepartment = new HashMap<>();

		final Map<Long, List<Long[]>> householdsOfGrid = new HashMap<>();

		final Map<Long, String> roles = new HashMap<>();

		final Long resident;

		Place() {
			for (RegionView region : TicketsDemo.this.regions.tree()) {
				this.byId.put(region.id(), region);
				if (region.level() == RegionLevel.GRID) {
					this.grids.add(region);
					if (BUSY_GRIDS.contains(region.code())) {
						this.grids.add(region);
						this.grids.add(region);
					}
				}
			}
			this.categories = TicketsDemo.this.catalog.all().stream().filter(CategoryView::enabled).toList();
			TicketsDemo.this.jdbc.query("SELECT a.id, a.role, ar.region_id, a.department_id FROM account a "
					+ "LEFT JOIN account_region ar ON ar.account_id = a.id WHERE a.enabled ORDER BY a.id", row -> {
						Long id = row.getLong(1);
						String role = row.getString(2);
						this.roles.put(id, role);
						Long region = (Long) row.getObject(3, Long.class);
						Long department = (Long) row.getObject(4, Long.class);
						switch (role) {
							case "GRID_WORKER" -> this.workerOfGrid.putIfAbsent(region, id);
							case "COMMUNITY_STAFF", "STREET_COMMANDER" -> this.staffOfDesk.putIfAbsent(region, id);
							case "DEPARTMENT_STAFF" -> this.staffOfDepartment.putIfAbsent(department, id);
							default -> {
							}
						}
					});
			TicketsDemo.this.jdbc.query("SELECT h.grid_id, h.id, min(p.id) FROM household h "
					+ "LEFT JOIN person p ON p.household_id = h.id GROUP BY h.grid_id, h.id", row -> {
						this.householdsOfGrid.computeIfAbsent(row.getLong(1), grid -> new ArrayList<>())
							.add(new Long[] { row.getLong(2), (Long) row.getObject(3, Long.class) });
					});
			this.resident = TicketsDemo.this.jdbc
				.queryForList("SELECT id FROM account WHERE username = 'resident'", Long.class)
				.stream()
				.findFirst()
				.orElse(null);
		}

		RegionView ancestor(RegionView grid, RegionLevel level) {
			RegionView node = grid;
			while (node != null && node.level() != level) {
				node = this.byId.get(node.parentId());
			}
			return node;
		}

	}

	/** One ticket's life, decided by dice from its submission up to now. */
	private final class Story {

		private final Place place;

		private final Random random;

		private final Instant now;

		private final List<Object[]> timeline = new ArrayList<>();

		private final Long id;

		private final CategoryView category;

		private final RegionView grid;

		private Long regionId;

		private final Long departmentId;

		private final String channel;

		private final Long residentId;

		private final Long reporterId;

		private final Long[] household;

		private final Instant submitted;

		private Instant windowStart;

		private final Instant acceptDue;

		private Instant resolveDue;

		private Instant accepted;

		private Instant resolved;

		private Instant closed;

		private Long assignee;

		private String status = "SUBMITTED";

		private String resolution;

		private Boolean solved;

		private Short score;

		private int reopened;

		Story(Place place, Random random, Instant submitted, Instant now) {
			this.place = place;
			this.random = random;
			this.now = now;
			this.submitted = submitted;
			this.id = TicketsDemo.this.jdbc.queryForObject("SELECT nextval('ticket_id_seq')", Long.class);
			this.category = place.categories.get(random.nextInt(place.categories.size()));
			this.grid = place.grids.get(random.nextInt(place.grids.size()));
			this.regionId = switch (this.category.ownerLevel()) {
				case GRID, DEPARTMENT -> this.grid.id();
				case COMMUNITY -> place.ancestor(this.grid, RegionLevel.COMMUNITY).id();
				case STREET -> place.ancestor(this.grid, RegionLevel.STREET).id();
			};
			this.departmentId = this.category.departmentId();
			int dice = random.nextInt(100);
			boolean ownResident = place.resident != null && random.nextInt(40) == 0;
			this.channel = ownResident || dice < 55 ? "WEB" : dice < 80 ? "WALK_IN" : dice < 97 ? "PHONE" : "OPEN311";
			this.residentId = this.channel.equals("WEB") && ownResident ? place.resident : null;
			this.reporterId = switch (this.channel) {
				case "WALK_IN", "PHONE" -> place.workerOfGrid.get(this.grid.id());
				default -> this.residentId;
			};
			List<Long[]> households = place.householdsOfGrid.getOrDefault(this.grid.id(), List.of());
			this.household = households.isEmpty() || this.channel.equals("OPEN311") ? null
					: households.get(random.nextInt(households.size()));
			this.windowStart = submitted;
			this.acceptDue = submitted.plus(Duration.ofHours(this.category.acceptWindowHours()));
			this.resolveDue = submitted.plus(Duration.ofHours(this.category.resolveWindowHours()));
		}

		void write(List<Object[]> tickets, List<Object[]> events) {
			event(this.submitted, "SUBMITTED", this.reporterId, null, this.channel);
			event(this.submitted, "ROUTED", null, "SUBMITTED",
					this.category.code() + " " + this.category.name() + " → " + this.category.ownerLevel());
			live();
			String[] titles = TITLES.getOrDefault(this.category.code(), new String[] { this.category.name() });
			String title = titles[this.random.nextInt(titles.length)];
			String number = LocalDate.ofInstant(this.submitted, TicketsDemo.this.zone).format(NUMBER_DATE) + "-"
					+ String.format("%06d",
							TicketsDemo.this.jdbc.queryForObject("SELECT nextval('ticket_number_seq')", Long.class));
			boolean ratedLow = this.score != null && this.score <= 2 && Boolean.TRUE.equals(this.solved);
			tickets.add(new Object[] { this.id, number, this.category.kind().name(), this.category.id(), this.channel,
					this.status, title, title + "，请尽快处理。", this.residentId,
					this.household == null ? null : this.household[1], this.household == null ? null : this.household[0],
					this.regionId, this.departmentId, this.assignee, address(),
					"1390000" + String.format("%04d", this.random.nextInt(10000)), ts(this.submitted),
					ts(this.windowStart), ts(this.acceptDue), ts(this.resolveDue), ts(this.accepted), ts(this.resolved),
					ts(this.closed), this.resolution, this.solved, this.score, null, ratedLow, this.reopened });
			events.addAll(this.timeline);
		}

		/** Plays the ticket forward from its submission; every step stops where it would lie in the future. */
		private void live() {
			long acceptWindow = Duration.between(this.submitted, this.acceptDue).toSeconds();
			if (this.random.nextInt(100) < 3) {
				Instant at = this.submitted.plusSeconds(600 + this.random.nextInt(6 * 3600));
				if (happened(at)) {
					this.status = "CANCELLED";
					this.closed = at;
					event(at, "CANCELLED", this.residentId, "SUBMITTED", "问题已自行解决");
				}
				return;
			}
			// most are taken well within the accept window; about one in eight is late
			double share = this.random.nextInt(8) == 0 ? 1.02 + this.random.nextDouble() : 0.05 + 0.8 * this.random.nextDouble();
			Instant acceptAt = this.submitted.plusSeconds((long) (acceptWindow * share));
			if (!happened(acceptAt)) {
				return;
			}
			this.assignee = owner();
			if (this.random.nextInt(100) < 2) {
				this.status = "REJECTED";
				event(acceptAt, "REJECTED", this.assignee, "SUBMITTED", "不属于本级职责，退回重新派单");
				this.regionId = this.place.ancestor(this.grid, RegionLevel.COMMUNITY).id();
				this.assignee = null;
				return;
			}
			this.accepted = acceptAt;
			this.status = "ACCEPTED";
			event(acceptAt, "ACCEPTED", this.assignee, "SUBMITTED", null);
			Instant startAt = acceptAt.plusSeconds(300 + this.random.nextInt(3 * 3600));
			if (!happened(startAt)) {
				return;
			}
			this.status = "IN_PROGRESS";
			event(startAt, "STARTED", this.assignee, "ACCEPTED", null);
			if (!resolveBy(startAt)) {
				return;
			}
			if (!rate()) {
				return;
			}
			if ("IN_PROGRESS".equals(this.status) && resolveBy(this.windowStart)) {
				rate();
			}
		}

		/** Resolves within the current resolve window (one in six late); false if that lies in the future. */
		private boolean resolveBy(Instant from) {
			long window = Duration.between(this.windowStart, this.resolveDue).toSeconds();
			double share = this.random.nextInt(6) == 0 ? 1.05 + 0.6 * this.random.nextDouble() : 0.15 + 0.8 * this.random.nextDouble();
			Instant at = this.windowStart.plusSeconds((long) (window * share));
			if (!at.isAfter(from)) {
				at = from.plusSeconds(1800);
			}
			if (!happened(at)) {
				return false;
			}
			this.status = "RESOLVED";
			this.resolved = at;
			this.resolution = "已上门核实并处理完毕。";
			event(at, "RESOLVED", this.assignee, "IN_PROGRESS", this.resolution);
			return true;
		}

		/** The resident rates within three days (seven in ten do), or the ticket closes unrated after seven. */
		private boolean rate() {
			if (this.random.nextInt(10) < 7) {
				Instant at = this.resolved.plusSeconds(1800 + this.random.nextInt(72 * 3600));
				if (!happened(at)) {
					return false;
				}
				int roll = this.random.nextInt(100);
				short given = (short) (roll < 55 ? 5 : roll < 80 ? 4 : roll < 90 ? 3 : roll < 96 ? 2 : 1);
				boolean isSolved = given >= 3 || this.random.nextBoolean() || this.reopened > 0;
				this.score = given;
				this.solved = isSolved;
				event(at, "RATED", this.residentId, "RESOLVED", given + "/5");
				if (isSolved) {
					this.status = "CLOSED";
					this.closed = at;
				}
				else {
					this.status = "IN_PROGRESS";
					this.reopened++;
					this.resolved = null;
					this.resolution = null;
					this.windowStart = at;
					this.resolveDue = at.plus(Duration.ofHours(Math.max(1, this.category.resolveWindowHours() / 2)));
					event(at, "REOPENED", this.residentId, "RESOLVED", given + "/5 还没有解决");
				}
				return true;
			}
			Instant at = this.resolved.plus(Duration.ofDays(7));
			if (happened(at)) {
				this.status = "CLOSED";
				this.closed = at;
				event(at, "CLOSED_UNRATED", null, "RESOLVED", null);
			}
			return false;
		}

		private Long owner() {
			if (this.departmentId != null) {
				return this.place.staffOfDepartment.get(this.departmentId);
			}
			RegionView region = this.place.byId.get(this.regionId);
			return region.level() == RegionLevel.GRID ? this.place.workerOfGrid.get(region.id())
					: this.place.staffOfDesk.get(region.id());
		}

		private String address() {
			RegionView community = this.place.ancestor(this.grid, RegionLevel.COMMUNITY);
			return community.name() + (1 + this.random.nextInt(12)) + "号楼" + (1 + this.random.nextInt(4)) + "单元";
		}

		private boolean happened(Instant at) {
			return !at.isAfter(this.now);
		}

		private void event(Instant at, String type, Long actor, String from, String note) {
			String to = switch (type) {
				case "SUBMITTED", "ROUTED" -> "SUBMITTED";
				case "ACCEPTED" -> "ACCEPTED";
				case "STARTED", "REOPENED" -> "IN_PROGRESS";
				case "RESOLVED" -> "RESOLVED";
				case "RATED" -> this.status.equals("CLOSED") || Boolean.TRUE.equals(this.solved) ? "CLOSED" : "IN_PROGRESS";
				case "CLOSED_UNRATED" -> "CLOSED";
				case "CANCELLED" -> "CANCELLED";
				case "REJECTED" -> "REJECTED";
				default -> from;
			};
			String role = actor == null ? null : this.place.roles.get(actor);
			this.timeline.add(new Object[] { this.id, type, ts(at), actor, role, from, to, note });
		}

		private static Timestamp ts(Instant instant) {
			return instant == null ? null : Timestamp.from(instant);
		}

	}

}
