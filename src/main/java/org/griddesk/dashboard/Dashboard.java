package org.griddesk.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;
import org.griddesk.web.DateTimes;
import org.griddesk.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The command centers' dashboards: a region's figures for a period, broken down by child region, category, kind and
 * channel, its daily trend, what is open and overdue now, and the department league. A reader sees their own region
 * and what lies below it; any other region answers 404.
 * <p>
 * No transaction: a view's queries each read committed rollups or open tickets and need no common snapshot (a
 * background rebuild runs outside any request anyway), and a read-only transaction around every cache lookup cost a
 * dashboard request more CPU than the lookup itself.
 */
@Service
class Dashboard {

	private static final int OVERDUE_SHOWN = 10;

	private final Regions regions;

	private final Catalog catalog;

	private final FigureQueries figures;

	private final LiveQueries live;

	private final Rollups rollups;

	private final DepartmentLeague league;

	private final Clock clock;

	private final DateTimes dates;

	private final LoadingCache<ViewKey, DashboardView> views;

	Dashboard(Regions regions, Catalog catalog, FigureQueries figures, LiveQueries live, Rollups rollups,
			DepartmentLeague league, Clock clock, DateTimes dates,
			@Value("${griddesk.dashboard.cache:5s}") Duration timeToLive) {
		this.regions = regions;
		this.catalog = catalog;
		this.figures = figures;
		this.live = live;
		this.rollups = rollups;
		this.league = league;
		this.clock = clock;
		this.dates = dates;
		Caffeine<Object, Object> views = Caffeine.newBuilder()
			.expireAfterWrite(timeToLive.multipliedBy(2))
			.maximumSize(2_000);
		if (!timeToLive.isZero() && !timeToLive.isNegative()) {
			views.refreshAfterWrite(timeToLive);
		}
		this.views = views.build(key -> build(this.regions.get(key.regionId()), key.period(), key.full()));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.dates.zone());
	}

	/** The whole dashboard of a region (the reader's own region when {@code regionId} is null). */
	DashboardView view(Actor actor, Long regionId, Period period) {
		return shared(actor, regionId, period, true);
	}

	/** What the live refresh redraws every few seconds: tiles, the child regions and the overdue list. */
	DashboardView live(Actor actor, Long regionId, Period period) {
		return shared(actor, regionId, period, false);
	}

	/** The breadcrumb: from the reader's own region down to this one. */
	List<RegionView> trail(Actor actor, RegionView region) {
		return this.regions.ancestry(region.id()).stream().filter(node -> actor.scope().contains(node.id())).toList();
	}

	/** The period's figures for a region, as the tiles show them. */
	Figures figures(Actor actor, Long regionId, Period period) {
		RegionView region = visibleRegion(actor, regionId);
		this.rollups.catchUp();
		return this.figures.total(region.id(), period);
	}

	/** The region the reader asked for, if it lies in their scope. */
	RegionView visibleRegion(Actor actor, Long regionId) {
		Long id = regionId == null ? homeRegionId(actor) : regionId;
		if (!actor.scope().contains(id)) {
			throw new NotFoundException("region", id);
		}
		return this.regions.get(id);
	}

	/**
	 * A region's dashboard is the same for every reader, and every commander's page asks again every few seconds; its
	 * live counts read the subtree's open tickets past their warning point and its breakdowns thousands of rollup rows.
	 * So a node builds each region's view once per time to live ({@code griddesk.dashboard.cache}, a few seconds: the
	 * page still follows a change within seconds) and hands every reader that same instance, which lets the page write
	 * its figures once per instance too ({@link FigureMarkup}). A view past its time to live is still answered while a
	 * fresh one is built in the background, so no reader waits for the rebuild (under load it took up to a second,
	 * every few seconds, for whoever came first); one unread for twice that long is rebuilt before it is shown.
	 */
	private DashboardView shared(Actor actor, Long regionId, Period period, boolean full) {
		return this.views.get(new ViewKey(visibleRegion(actor, regionId).id(), period, full));
	}

	private DashboardView build(RegionView region, Period period, boolean full) {
		this.rollups.catchUp();
		Instant now = this.clock.instant();
		List<RegionView> subtree = this.regions.subtree(region.id());
		Map<Long, Live> liveByRegion = this.live.byRegion(subtree.stream().map(RegionView::id).toList(), now);
		List<RegionView> children = subtree.stream()
			.filter(candidate -> region.id().equals(candidate.parentId()))
			.sorted(Comparator.comparing(RegionView::code))
			.toList();
		long[] recent = this.figures.submittedRecently(region.id(), today());
		Tiles tiles = new Tiles(recent[0], recent[1], recent[2], Live.within(region, subtree, liveByRegion),
				this.figures.total(region.id(), period));
		List<Breakdown> childRows = childRows(children, subtree, liveByRegion, period);
		List<OverdueTicket> overdue = overdue(subtree, now);
		if (!full) {
			return new DashboardView(region, period, tiles, childRows, List.of(), List.of(),
					List.of(), List.of(), overdue, List.of(), now);
		}
		return new DashboardView(region, period, tiles, childRows, categoryRows(region, period),
				codeRows(this.figures.byKind(region.id(), period)), codeRows(this.figures.byChannel(region.id(), period)),
				trend(region, period), overdue, this.league.of(region.id(), period), now);
	}

	private Long homeRegionId(Actor actor) {
		return actor.boundRegionIds()
			.stream()
			.map(this.regions::get)
			.min(Comparator.comparing(RegionView::level).thenComparing(RegionView::path))
			.map(RegionView::id)
			.orElseThrow(() -> new NotFoundException("region", "home"));
	}

	private List<Breakdown> childRows(List<RegionView> children, List<RegionView> subtree,
			Map<Long, Live> liveByRegion, Period period) {
		Map<Long, Figures> byChild = this.figures.byNode(children.stream().map(RegionView::id).toList(), period);
		return children.stream()
			.map(child -> new Breakdown(String.valueOf(child.id()), child.name(),
					byChild.getOrDefault(child.id(), Figures.NONE), Live.within(child, subtree, liveByRegion)))
			.toList();
	}

	private List<Breakdown> categoryRows(RegionView region, Period period) {
		Map<Long, CategoryView> categories = this.catalog.all()
			.stream()
			.collect(Collectors.toMap(CategoryView::id, Function.identity()));
		return this.figures.byCategory(region.id(), period)
			.entrySet()
			.stream()
			.map(entry -> {
				CategoryView category = categories.get(entry.getKey());
				String label = category == null ? String.valueOf(entry.getKey())
						: category.code() + " " + category.name();
				return new Breakdown(String.valueOf(entry.getKey()), label, entry.getValue(), null);
			})
			.sorted(Comparator.comparing((Breakdown row) -> row.figures().submitted()).reversed())
			.toList();
	}

	private static List<Breakdown> codeRows(Map<String, Figures> byCode) {
		return byCode.entrySet()
			.stream()
			.map(entry -> new Breakdown(entry.getKey(), entry.getKey(), entry.getValue(), null))
			.toList();
	}

	/** Every day of the period, days without tickets included, so the chart's axis has no gaps. */
	private List<DayPoint> trend(RegionView region, Period period) {
		Map<LocalDate, Figures> byDay = this.figures.byDay(region.id(), period);
		List<DayPoint> points = new ArrayList<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			points.add(new DayPoint(day, byDay.getOrDefault(day, Figures.NONE)));
		}
		return points;
	}

	private List<OverdueTicket> overdue(List<RegionView> subtree, Instant now) {
		Map<Long, RegionView> byId = subtree.stream().collect(Collectors.toMap(RegionView::id, Function.identity()));
		return this.live.longestOverdue(byId.keySet(), now, OVERDUE_SHOWN)
			.stream()
			.map(row -> new OverdueTicket(row.id(), row.number(), row.title(), name(byId, row.regionId()),
					row.status(), row.due(), Duration.between(row.due(), now)))
			.toList();
	}

	/** A grid is named with its community, which is how people tell grids apart. */
	private static String name(Map<Long, RegionView> byId, Long regionId) {
		RegionView region = byId.get(regionId);
		if (region == null) {
			return "";
		}
		RegionView parent = byId.get(region.parentId());
		return region.level() == RegionLevel.GRID && parent != null ? parent.name() + " " + region.name()
				: region.name();
	}

	private record ViewKey(Long regionId, Period period, boolean full) {
	}

}
