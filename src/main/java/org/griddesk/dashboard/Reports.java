package org.griddesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;
import org.griddesk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports GridDesk writes itself (减负): per region and week or month, the tiles, the breakdown by child region
 * and by category, and the worst-performing units, with the period and the formula version. Each report is a
 * snapshot of the figures at generation time, kept with its Excel workbook; the printable page shows the same lines.
 */
@Service
@Transactional(readOnly = true)
class Reports {

	/** How many units the "worst performing" section lists. */
	static final int WORST_SHOWN = 5;

	/** Units with fewer countable tickets than this are too small to rank. */
	static final int WORST_MIN_TICKETS = 3;

	/** The language of the kept workbook: the district's. */
	static final Locale WORKBOOK_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final Dashboard dashboard;

	private final FigureQueries figures;

	private final LiveQueries live;

	private final Rollups rollups;

	private final Regions regions;

	private final Catalog catalog;

	private final ReportStore store;

	private final ReportWorkbook workbook;

	private final Clock clock;

	Reports(Dashboard dashboard, FigureQueries figures, LiveQueries live, Rollups rollups, Regions regions,
			Catalog catalog, ReportStore store, ReportWorkbook workbook, Clock clock) {
		this.dashboard = dashboard;
		this.figures = figures;
		this.live = live;
		this.rollups = rollups;
		this.regions = regions;
		this.catalog = catalog;
		this.store = store;
		this.workbook = workbook;
		this.clock = clock;
	}

	/** Writes (or rewrites) the report of the week or month containing {@code day} for a region in the reader's scope. */
	@Transactional
	Long generate(ReportKind kind, Long regionId, LocalDate day, Actor actor) {
		RegionView region = this.dashboard.visibleRegion(actor, regionId);
		Period period = kind.periodContaining(day == null ? this.dashboard.today() : day);
		this.store.delete(kind, region.id(), period.from());
		ReportView report = compose(kind, region, period);
		return this.store.insertIfAbsent(report, actor.accountId(), this.workbook.write(report, WORKBOOK_LOCALE))
			.orElseThrow();
	}

	/**
	 * The scheduled run: the last completed week or month of the district, every street and every community, unless
	 * already written. Returns how many reports it wrote.
	 */
	@Transactional
	int generateDue(ReportKind kind) {
		Period period = kind.lastCompleted(this.dashboard.today());
		int written = 0;
		for (RegionView region : this.regions.tree()) {
			if (region.level() == RegionLevel.GRID) {
				continue;
			}
			ReportView report = compose(kind, region, period);
			if (this.store.insertIfAbsent(report, null, this.workbook.write(report, WORKBOOK_LOCALE)).isPresent()) {
				written++;
			}
		}
		return written;
	}

	List<ReportRow> list(Actor actor, Long regionId) {
		RegionView region = this.dashboard.visibleRegion(actor, regionId);
		Map<Long, RegionView> subtree = this.regions.subtree(region.id())
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		return this.store.ofRegions(subtree.keySet(), 200)
			.stream()
			.map(header -> new ReportRow(header.id(), header.kind(), subtree.get(header.regionId()).name(),
					header.period().from(), header.period().to(), header.formulaVersion(), header.generatedAt()))
			.toList();
	}

	ReportView view(Long id, Actor actor) {
		ReportStore.Header header = visibleHeader(id, actor);
		List<ReportLine> lines = this.store.lines(id);
		return new ReportView(header.id(), header.kind(), header.regionId(),
				this.regions.get(header.regionId()).name(), header.period(), header.formulaVersion(),
				header.generatedAt(), section(lines, ReportLine.Section.TOTAL).get(0),
				section(lines, ReportLine.Section.REGION), section(lines, ReportLine.Section.CATEGORY),
				section(lines, ReportLine.Section.WORST));
	}

	/** The kept workbook and a file name for it. */
	Download download(Long id, Actor actor) {
		ReportStore.Header header = visibleHeader(id, actor);
		String name = "griddesk-" + header.kind().name().toLowerCase(Locale.ROOT) + "-"
				+ this.regions.get(header.regionId()).code() + "-" + header.period().from() + ".xlsx";
		return new Download(name, this.store.workbook(id));
	}

