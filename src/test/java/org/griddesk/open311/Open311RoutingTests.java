package org.griddesk.open311;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFilter;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketRow;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.open311.Open311Client.DEMO_KEY;
import static org.griddesk.open311.Open311Client.body;

/**
 * Behind the API: a filed request is an ordinary OPEN311 ticket, placed on the grid its coordinates or address name
 * (else on the district desk, with the reason on the timeline), worked like any other, and the API follows its life.
 */
@IntegrationTest
class Open311RoutingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	FiledRequestRepository requests;

	@Autowired
	RequesterPanel panel;

	@Autowired
	SpringTemplateEngine templates;

	Open311Client client;

	@BeforeEach
	void client() {
		this.client = new Open311Client(this.mvc);
	}

	@Test
	void aRequestNearHqG1sCentreIsInThatGridsQueueAndItsStatusFollowsTheTicket() throws Exception {
		String id = this.client.fileInHqG1("三号楼门口垃圾堆积 " + System.nanoTime());
		Long ticketId = ticketId(id);
		var worker = this.fixtures.actor("worker");
		List<TicketRow> queue = this.tickets
			.list(worker, TicketFilter.ALL.withStatuses(Set.of(TicketStatus.SUBMITTED)), PageRequest.of(0, 500))
			.getContent();
		assertThat(queue).filteredOn(row -> row.id().equals(ticketId))
			.singleElement()
			.satisfies(row -> assertThat(row.channel()).isEqualTo(Channel.OPEN311))
			.satisfies(row -> assertThat(row.regionName()).isEqualTo("红旗社区 第一网格"));
		assertThat(this.tickets.list(this.fixtures.actor("worker2"), TicketFilter.ALL, PageRequest.of(0, 500))
			.getContent()).noneMatch(row -> row.id().equals(ticketId));
		assertThat(timelineNotes(ticketId)).anySatisfy(note -> assertThat(note).contains("第一网格").contains("米"));

		this.lifecycle.accept(ticketId, worker);
		assertThat(body(this.client.get("/open311/v2/requests/" + id + ".json", "extensions", "true")))
			.contains("\"status\":\"open\"", "\"status_notes\":\"已接单\"", "\"griddesk_status\":\"ACCEPTED\"");

		this.lifecycle.start(ticketId, worker);
		this.lifecycle.resolve(ticketId, worker, "已联系物业清运完毕");
		String resolved = body(this.client.get("/open311/v2/requests/" + id + ".json", "extensions", "true"));
		Open311Schemas.assertValid("requests.json", resolved);
		assertThat(resolved).contains("\"status\":\"closed\"", "\"status_notes\":\"已办结：已联系物业清运完毕\"",
				"\"griddesk_status\":\"RESOLVED\"", "\"type\":\"resolved\"")
			.doesNotContain("李建国");
		assertThat(body(this.client.get("/open311/v2/requests.json", "status", "closed", "service_request_id", id)))
			.contains(id);
		assertThat(body(this.client.get("/open311/v2/requests.json", "status", "open", "service_code", "C01")))
			.doesNotContain(id);
		assertThat(body(this.client.get("/open311/v2/requests.json", "status", "closed", "service_code", "c01")))
			.contains(id);
	}

	@Test
	void aRequestFarFromEveryGridGoesToTheDistrictDeskWithTheReason() throws Exception {
		String id = fileJson("lat", "39.9042", "long", "116.4074", "description", "北京的诉求");
		TicketView ticket = this.tickets.view(ticketId(id), this.fixtures.actor("district"));
		assertThat(ticket.regionName()).isEqualTo("鸡冠区");
		assertThat(timelineNotes(ticket.id())).anySatisfy(note -> assertThat(note).contains("2000 米内没有网格")
			.contains("区指挥中心"));
	}

	@Test
	void anAddressNamingAGridPlacesTheRequestThere() throws Exception {
		String id = fileJson("address", "鸡冠区 红旗社区 第二网格 5号楼2单元");
		assertThat(this.tickets.view(ticketId(id), this.fixtures.actor("district")).regionId())
			.isEqualTo(this.fixtures.grid("HQ-G2"));
		String byCode = fileJson("address_string", "网格 kx-g3 旁边");
		assertThat(this.tickets.view(ticketId(byCode), this.fixtures.actor("district")).regionId())
			.isEqualTo(this.fixtures.grid("KX-G3"));
		String communityOnly = fileJson("address_string", "康新社区");
		TicketView unplaced = this.tickets.view(ticketId(communityOnly), this.fixtures.actor("district"));
		assertThat(unplaced.regionName()).isEqualTo("鸡冠区");
		assertThat(timelineNotes(unplaced.id())).anySatisfy(note -> assertThat(note).contains("只能确定到社区"));
	}

	@Test
	void aLedgerHouseholdIdPlacesTheRequestOnItsGrid() throws Exception {
		Long household = this.jdbc.queryForObject("SELECT min(h.id) FROM household h JOIN region g ON g.id = h.grid_id "
				+ "WHERE g.code = 'HQ-G2'", Long.class);
		String id = fileJson("address_id", String.valueOf(household));
		TicketView ticket = this.tickets.view(ticketId(id), this.fixtures.actor("worker"));
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G2"));
		assertThat(ticket.householdId()).isEqualTo(household);
	}

	@Test
	void anUnknownHouseholdIdGoesToTheDistrictDesk() throws Exception {
		String id = fileJson("address_id", "4711000");
		TicketView ticket = this.tickets.view(ticketId(id), this.fixtures.actor("district"));
		assertThat(ticket.regionName()).isEqualTo("鸡冠区");
		assertThat(timelineNotes(ticket.id())).anySatisfy(note -> assertThat(note).contains("address_id 4711000"));
		assertThat(body(this.client.get("/open311/v2/requests/" + id + ".json"))).contains("\"address_id\":\"4711000\"");
	}

	@Test
	void visitAttributesAskForAHomeVisit() throws Exception {
		String id = fileJson("service_code", "S01", "lat", Open311Client.HQ_G1_LAT, "long", Open311Client.HQ_G1_LONG,
				"attribute[proxy_visit]", "true", "attribute[preferred_visit_window]", "weekend", "attribute[color]",
				"blue");
		TicketView ticket = this.tickets.view(ticketId(id), this.fixtures.actor("worker"));
		assertThat(ticket.proxyRequested()).isTrue();
		assertThat(ticket.proxyWindow()).isEqualTo("周末");
		String windowOnly = fileJson("service_code", "S02", "lat", Open311Client.HQ_G1_LAT, "long",
				Open311Client.HQ_G1_LONG, "attribute[preferred_visit_window]", "weekday_morning");
		assertThat(this.tickets.view(ticketId(windowOnly), this.fixtures.actor("worker")).proxyRequested()).isTrue();
	}

	@Test
	void theApiNeverShowsTheRequestersContactButStaffSeeIt() throws Exception {
		String id = fileJson("lat", Open311Client.HQ_G1_LAT, "long", Open311Client.HQ_G1_LONG, "first_name", "秀兰",
				"last_name", "王", "phone", "13912345678", "email", "wang@example.org", "device_id", "device-99");
		String json = body(this.client.get("/open311/v2/requests/" + id + ".json", "extensions", "true"));
		assertThat(json).doesNotContain("13912345678", "wang@example.org", "秀兰", "device-99");
		String list = body(this.client.get("/open311/v2/requests.json", "extensions", "true"));
		assertThat(list).doesNotContain("13912345678", "wang@example.org");

		TicketView ticket = this.tickets.view(ticketId(id), this.fixtures.actor("worker"));
		assertThat(ticket.contactPhone()).isNull();
		RequesterPanel.View view = (RequesterPanel.View) this.panel.model(ticket, this.fixtures.actor("worker"));
		assertThat(view.name()).isEqualTo("王秀兰");
		assertThat(view.phone()).isEqualTo("13912345678");
		assertThat(view.client()).isEqualTo("演示客户端 Demo client");
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("panel", view);
		String html = this.templates.process("open311/ticket-panel", Set.of("panel"), context);
		assertThat(html).contains("王秀兰", "13912345678", "经 Open311 接口提交");
		assertThat(this.panel.model(this.tickets.view(this.fixtures.submitted("HQ-G1"), this.fixtures.actor("worker")),
				this.fixtures.actor("worker"))).isNull();
	}

	@Test
	void htmlIsStrippedFromDescriptions() throws Exception {
		String id = fileJson("lat", Open311Client.HQ_G1_LAT, "long", Open311Client.HQ_G1_LONG, "description",
				"<p>井盖<b>缺失</b></p><script>alert(1)</script><br>温度 < 5 度 &amp; 结冰");
		assertThat(body(this.client.get("/open311/v2/requests/" + id + ".json")))
			.contains("\"description\":\"井盖缺失\\n\\n温度 < 5 度 & 结冰\"");
	}

	@Test
	void datesAreReadLeniently() throws Exception {
		String id = this.client.fileInHqG1("宽松日期");
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		for (String start : List.of(today, today + "T00:00:00+08:00", today + "T00:00:00 08:00",
				today + "T00:00:00.000+0800", today + " 00:00", today + "T00:00:00")) {
			assertThat(body(this.client.get("/open311/v2/requests.json", "start_date", start, "end_date", tomorrow)))
				.as(start)
				.contains(id);
		}
		assertThat(body(this.client.get("/open311/v2/requests.json", "end_date", "2020-01-01T00:00:00Z")))
			.isEqualTo("[]");
		assertThat(body(this.client.get("/open311/v2/requests.json", "page", "999999", "page_size", "1")))
			.isEqualTo("[]");
		assertThat(body(this.client.get("/open311/v2/requests.json", "page", "1", "page_size", "1")))
			.startsWith("[{").doesNotContain("},{");
	}

	private String fileJson(String... params) throws Exception {
		String[] base = { "api_key", DEMO_KEY, "service_code", "C01" };
		var result = this.client.post("/open311/v2/requests.json", Open311Client.concat(params, base));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		return body(result).replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
	}

	private Long ticketId(String serviceRequestId) {
		return this.requests.findByServiceRequestId(serviceRequestId).orElseThrow().getTicketId();
	}

	private List<String> timelineNotes(Long ticketId) {
		return this.tickets.timeline(ticketId, this.fixtures.actor("district"))
			.stream()
			.filter(entry -> entry.type() == TicketEventType.NOTE || entry.type() == TicketEventType.ROUTED)
			.map(TimelineEntry::note)
			.toList();
	}

}
