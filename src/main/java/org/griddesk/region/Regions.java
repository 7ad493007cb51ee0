package org.griddesk.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.audit.AuditTrail;
import org.griddesk.system.ReferenceCaches;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrative tree: reading it, computing scopes, and the admin's changes to it. */
@Service
@Transactional(readOnly = true)
public class Regions {

	private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);

	private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

	private static final int COORDINATE_SCALE = 6;

	private static final String LABEL_SEPARATOR = " / ";

	private static final String TREE = "region-tree";

	private static final String SCOPES = "region-scopes";

	private static final String ONE = "region-entries";

	private static final String ANCESTRIES = "region-ancestries";

	private static final String CHILDREN = "region-children";

	private static final String ROOT = "region-root";

	private static final String SHORT_NAMES = "region-short-names";

	/** Everything this class caches, forgotten together on any change to the tree. */
	private static final String[] CACHES = { TREE, SCOPES, ONE, ANCESTRIES, CHILDREN, ROOT, SHORT_NAMES };

	private final RegionRepository regions;

	private final AuditTrail audit;

	private final ReferenceCaches caches;

	private final ApplicationEventPublisher events;

	Regions(RegionRepository regions, AuditTrail audit, ReferenceCaches caches, ApplicationEventPublisher events) {
		this.regions = regions;
		this.audit = audit;
		this.caches = caches;
		this.events = events;
	}

	@Cacheable(ONE)
	public RegionView get(Long id) {
		return load(id).toView();
	}

	/**
	 * The name lists and answers show a node by: a grid with its community before it, which is how people tell grids
	 * apart ("向阳社区 第一网格"); any other node by its own name.
	 */
	@Cacheable(SHORT_NAMES)
	public String shortName(Long id) {
		Region region = load(id);
		if (region.getLevel() != RegionLevel.GRID || region.getParentId() == null) {
			return region.getName();
		}
		return load(region.getParentId()).getName() + " " + region.getName();
	}

	@Cacheable(TREE)
	public List<RegionView> tree() {
		return this.regions.findAllByOrderByPath().stream().map(Region::toView).toList();
	}

	/**
	 * The whole tree depth first, every node followed by its children in code order. Sorted here rather than by the
	 * database, whose collation may ignore the slashes of the paths.
	 */
	public List<RegionView> outline() {
		Map<Long, List<Region>> childrenByParent = new HashMap<>();
		List<Region> roots = new ArrayList<>();
		for (Region region : this.regions.findAll()) {
			if (region.getParentId() == null) {
				roots.add(region);
			}
			else {
				childrenByParent.computeIfAbsent(region.getParentId(), id -> new ArrayList<>()).add(region);
			}
		}
		List<RegionView> outline = new ArrayList<>();
		appendDepthFirst(roots, childrenByParent, outline);
		return outline;
	}

	private static void appendDepthFirst(List<Region> siblings, Map<Long, List<Region>> childrenByParent,
			List<RegionView> outline) {
		siblings.sort(Comparator.comparing(Region::getCode));
		for (Region region : siblings) {
			outline.add(region.toView());
			appendDepthFirst(childrenByParent.getOrDefault(region.getId(), new ArrayList<>()), childrenByParent,
					outline);
		}
	}

	/** Every node of a level as a choice for a form, ordered by the codes of its chain. */
	public List<RegionOption> options(RegionLevel level) {
		return toOptions(this.regions.findByLevelOrderByPath(level));
	}

	/** The nodes a node may be moved under: those of its parent's level; none for the district. */
	public List<RegionOption> possibleParents(Long id) {
		RegionLevel level = load(id).getLevel();
		if (level == RegionLevel.DISTRICT) {
			return List.of();
		}
		return options(RegionLevel.values()[level.ordinal() - 1]);
	}

	/** Readable labels of the given nodes (see {@link RegionOption#label()}), by id. */
	public Map<Long, String> labels(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return toOptions(this.regions.findAllById(ids)).stream()
			.collect(Collectors.toMap(RegionOption::id, RegionOption::label));
	}

	private List<RegionOption> toOptions(List<Region> nodes) {
		Set<Long> chainIds = nodes.stream()
			.flatMap(node -> pathIds(node.getPath()).stream())
			.collect(Collectors.toSet());
		Map<Long, Region> chain = this.regions.findAllById(chainIds)
			.stream()
			.collect(Collectors.toMap(Region::getId, Function.identity()));
		return nodes.stream().map(node -> {
			List<Region> links = pathIds(node.getPath()).stream()
				.map(chain::get)
				// one district above everything: naming it in every label only adds noise
				.filter(link -> link.getLevel() != RegionLevel.DISTRICT || node.getLevel() == RegionLevel.DISTRICT)
				.toList();
			String label = links.stream().map(Region::getName).collect(Collectors.joining(LABEL_SEPARATOR));
			String sortKey = links.stream().map(Region::getCode).collect(Collectors.joining("/"));
			return Map.entry(sortKey, new RegionOption(node.getId(), node.getCode(), label));
		}).sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
	}

	private static List<Long> pathIds(String path) {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

	@Cacheable(CHILDREN)
	public List<RegionView> children(Long parentId) {
		return this.regions.findByParentIdOrderByName(parentId).stream().map(Region::toView).toList();
	}

	public List<RegionView> ofLevel(RegionLevel level) {
		return this.regions.findByLevelOrderByPath(level).stream().map(Region::toView).toList();
	}

	/** The node and every node below it, in path order. */
	public List<RegionView> subtree(Long id) {
		return this.regions.findSubtree(load(id).getPath()).stream().map(Region::toView).toList();
	}

	/** The chain from the district down to the node itself. */
	@Cacheable(ANCESTRIES)
	public List<RegionView> ancestry(Long id) {
		return this.regions.findAllById(pathIds(load(id).getPath()))
			.stream()
			.sorted(Comparator.comparing(Region::getLevel))
			.map(Region::toView)
			.toList();
	}

	/** What someone bound to these regions may see: the regions themselves and all below them. */
	@Cacheable(SCOPES)
	public Scope scopeOf(Collection<Long> boundRegionIds) {
		if (boundRegionIds == null || boundRegionIds.isEmpty()) {
			return Scope.NOTHING;
		}
		return new Scope(new HashSet<>(this.regions.findSubtreeIds(boundRegionIds)));
	}

	public RegionView findByCode(String code) {
		return this.regions.findByCode(code)
			.map(Region::toView)
			.orElseThrow(() -> new NotFoundException("region", code));
	}

	/** The district, or nothing on a fresh installation whose tree is still empty. */
	public Optional<RegionView> findDistrict() {
		return this.regions.findFirstByParentIdIsNull().map(Region::toView);
	}

	@Cacheable(ROOT)
	public RegionView district() {
		return this.regions.findFirstByParentIdIsNull()
			.map(Region::toView)
			.orElseThrow(() -> new NotFoundException("district", "root"));
	}

	@Transactional
	public RegionView create(Long parentId, String code, String name) {
		Region parent = parentId == null ? null : load(parentId);
		RegionLevel level = parent == null ? RegionLevel.DISTRICT : parent.getLevel().childLevel();
		if (level == null) {
			throw new InvalidInputException("parentId", "region.error.gridHasNoChildren");
		}
		if (parent == null && this.regions.findFirstByParentIdIsNull().isPresent()) {
			throw new InvalidInputException("parentId", "region.error.oneDistrict");
		}
		if (this.regions.existsByCode(code)) {
			throw new InvalidInputException("code", "region.error.duplicateCode");
		}
		if (this.regions.existsByParentIdAndName(parentId, name)) {
			throw new InvalidInputException("name", "region.error.duplicateName");
		}
		this.caches.changed(CACHES);
		Region region = this.regions.saveAndFlush(new Region(parent, level, code, name));
		region.placeUnder(parent);
		this.audit.record("REGION_CREATED", "REGION", region.getId(), level + " " + code + " " + name);
		return region.toView();
	}

	@Transactional
	public void rename(Long id, String name) {
		Region region = load(id);
		if (!region.getName().equals(name) && this.regions.existsByParentIdAndName(region.getParentId(), name)) {
			throw new InvalidInputException("name", "region.error.duplicateName");
		}
		this.caches.changed(CACHES);
		String before = region.getName();
		region.rename(name);
		this.audit.record("REGION_RENAMED", "REGION", id, before + " → " + name);
	}

	/**
	 * Moves a node under another node of the parent level; everything below it moves along. Publishes
	 * {@link RegionMoved}: figures kept per subtree must follow.
	 */
	@Transactional
	public void move(Long id, Long newParentId) {
		Region region = load(id);
		Region parent = load(newParentId);
		if (newParentId.equals(region.getParentId())) {
			return;
		}
		if (region.getLevel() == RegionLevel.DISTRICT || parent.getLevel().childLevel() != region.getLevel()) {
			throw new InvalidInputException("parentId", "region.error.wrongParentLevel");
		}
		if (this.regions.existsByParentIdAndName(newParentId, region.getName())) {
			throw new InvalidInputException("parentId", "region.error.duplicateName");
		}
		this.caches.changed(CACHES);
		String oldPath = region.getPath();
		region.placeUnder(parent);
		this.regions.saveAndFlush(region);
		this.regions.rebaseDescendants(oldPath, region.getPath());
		this.audit.record("REGION_MOVED", "REGION", id, oldPath + " → " + region.getPath());
		this.events.publishEvent(new RegionMoved(id, oldPath, region.getPath()));
	}

	/** Sets the centroid shown on maps; both coordinates in degrees with at most six decimals (about 0.1 m). */
	@Transactional
	public void locate(Long id, BigDecimal latitude, BigDecimal longitude) {
		checkCoordinate("latitude", latitude, MAX_LATITUDE);
		checkCoordinate("longitude", longitude, MAX_LONGITUDE);
		this.caches.changed(CACHES);
		load(id).locate(latitude, longitude);
		this.audit.record("REGION_LOCATED", "REGION", id, latitude + "," + longitude);
	}

	private static void checkCoordinate(String field, BigDecimal value, BigDecimal limit) {
		if (value == null) {
			throw new InvalidInputException(field, "region.error.coordinateMissing");
		}
		if (value.abs().compareTo(limit) > 0) {
			throw new InvalidInputException(field, "region.error.coordinateRange", limit.negate(), limit);
		}
		if (value.stripTrailingZeros().scale() > COORDINATE_SCALE) {
			throw new InvalidInputException(field, "region.error.coordinatePrecision", COORDINATE_SCALE);
		}
	}

	/**
	 * The grid whose centroid lies nearest to a WGS84 point, if one lies within {@code maxMeters}; grids without a
	 * centroid are never chosen.
	 */
	public Optional<GridDistance> nearestGrid(double latitude, double longitude, double maxMeters) {
		return this.regions.findByLevelOrderByPath(RegionLevel.GRID)
			.stream()
			.map(Region::toView)
			.filter(grid -> grid.latitude() != null && grid.longitude() != null)
			.map(grid -> new GridDistance(grid, GridDistance.meters(latitude, longitude,
					grid.latitude().doubleValue(), grid.longitude().doubleValue())))
			.filter(candidate -> candidate.meters() <= maxMeters)
			.min(Comparator.comparingDouble(GridDistance::meters));
	}

	private Region load(Long id) {
		return this.regions.findById(id).orElseThrow(() -> new NotFoundException("region", id));
	}

}
