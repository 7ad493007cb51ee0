package org.griddesk.dashboard;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure on the dashboard links to the board's list of the tickets it counts (a rate or a mean to its
 * denominator's list), and the board lists exactly that many: the street commander's dashboard of a community of the
 * test's own, every link on it followed, each board's total compared with the number the link stands for.
 */
@IntegrationTest
class DashboardBoardAgreementIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern LINK = Pattern.compile("<a\\s[^>]*data-count=\"(\\d+)\"[^>]*>");

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	private static final Pattern BOARD_COUNT = Pattern.compile("id=\"board-count\">共 (\\d+) 件<");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Dashboard dashboard;

	@Test
	void everyLinkedFigureEqualsTheTotalOfTheBoardItOpens() throws Exception {
		RegionView[] nodes = this.fixture.community(2);
		LocalDate today = this.dashboard.today();
		LocalDate from = today.minusDays(20);
		LocalDate to = today.minusDays(2);
		List<Long> inPeriod = someTickets(nodes, from, to);

		String dashboard = this.mvc
			.perform(get("/command/dashboard").param("region", String.valueOf(nodes[0].id()))
				.param("period", "CUSTOM")
				.param("from", from.toString())
				.param("to", to.toString())
				.with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tileCount(dashboard, "tile-accept-rate")).as("not cancelled in the period")
			.isEqualTo(inPeriod.size() - 1);

		List<String> checked = new ArrayList<>();
		Matcher link = LINK.matcher(dashboard);
		while (link.find()) {
			Matcher href = HREF.matcher(link.group());
			assertThat(href.find()).as(link.group()).isTrue();
			String url = href.group(1).replace("&amp;", "&");
			long expected = Long.parseLong(link.group(1));
			assertThat(boardTotal(url)).as(link.group()).isEqualTo(expected);
			checked.add(url);
		}
		// 12 tiles; 8 linked figures per grid (2), 6 per category (4), kind (3) and channel (1) line
		assertThat(checked).hasSize(12 + 2 * 8 + (4 + 3 + 1) * 6);
		assertThat(checked).anyMatch(url -> url.contains("status=SUBMITTED,ACCEPTED,IN_PROGRESS,RESOLVED,CLOSED,REJECTED"))
			.anyMatch(url -> url.contains("accepted=true"))
			.anyMatch(url -> url.contains("rated=true"))
			.anyMatch(url -> url.contains("deadline=WARNING"))
			.anyMatch(url -> url.contains("categoryId="))
			.anyMatch(url -> url.contains("kind=APPEAL"))
			.anyMatch(url -> url.contains("channel=WEB"));
	}

	@Test
	void theBoardShowsThePeriodAndTheCombinedStatesItWasOpenedWith() throws Exception {
		RegionView[] nodes = this.fixture.community(1);
		this.mvc
			.perform(get("/command").param("regionId", String.valueOf(nodes[0].id()))
				.param("from", "2025-03-01")
				.param("to", "2025-03-31")
				.param("status", "RESOLVED,CLOSED")
				.param("accepted", "true")
				.with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-from\" name=\"from\" value=\"2025-03-01\"")))
			.andExpect(content().string(containsString("id=\"filter-to\" name=\"to\" value=\"2025-03-31\"")))
			.andExpect(content().string(containsString("id=\"filter-status-combined\" value=\"RESOLVED,CLOSED\" selected")))
			.andExpect(content().string(containsString("name=\"accepted\" value=\"true\" checked=\"checked\"")));
		this.mvc.perform(get("/command").param("status", "SUBMITTED,ACCEPTED,IN_PROGRESS").with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"OPEN\" selected=\"selected\"")));
	}

	@Test
	void aRegionOutsideTheScopeAnswersNotFoundOnTheBoardAsOnTheDashboard() throws Exception {
		RegionView[] nodes = this.fixture.community(1);
		this.mvc.perform(get("/command").param("regionId", String.valueOf(nodes[1].id())).with(as(this.users, "street2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/command/dashboard").param("region", String.valueOf(nodes[1].id()))
			.with(as(this.users, "street2"))).andExpect(status().isNotFound());
	}

	/**
	 * Tickets in every state a figure tells apart, spread over the period and its edges (just before the first day and
	 * just after the last, in the district's time zone); the ids of those submitted in the period.
	 */
	private List<Long> someTickets(RegionView[] nodes, LocalDate from, LocalDate to) {
		Long grid1 = nodes[1].id();
		Long grid2 = nodes[2].id();
		Actor worker = this.fixture.gridWorker(grid1, grid2);
		Actor staff = this.fixture.communityStaff(nodes[0]);
		Actor resident = this.fixture.resident();
		List<Long> inPeriod = new ArrayList<>();

		// first minutes of the first day: resolved in time, rated 5
		Long rated = this.fixture.submit("C01", grid1);
		this.lifecycle.accept(rated, worker);
		this.lifecycle.resolve(rated, worker, "已清运");
		this.lifecycle.rate(rated, resident, true, 5, null);
		Instant start = at(from, 0, 10);
		this.fixture.times(rated, start, start.plus(hours(24)), start.plus(hours(72)), start.plus(hours(1)),
				start.plus(hours(5)));
		inPeriod.add(rated);

		// accepted late, resolved late, closed without a rating
		Long unrated = this.fixture.submit("A03", grid2);
		this.lifecycle.accept(unrated, worker);
		this.lifecycle.resolve(unrated, worker, "已修好");
		Instant second = at(from.plusDays(3), 9, 0);
		this.fixture.times(unrated, second, second.plus(hours(24)), second.plus(hours(72)), second.plus(hours(30)),
				second.plus(hours(80)));
		this.lifecycle.closeUnrated(1000);
		inPeriod.add(unrated);

		// accepted, then rejected as out of scope: back on the community desk, its acceptance stands
		Long rejected = this.fixture.submit("S01", grid1);
		this.lifecycle.accept(rejected, worker);
		this.lifecycle.reject(rejected, worker, "不属本网格");
		this.fixture.times(rejected, at(from.plusDays(5), 11, 0), null, null, null, null);
		inPeriod.add(rejected);

		// cancelled before anyone accepted it
		Long cancelled = this.fixture.submit("C01", grid2);
		this.lifecycle.cancel(cancelled, resident, "已自行解决");
		this.fixture.times(cancelled, at(from.plusDays(6), 8, 0), null, null, null, null);
		inPeriod.add(cancelled);

		// resolved, rated 2 and reopened: in progress again, its rating stands
		Long reopened = this.fixture.submit("A03", grid1);
		this.lifecycle.accept(reopened, worker);
		this.lifecycle.resolve(reopened, worker, "已修好");
		this.lifecycle.rate(reopened, resident, false, 2, "灯还是不亮");
		this.fixture.times(reopened, at(from.plusDays(8), 15, 0), null, null, null, null);
		inPeriod.add(reopened);

		// the community's own (C02), accepted by its staff, in progress
		Long community = this.fixture.submit("C02", grid1);
		this.lifecycle.accept(community, staff);
		this.fixture.times(community, at(from.plusDays(9), 10, 0), null, null, null, null);
		inPeriod.add(community);

		// last minutes of the last day: never accepted, overdue now
		Long overdue = this.fixture.submit("S01", grid2);
		Instant late = at(to, 23, 50);
		this.fixture.times(overdue, late, late.plus(hours(24)), late.plus(hours(120)), null, null);
		inPeriod.add(overdue);

		// outside the period on both sides: the evening before it (open, in warning now) and the day after it
		Long before = this.fixture.submit("C01", grid1);
		Instant evening = at(from.minusDays(1), 23, 30);
		Instant now = Instant.now();
		this.fixture.times(before, evening, now.plus(hours(1)), now.plus(hours(48)), null, null);
		Long after = this.fixture.submit("A03", grid2);
		this.lifecycle.accept(after, worker);
		this.fixture.times(after, at(to.plusDays(1), 0, 5), null, null, null, null);
		return inPeriod;
	}

	private long boardTotal(String url) throws Exception {
		String board = this.mvc.perform(get(URI.create(url)).with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher count = BOARD_COUNT.matcher(board);
		assertThat(count.find()).as(url).isTrue();
		return Long.parseLong(count.group(1));
	}

	private static long tileCount(String html, String id) {
		Matcher tile = Pattern.compile("<a[^>]*id=\"" + id + "\"[^>]*data-count=\"(\\d+)\"").matcher(html);
		assertThat(tile.find()).as(id).isTrue();
		return Long.parseLong(tile.group(1));
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

	private static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

}
