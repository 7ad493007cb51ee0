package org.griddesk.ticket;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.griddesk.catalog.CategoryView;
import org.griddesk.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket filed by another system (Open311) has no person on its timeline until someone acts on it; staff can still
 * read it. The benchmark found such tickets answering 500 on the staff ticket page.
 */
@IntegrationTest
class SystemFiledTicketIntegrationTests {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Test
	void timelineWithoutAnyPersonIsReadable() {
		CategoryView category = this.fixtures.category("C01");
		Long id = this.lifecycle.submit(new SubmitTicket(category.kind(), category.id(), "垃圾未清运", "小区门口垃圾两天未清运",
				this.fixtures.grid("HQ-G1"), null, null, "红旗社区1号楼", null, false, null, Channel.OPEN311,
				UUID.randomUUID().toString()), null);

		assertThat(this.tickets.timeline(id, this.fixtures.actor("worker")))
			.extracting(TimelineEntry::type)
			.containsExactly(TicketEventType.SUBMITTED, TicketEventType.ROUTED);
	}

}
