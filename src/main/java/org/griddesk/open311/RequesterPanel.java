package org.griddesk.open311;

import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.TicketPagePanel;
import org.griddesk.ticket.TicketView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the staff ticket page of a ticket filed through the API: which client filed it, how it was placed, and the
 * requester's contact details, so that the worker can call back. The ticket page only renders it for staff who may
 * see the ticket.
 */
@Component
class RequesterPanel implements TicketPagePanel {

	private final FiledRequestRepository requests;

	private final RequesterRepository requesters;

	private final ApiKeyRepository keys;

	RequesterPanel(FiledRequestRepository requests, RequesterRepository requesters, ApiKeyRepository keys) {
		this.requests = requests;
		this.requesters = requesters;
		this.keys = keys;
	}

	@Override
	public String fragment() {
		return "open311/ticket-panel :: panel";
	}

	@Override
	@Transactional(readOnly = true)
	public Object model(TicketView ticket, Actor actor) {
		if (ticket.channel() != Channel.OPEN311 || actor == null) {
			return null;
		}
		return this.requests.findById(ticket.id()).map(request -> {
			Contact contact = this.requesters.findById(ticket.id()).map(Requester::toContact).orElse(null);
			String client = this.keys.findById(request.getApiKeyId()).map(ApiKey::getName).orElse(null);
			return new View(request.getServiceRequestId(), client, request.getPlacement(), request.getMediaUrl(),
					contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
					contact == null ? null : contact.email());
		}).orElse(null);
	}

	/** What the panel shows. */
	record View(String serviceRequestId, String client, String placement, String mediaUrl, String name, String phone,
			String email) {
	}

}
