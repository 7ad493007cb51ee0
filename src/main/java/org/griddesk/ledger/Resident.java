package org.griddesk.ledger;

import java.util.Set;

/** A person as a line of the household list shows them: name, relation, tags, status. */
record Resident(Long id, String name, Relation relation, Set<PersonTag> tags, PersonStatus status) {

	public boolean active() {
		return this.status == PersonStatus.ACTIVE;
	}

}
