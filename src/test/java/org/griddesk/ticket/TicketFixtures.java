package org.griddesk.ticket;

import java.util.UUID;

import org.griddesk.account.CurrentUser;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.Regions;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Builds tickets and actors for tests from the demo district (categories by code, grids by code, demo accounts). */
@Component
public class TicketFixtures {

	private final UserDetailsService users;

	private final Actors actors;

	private final Catalog catalog;

	private final Regions regions;

	private final TicketLifecycle lifecycle;

	TicketFixtures(UserDetailsService users, Actors actors, Catalog catalog, Regions regions,
			TicketLifecycle lifecycle) {
		this.users = users;
		this.actors = actors;
		this.catalog = catalog;
		this.regions = regions;
		this.lifecycle = lifecycle;
	}

	public Actor actor(String username) {
		return this.actors.of((CurrentUser) this.users.loadUserByUsername(username));
	}

	public CategoryView category(String code) {
		return this.catalog.all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	public Long grid(String code) {
		return this.regions.findByCode(code).id();
	}

	public SubmitTicket webSubmission(String categoryCode, String gridCode) {
		return webSubmission(categoryCode, gridCode, UUID.randomUUID().toString());
	}

	private SubmitTicket webSubmission(String categoryCode, String gridCode, String submissionKey) {
		CategoryView category = category(categoryCode);
		return new SubmitTicket(category.kind(), category.id(), "楼道灯不亮", "三单元二楼楼道灯坏了一周", grid(gridCode), null,
				null, "红旗社区3号楼3单元", "13800000001", false, null, Channel.WEB, submissionKey);
	}

	/** The demo resident's ticket, sent from a form that carried the given submission key. */
	public Long submittedWithKey(String gridCode, String submissionKey) {
		return this.lifecycle.submit(webSubmission("C01", gridCode, submissionKey), actor("resident"));
	}

	/** A resident's ticket in the given grid, owned by the grid (category C01 环境卫生 unless given). */
	public Long submitted(String gridCode) {
		return this.lifecycle.submit(webSubmission("C01", gridCode), actor("resident"));
	}

}