	/** The figures of a region and period, taken now. */
	ReportView compose(ReportKind kind, RegionView region, Period period) {
		this.rollups.catchUp();
		Instant now = this.clock.instant();
		List<RegionView> subtree = this.regions.subtree(region.id());
		Map<Long, Live> liveByRegion = this.live.byRegion(subtree.stream().map(RegionView::id).toList(), now);
		Map<Long, RegionView> byId = subtree.stream().collect(Collectors.toMap(RegionView::id, Function.identity()));

		ReportLine total = new ReportLine(ReportLine.Section.TOTAL, 0, region.id(), region.name(),
				this.figures.total(region.id(), period), Live.within(region, subtree, liveByRegion));

		List<RegionView> children = subtree.stream()
			.filter(node -> region.id().equals(node.parentId()))
			.sorted(Comparator.comparing(RegionView::code))
			.toList();
		Map<Long, Figures> byChild = this.figures.byNode(children.stream().map(RegionView::id).toList(), period);
		List<ReportLine> regionLines = new ArrayList<>();
		for (RegionView child : children) {
			regionLines.add(new ReportLine(ReportLine.Section.REGION, regionLines.size(), child.id(), child.name(),
					byChild.getOrDefault(child.id(), Figures.NONE), Live.within(child, subtree, liveByRegion)));
		}

		Map<Long, CategoryView> categories = this.catalog.all()
			.stream()
			.collect(Collectors.toMap(CategoryView::id, Function.identity()));
		List<ReportLine> categoryLines = new ArrayList<>();
		this.figures.byCategory(region.id(), period).forEach((categoryId, figures) -> {
			CategoryView category = categories.get(categoryId);
			String label = category == null ? String.valueOf(categoryId) : category.code() + " " + category.name();
			categoryLines.add(new ReportLine(ReportLine.Section.CATEGORY, categoryLines.size(), categoryId, label,
					figures, Live.NONE));
		});

		return new ReportView(null, kind, region.id(), region.name(), period, Figures.FORMULA_VERSION, now, total,
				regionLines, categoryLines, worst(region, subtree, byId, liveByRegion, period));
	}

	/**
	 * The grids below the region that did worst: lowest share of tickets accepted within their window, then lowest
	 * on-time rate, then most overdue now; grids with fewer than {@value #WORST_MIN_TICKETS} tickets are left out.
	 */
	private List<ReportLine> worst(RegionView region, List<RegionView> subtree, Map<Long, RegionView> byId,
			Map<Long, Live> liveByRegion, Period period) {
		List<RegionView> grids = subtree.stream()
			.filter(node -> node.level() == RegionLevel.GRID && !node.id().equals(region.id()))
			.toList();
		Map<Long, Figures> byGrid = this.figures.byNode(grids.stream().map(RegionView::id).toList(), period);
		Comparator<RegionView> worstFirst = Comparator
			.comparing((RegionView grid) -> byGrid.get(grid.id()).acceptedInWindowRate(),
					Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(grid -> byGrid.get(grid.id()).onTimeRate(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(grid -> -liveByRegion.getOrDefault(grid.id(), Live.NONE).overdue())
			.thenComparing(RegionView::code);
		List<ReportLine> lines = new ArrayList<>();
		grids.stream()
			.filter(grid -> byGrid.containsKey(grid.id()) && byGrid.get(grid.id()).countable() >= WORST_MIN_TICKETS)
			.sorted(worstFirst)
			.limit(WORST_SHOWN)
			.forEach(grid -> {
				RegionView community = byId.get(grid.parentId());
				String label = community == null ? grid.name() : community.name() + " " + grid.name();
				lines.add(new ReportLine(ReportLine.Section.WORST, lines.size(), grid.id(), label, byGrid.get(grid.id()),
						liveByRegion.getOrDefault(grid.id(), Live.NONE)));
			});
		return lines;
	}

	private ReportStore.Header visibleHeader(Long id, Actor actor) {
		ReportStore.Header header = this.store.header(id).orElseThrow(() -> new NotFoundException("report", id));
		if (!actor.scope().contains(header.regionId())) {
			throw new NotFoundException("report", id);
		}
		return header;
	}


	private static List<ReportLine> section(List<ReportLine> lines, ReportLine.Section section) {
		return lines.stream().filter(line -> line.section() == section).toList();
	}

	record Download(String fileName, byte[] bytes) {
	}

}
