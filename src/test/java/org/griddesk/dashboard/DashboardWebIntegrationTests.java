package org.griddesk.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.TicketFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DashboardWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	JsonMapper json;

	@Test
	void eachCommandLevelSeesItsOwnRegionWithDrillDownLinks() throws Exception {
		this.mvc.perform(get("/command/dashboard").with(as(this.users, "district")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("鸡冠区")))
			.andExpect(content().string(containsString("id=\"drill-" + this.tickets.grid("HJL") + "\"")))
			.andExpect(content().string(containsString("data-chart=\"trend\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 5s\"")));
		this.mvc.perform(get("/command/dashboard").with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"drill-" + this.tickets.grid("HQ") + "\"")))
			.andExpect(content().string(not(containsString("id=\"drill-" + this.tickets.grid("HJL") + "\""))));
		this.mvc.perform(get("/command/dashboard").with(as(this.users, "community")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"drill-" + this.tickets.grid("HQ-G1") + "\"")));
	}

	@Test
	void eachChartCanvasCarriesItsOwnChartOnly() throws Exception {
		String page = this.mvc.perform(get("/command/dashboard").with(as(this.users, "district")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher canvas = Pattern.compile("data-chart=\"(\\w+)\"[^>]*data-chart-source=\"([^\"]*)\"").matcher(page);
		Map<String, JsonNode> charts = new LinkedHashMap<>();
		while (canvas.find()) {
			charts.put(canvas.group(1), this.json.readTree(HtmlUtils.htmlUnescape(canvas.group(2))));
		}

		assertThat(charts).containsOnlyKeys("trend", "kinds", "rates", "categories");
		charts.forEach((name, chart) -> assertThat(chart.propertyNames()).as(name).contains("labels", "series"));
		assertThat(charts.get("trend").get("labels")).hasSize(30);
		assertThat(charts.get("rates").get("labels")).isEqualTo(charts.get("trend").get("labels"));
		assertThat(charts.get("categories").get("links")).hasSameSizeAs(charts.get("categories").get("labels"));
	}

	@Test
	void anotherBranchOfTheTreeAnswersNotFound() throws Exception {
		this.mvc.perform(get("/command/dashboard").param("region", String.valueOf(this.tickets.grid("XY")))
			.with(as(this.users, "street"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/command/dashboard/live").param("region", String.valueOf(this.tickets.grid("KX")))
			.with(as(this.users, "community"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/command/dashboard").with(as(this.users, "worker"))).andExpect(status().isForbidden());
	}

	@Test
	void theLiveFragmentCarriesTheTilesAndKeepsPolling() throws Exception {
		this.mvc.perform(get("/command/dashboard/live").param("period", "LAST_7_DAYS").with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tiles\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 5s\"")))
			.andExpect(content().string(containsString("period=LAST_7_DAYS")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aBadPeriodIsShownNextToTheFieldsWithTheDefaultFigures() throws Exception {
		this.mvc.perform(get("/command/dashboard").param("period", "CUSTOM").param("from", "2025-05-10")
			.param("to", "2025-05-01").with(as(this.users, "district")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"period-error\"")))
			.andExpect(content().string(containsString("开始日期不能晚于结束日期")));
		this.mvc.perform(get("/command/dashboard").param("from", "not-a-date").with(as(this.users, "district")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写有效的日期")));
	}

	@Test
	void reportsAreWrittenOnDemandPrintableAndDownloadable() throws Exception {
		String location = this.mvc
			.perform(post("/command/dashboard/reports").param("kind", "WEEKLY").param("day", "2025-06-04")
				.with(as(this.users, "street"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/command/dashboard/reports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("红军路街道 工作周报")))
			.andExpect(content().string(containsString("2025-06-02 至 2025-06-08")))
			.andExpect(content().string(containsString(Figures.FORMULA_VERSION)));
		this.mvc.perform(get(location + "/workbook").with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportController.XLSX.toString()))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		this.mvc.perform(get(location).with(as(this.users, "street2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/command/dashboard/reports").with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-06-02 至 2025-06-08")));
		this.mvc.perform(post("/command/dashboard/reports").param("day", "2025-06-04")
			.with(as(this.users, "street"))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("请选择报表类型")));
	}

}
