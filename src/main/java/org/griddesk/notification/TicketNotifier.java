package org.griddesk.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketStatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of a ticket event. The resident hears of every change of state of their ticket. The person
 * working it — its assignee, or while nobody has taken it the workers of its grid — hears of the events that press
 * them: an urge, a reopening, a deadline warning, an overdue deadline. A deadline warning or overdue notice also goes
 * to the command center one level above the ticket's owner, so that it can step in.
 */
@Component
class TicketNotifier {

	/** Events that ask the owner to act, whether or not the state changed. */
	static final Set<TicketEventType> PRESSING = EnumSet.of(TicketEventType.URGED, TicketEventType.REOPENED,
			TicketEventType.WARNING, TicketEventType.OVERDUE);

	/** Event types with their own wording for residents; any other change of state uses the general one. */
	private static final Set<TicketEventType> RESIDENT_WORDED = EnumSet.of(TicketEventType.SUBMITTED,
			TicketEventType.ACCEPTED, TicketEventType.STARTED, TicketEventType.RESOLVED, TicketEventType.REJECTED,
			TicketEventType.CANCELLED, TicketEventType.RATED, TicketEventType.REOPENED, TicketEventType.CLOSED_UNRATED);

	/** Events the level above the owner hears of too. */
	static final Set<TicketEventType> DEADLINE = EnumSet.of(TicketEventType.WARNING, TicketEventType.OVERDUE);

	/** Who staffs the command center of a region of each level. */
	private static final Map<RegionLevel, Role> COMMAND_CENTER = Map.of(RegionLevel.COMMUNITY, Role.COMMUNITY_STAFF,
			RegionLevel.STREET, Role.STREET_COMMANDER, RegionLevel.DISTRICT, Role.DISTRICT_COMMANDER);

	private final Notifications notifications;

	private final Accounts accounts;

	private final Regions regions;

	TicketNotifier(Notifications notifications, Accounts accounts, Regions regions) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.regions = regions;
	}

	/**
	 * Runs in the transaction of the change, so that a ticket never changes without its notifications nor the other
	 * way round. Through Spring Modulith's event publication registry, after the commit, each delivery cost seven
	 * statements of its own (record, mark as processing, deliver, remove), a third of a submission's; what must wait
	 * for the commit, a mail, waits in {@link Notifications}.
	 */
	@EventListener
	void on(TicketStatusChanged event) {
		if (tellsResident(event)) {
			String key = RESIDENT_WORDED.contains(event.type()) ? "notification.resident." + event.type()
					: "notification.resident.status";
			this.notifications.deliver(event.residentId(), event.ticketId(), key, event.number(), event.to());
		}
		if (PRESSING.contains(event.type())) {
			List<Long> owners = owners(event);
			for (Long owner : owners) {
				this.notifications.deliver(owner, event.ticketId(), "notification.owner." + event.type(),
						event.number(), event.to());
			}
			if (DEADLINE.contains(event.type())) {
				for (Long commander : levelAbove(event)) {
					if (!owners.contains(commander)) {
						this.notifications.deliver(commander, event.ticketId(), "notification.above." + event.type(),
								event.number(), event.to());
					}
				}
			}
		}
	}

	private static boolean tellsResident(TicketStatusChanged event) {
		return event.residentId() != null && changesStateForResident(event);
	}

	/**
	 * The command center above the owner: a grid's community, a community's street, a street's district. A
	 * department's ticket answers to the district, and the district has nobody above it but itself.
	 */
	private List<Long> levelAbove(TicketStatusChanged event) {
		RegionView above;
		if (event.departmentId() != null) {
			above = this.regions.district();
		}
		else {
			RegionView owner = this.regions.get(event.regionId());
			above = owner.parentId() == null ? owner : this.regions.get(owner.parentId());
		}
		Role commander = COMMAND_CENTER.get(above.level());
		if (commander == null) {
			return List.of();
		}
		return this.accounts.enabledIdsWithRoleIn(commander, Set.of(above.id()));
	}

	/**
	 * A "not solved" rating is recorded as RATED and then REOPENED, both into IN_PROGRESS; the resident hears of it
	 * once, through the reopening.
	 */
	private static boolean changesStateForResident(TicketStatusChanged event) {
		if (event.from() == event.to()) {
			return false;
		}
		return !(event.type() == TicketEventType.RATED && event.to() == TicketStatus.IN_PROGRESS);
	}

	private List<Long> owners(TicketStatusChanged event) {
		if (event.assigneeId() != null) {
			return List.of(event.assigneeId());
		}
		return this.accounts.enabledIdsWithRoleIn(Role.GRID_WORKER, Set.of(event.regionId()));
	}

}
