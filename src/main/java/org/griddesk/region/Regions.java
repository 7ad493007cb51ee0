package org.griddesk.region;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.griddesk.audit.AuditTrail;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrative tree: reading it, computing scopes, and the admin's changes to it. */
@Service
@Transactional(readOnly = true)
public class Regions {

	private final RegionRepository regions;

	private final AuditTrail audit;

	Regions(RegionRepository regions, AuditTrail audit) {
		this.regions = regions;
		this.audit = audit;
	}

	public RegionView get(Long id) {
		return load(id).toView();
	}

	public List<RegionView> tree() {
		return this.regions.findAllByOrderByPath().stream().map(Region::toView).toList();
	}

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
	public List<RegionView> ancestry(Long id) {
		Region region = load(id);
		List<Long> ids = Arrays.stream(region.getPath().split("/"))
			.filter(s -> !s.isEmpty())
			.map(Long::valueOf)
			.toList();
		return this.regions.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(Region::getLevel))
			.map(Region::toView)
			.toList();
	}

	/** What someone bound to these regions may see: the regions themselves and all below them. */
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
		String before = region.getName();
		region.rename(name);
		this.audit.record("REGION_RENAMED", "REGION", id, before + " → " + name);
	}

	/** Moves a node under another node of the parent level; everything below it moves along. */
	@Transactional
	public void move(Long id, Long newParentId) {
		Region region = load(id);
		Region parent = load(newParentId);
		if (region.getLevel() == RegionLevel.DISTRICT || parent.getLevel().childLevel() != region.getLevel()) {
			throw new InvalidInputException("parentId", "region.error.wrongParentLevel");
		}
		if (this.regions.existsByParentIdAndName(newParentId, region.getName())) {
			throw new InvalidInputException("parentId", "region.error.duplicateName");
		}
		String oldPath = region.getPath();
		region.placeUnder(parent);
		this.regions.saveAndFlush(region);
		this.regions.rebaseDescendants(oldPath, region.getPath());
		this.audit.record("REGION_MOVED", "REGION", id, oldPath + " → " + region.getPath());
	}

	@Transactional
	public void locate(Long id, BigDecimal latitude, BigDecimal longitude) {
		load(id).locate(latitude, longitude);
		this.audit.record("REGION_LOCATED", "REGION", id, latitude + "," + longitude);
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
