package org.griddesk.dispatch;

import org.griddesk.ticket.ResolveGuard;
import org.griddesk.web.ConflictException;

import org.springframework.stereotype.Component;

/**
 * A ticket with an open whistle cannot be resolved: every summoned department finishes its part first, or a
 * commander withdraws the whistle with a reason. The ticket module calls this guard without knowing dispatch.
 */
@Component
class OpenWhistlesGuard implements ResolveGuard {

	private final WhistleRepository whistles;

	OpenWhistlesGuard(WhistleRepository whistles) {
		this.whistles = whistles;
	}

	@Override
	public void check(Long ticketId) {
		if (this.whistles.existsByTicketIdAndStatus(ticketId, WhistleStatus.OPEN)) {
			throw new ConflictException("dispatch.error.openWhistle");
		}
	}

}
