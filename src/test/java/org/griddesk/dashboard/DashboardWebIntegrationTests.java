package org.griddesk.dashboard;

import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.TicketFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

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
