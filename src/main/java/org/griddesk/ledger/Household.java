package org.griddesk.ledger;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A door: one address (building, unit, room) in exactly one grid. */
@Entity
@Table(name = "household")
class Household {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long gridId;

	private String building;

	private String unit;

	private String room;

	private String address;

	private Instant createdAt;

	@Version
	private long version;

	protected Household() {
	}

	Household(HouseholdDetails details, Instant createdAt) {
		apply(details);
		this.createdAt = createdAt;
	}

	final void apply(HouseholdDetails details) {
		this.gridId = details.gridId();
		this.building = details.building();
		this.unit = details.unit();
		this.room = details.room();
		this.address = details.address();
	}

	HouseholdDetails details() {
		return new HouseholdDetails(this.gridId, this.building, this.unit, this.room, this.address);
	}

	HouseholdView toView() {
		return new HouseholdView(this.id, this.gridId, this.building, this.unit, this.room, this.address);
	}

	Long getId() {
		return this.id;
	}

	Long getGridId() {
		return this.gridId;
	}

	long getVersion() {
		return this.version;
	}

}
