package org.griddesk.open311;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * GridDesk serves one jurisdiction, so {@code jurisdiction_id} is optional; one that is given must be this district's
 * (else 404, as the spec says for a jurisdiction it does not know).
 */
@Component
class Jurisdiction {

	private final String id;

	Jurisdiction(@Value("${griddesk.open311.jurisdiction-id:griddesk}") String id) {
		this.id = id;
	}

	void check(Params params) {
		String given = params.get("jurisdiction_id");
		if (given != null && !given.equalsIgnoreCase(this.id)) {
			throw Open311Exception.notFound("open311.error.jurisdiction", given);
		}
	}

}
