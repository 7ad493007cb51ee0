package org.griddesk.region;

import java.util.Set;
import java.util.UUID;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The region tree and scopes are cached per node; every change shows at once, and a rolled-back one never. */
@IntegrationTest
class RegionCacheIntegrationTests {

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aNewGridIsInTheTreeAndInItsCommunitysScopeOnceCreated() {
		RegionView community = freshCommunity();
		Scope before = this.regions.scopeOf(Set.of(community.id()));
		assertThat(this.regions.tree()).extracting(RegionView::id).containsAll(before.regionIds());

		RegionView grid = this.regions.create(community.id(), uniqueCode(), "缓存网格 " + uniqueCode());

		assertThat(this.regions.tree()).extracting(RegionView::id).contains(grid.id());
		assertThat(this.regions.scopeOf(Set.of(community.id())).contains(grid.id())).isTrue();
	}

	@Test
	void aRenameShowsInTheTreeAtOnce() {
		RegionView grid = this.regions.create(freshCommunity().id(), uniqueCode(), "旧名 " + uniqueCode());
		this.regions.tree();
		this.regions.get(grid.id());

		String renamed = "新名 " + uniqueCode();
		this.regions.rename(grid.id(), renamed);

		assertThat(this.regions.tree()).filteredOn(region -> region.id().equals(grid.id()))
			.extracting(RegionView::name)
			.containsExactly(renamed);
		assertThat(this.regions.get(grid.id()).name()).isEqualTo(renamed);
	}

	@Test
	void aGridsShortNameCarriesItsCommunityAndFollowsRenamesAndMoves() {
		RegionView before = freshCommunity();
		RegionView after = freshCommunity();
		RegionView grid = this.regions.create(before.id(), uniqueCode(), "短名网格 " + uniqueCode());
		assertThat(this.regions.shortName(grid.id())).isEqualTo(before.name() + " " + grid.name());
		assertThat(this.regions.shortName(before.id())).isEqualTo(before.name());

		String renamed = "改名网格 " + uniqueCode();
		this.regions.rename(grid.id(), renamed);
		assertThat(this.regions.shortName(grid.id())).isEqualTo(before.name() + " " + renamed);

		this.regions.move(grid.id(), after.id());
		assertThat(this.regions.shortName(grid.id())).isEqualTo(after.name() + " " + renamed);
	}

	@Test
	void aMovedGridHasItsNewCommunityAboveIt() {
		RegionView before = freshCommunity();
		RegionView after = freshCommunity();
		RegionView grid = this.regions.create(before.id(), uniqueCode(), "搬家网格 " + uniqueCode());
		assertThat(this.regions.ancestry(grid.id())).extracting(RegionView::id).contains(before.id());
		Scope beforeScope = this.regions.scopeOf(Set.of(before.id()));
		assertThat(beforeScope.contains(grid.id())).isTrue();

		this.regions.move(grid.id(), after.id());

		assertThat(this.regions.ancestry(grid.id())).extracting(RegionView::id)
			.contains(after.id())
			.doesNotContain(before.id());
		assertThat(this.regions.get(grid.id()).parentId()).isEqualTo(after.id());
		assertThat(this.regions.scopeOf(Set.of(before.id())).contains(grid.id())).isFalse();
		assertThat(this.regions.scopeOf(Set.of(after.id())).contains(grid.id())).isTrue();
	}

	@Test
	void aRegionCreatedInARolledBackTransactionIsNotLeftInTheCache() {
		Long community = freshCommunity().id();
		String code = uniqueCode();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.regions.create(community, code, "回滚网格 " + code);
			// the changing transaction reads its own write, and caches it for a moment
			assertThat(this.regions.tree()).extracting(RegionView::code).contains(code);
			status.setRollbackOnly();
		});

		assertThat(this.regions.tree()).extracting(RegionView::code).doesNotContain(code);
		assertThat(this.regions.scopeOf(Set.of(community)).regionIds()).hasSameSizeAs(
				this.regions.subtree(community));
	}

	@Test
	void aDepartmentChangeShowsInItsLookupAtOnce() {
		String code = uniqueCode();
		DepartmentView created = this.departments.create(code, "旧局 " + code, "0454-0000000");
		assertThat(this.departments.get(created.id()).name()).isEqualTo("旧局 " + code);

		this.departments.update(created.id(), "新局 " + code, "0454-1111111", false);

		DepartmentView changed = this.departments.get(created.id());
		assertThat(changed.name()).isEqualTo("新局 " + code);
		assertThat(changed.phone()).isEqualTo("0454-1111111");
		assertThat(changed.enabled()).isFalse();
	}

	@Test
	void aNewDepartmentIsListedOnceCreated() {
		this.departments.all();
		String code = uniqueCode();

		DepartmentView created = this.departments.create(code, "缓存局 " + code, "0454-0000000");

		assertThat(this.departments.all()).extracting(DepartmentView::id).contains(created.id());
	}

	private RegionView freshCommunity() {
		String code = uniqueCode();
		return this.regions.create(this.regions.findByCode("XJ").id(), code, "缓存社区 " + code);
	}

	private static String uniqueCode() {
		return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
