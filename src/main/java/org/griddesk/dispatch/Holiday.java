package org.griddesk.dispatch;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that breaks the Monday-to-Friday rule: a public holiday, or a weekend day worked in exchange (调休). */
@Entity
@Table(name = "holiday")
class Holiday {

	@Id
	private LocalDate day;

	private boolean working;

	private String name;

	private Instant createdAt;

	protected Holiday() {
	}

	Holiday(LocalDate day, boolean working, String name, Instant createdAt) {
		this.day = day;
		this.working = working;
		this.name = name;
		this.createdAt = createdAt;
	}

	HolidayView toView() {
		return new HolidayView(this.day, this.working, this.name);
	}

	LocalDate getDay() {
		return this.day;
	}

	boolean isWorking() {
		return this.working;
	}

}
