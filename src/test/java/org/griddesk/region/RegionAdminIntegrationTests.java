package org.griddesk.region;

import java.math.BigDecimal;

import org.griddesk.audit.AuditRow;
import org.griddesk.audit.AuditTrail;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegionAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Regions regions;

	@Autowired
	AuditTrail audit;

	@Test
	void treeShowsEveryLevelWithCodeAndLocation() throws Exception {
		this.mvc.perform(get("/admin/regions").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"region-JG\"")))
			.andExpect(content().string(containsString("红军路街道")))
			.andExpect(content().string(containsString("红旗社区")))
			.andExpect(content().string(containsString("HQ-G1")))
			.andExpect(content().string(containsString("45.3, 130.97")));
	}

	@Test
	void treeListsChildrenRightAfterTheirParent() {
		var outline = this.regions.outline();
		int community = indexOf(outline, "HQ");
		assertThat(outline.get(community + 1).code()).isEqualTo("HQ-G1");
		assertThat(outline.get(community - 1).level()).isIn(RegionLevel.STREET, RegionLevel.GRID);
		assertThat(outline.get(0).level()).isEqualTo(RegionLevel.DISTRICT);
	}

	@Test
	void adminAddsAGridUnderACommunityAndTheAuditLogNamesTheAdmin() throws Exception {
		RegionView community = freshCommunity();
		String code = unique("G");
		this.mvc.perform(post("/admin/regions/{id}/new", community.id()).with(admin()).with(csrf())
			.param("code", code)
			.param("name", "新建网格"))
			.andExpect(redirectedUrl("/admin/regions#region-" + code));
		RegionView grid = this.regions.findByCode(code);
		assertThat(grid.level()).isEqualTo(RegionLevel.GRID);
		assertThat(grid.parentId()).isEqualTo(community.id());
		AuditRow latest = this.audit.recent(PageRequest.of(0, 1)).getContent().get(0);
		assertThat(latest.actor()).isEqualTo("admin");
		assertThat(latest.action()).isEqualTo("REGION_CREATED");
		assertThat(latest.targetId()).isEqualTo(grid.id());
		this.mvc.perform(get("/admin/regions").with(admin()))
			.andExpect(content().string(containsString("id=\"region-" + code + "\"")));
	}

	@Test
	void duplicateCodeIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
		RegionView community = freshCommunity();
		this.mvc.perform(post("/admin/regions/{id}/new", community.id()).with(admin()).with(csrf())
			.param("code", "HQ-G1")
			.param("name", "重复编码网格"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该编码已被使用")))
			.andExpect(content().string(containsString("value=\"重复编码网格\"")));
	}

	@Test
	void badCodeAndMissingNameAreRefusedByTheForm() throws Exception {
		this.mvc.perform(post("/admin/regions/{id}/new", freshCommunity().id()).with(admin()).with(csrf())
			.param("code", "有 空格")
			.param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编码须为 1–32 位字母")))
			.andExpect(content().string(containsString("请填写此项")));
	}

	@Test
	void nothingGoesUnderAGrid() throws Exception {
		RegionView grid = freshGrid(freshCommunity());
		this.mvc.perform(post("/admin/regions/{id}/new", grid.id()).with(admin()).with(csrf())
			.param("code", unique("X"))
			.param("name", "网格下的网格"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网格下不能再设下级辖区")));
		this.mvc.perform(get("/admin/regions/{id}/new", grid.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网格下不能再设下级辖区")))
			.andExpect(content().string(not(containsString("id=\"region-form\""))));
	}

	@Test
	void gridMovesToAnotherCommunityAndScopesFollow() throws Exception {
		RegionView from = freshCommunity();
		RegionView to = freshCommunity();
		RegionView grid = freshGrid(from);
		this.mvc.perform(get("/admin/regions/{id}", grid.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"move-form\"")))
			.andExpect(content().string(containsString(to.name())));
		this.mvc.perform(post("/admin/regions/{id}/parent", grid.id()).with(admin()).with(csrf())
			.param("parentId", to.id().toString()))
			.andExpect(redirectedUrl("/admin/regions/" + grid.id()));
		assertThat(this.regions.get(grid.id()).parentId()).isEqualTo(to.id());
		assertThat(this.regions.scopeOf(java.util.Set.of(to.id())).contains(grid.id())).isTrue();
		assertThat(this.regions.scopeOf(java.util.Set.of(from.id())).contains(grid.id())).isFalse();
	}

	@Test
	void gridCannotMoveUnderAStreet() throws Exception {
		RegionView grid = freshGrid(freshCommunity());
		RegionView street = this.regions.findByCode("XY");
		this.mvc.perform(post("/admin/regions/{id}/parent", grid.id()).with(admin()).with(csrf())
			.param("parentId", street.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能移到上一层级的辖区下")));
		assertThat(this.regions.get(grid.id()).parentId()).isNotEqualTo(street.id());
	}

	@Test
	void renameRefusesANameTakenUnderTheSameParent() throws Exception {
		RegionView community = freshCommunity();
		RegionView grid = freshGrid(community);
		RegionView sibling = freshGrid(community);
		this.mvc.perform(post("/admin/regions/{id}/name", grid.id()).with(admin()).with(csrf())
			.param("name", sibling.name()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同一上级下已有同名辖区")));
		this.mvc.perform(post("/admin/regions/{id}/name", grid.id()).with(admin()).with(csrf())
			.param("name", "改名后的网格"))
			.andExpect(redirectedUrl("/admin/regions/" + grid.id()));
		assertThat(this.regions.get(grid.id()).name()).isEqualTo("改名后的网格");
	}

	@Test
	void locationIsSaved() throws Exception {
		RegionView grid = freshGrid(freshCommunity());
		this.mvc.perform(post("/admin/regions/{id}/location", grid.id()).with(admin()).with(csrf())
			.param("latitude", "45.287612")
			.param("longitude", "130.9501"))
			.andExpect(redirectedUrl("/admin/regions/" + grid.id()));
		RegionView located = this.regions.get(grid.id());
		assertThat(located.latitude()).isEqualByComparingTo(new BigDecimal("45.287612"));
		assertThat(located.longitude()).isEqualByComparingTo(new BigDecimal("130.9501"));
	}

	@ParameterizedTest
	@CsvSource({ "95, 130.9, 纬度须在 −90 到 90 度之间, 95", "45.2, -181, 经度须在 −180 到 180 度之间, -181",
			"abc, 130.9, 请输入数字, abc", "45.1234567, 130.9, 坐标最多 6 位小数, 45.1234567",
			"'', 130.9, 请填写此项, 130.9" })
	void badCoordinatesAreRefusedNextToTheField(String latitude, String longitude, String message, String kept)
			throws Exception {
		RegionView grid = freshGrid(freshCommunity());
		this.mvc.perform(post("/admin/regions/{id}/location", grid.id()).with(admin()).with(csrf())
			.param("latitude", latitude)
			.param("longitude", longitude))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"" + kept + "\"")));
		assertThat(this.regions.get(grid.id()).latitude()).isNull();
	}

	@Test
	void serviceRefusesCoordinatesOutOfRangeToo() {
		RegionView grid = freshGrid(freshCommunity());
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.regions.locate(grid.id(), new BigDecimal("-90.5"), BigDecimal.ONE))
			.isInstanceOf(org.griddesk.web.InvalidInputException.class);
	}

	@Test
	void unknownRegionAnswers404() throws Exception {
		this.mvc.perform(get("/admin/regions/{id}", Long.MAX_VALUE).with(admin())).andExpect(status().isNotFound());
	}

	private RequestPostProcessor admin() {
		return as(this.users, "admin");
	}

	/** A community of its own under a demo street, so that tests never change the demo communities. */
	private RegionView freshCommunity() {
		RegionView street = this.regions.findByCode("HX");
		String code = unique("C");
		return this.regions.create(street.id(), code, "测试社区" + code);
	}

	private RegionView freshGrid(RegionView community) {
		String code = unique("G");
		return this.regions.create(community.id(), code, "测试网格" + code);
	}

	private static int indexOf(java.util.List<RegionView> outline, String code) {
		for (int i = 0; i < outline.size(); i++) {
			if (outline.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new AssertionError(code + " not in the outline");
	}

	static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
	}

}
