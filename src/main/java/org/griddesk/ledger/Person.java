package org.griddesk.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A resident on the ledger. The identity number and the phone are personal data: they leave only masked. */
@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long householdId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private LocalDate birthDate;

	private String idNumber;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "relation_to_head")
	private Relation relation;

	@ElementCollection
	@CollectionTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "tag")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<PersonTag> tags = new LinkedHashSet<>();

	private String notes;

	@Enumerated(EnumType.STRING)
	private PersonStatus status = PersonStatus.ACTIVE;

	private Instant createdAt;

	@Version
	private long version;

	protected Person() {
	}

	Person(Long householdId, PersonDetails details, Instant createdAt) {
		this.householdId = householdId;
		apply(details);
		this.createdAt = createdAt;
	}

	final void apply(PersonDetails details) {
		this.name = details.name();
		this.gender = details.gender();
		this.birthDate = details.birthDate();
		this.idNumber = details.idNumber();
		this.phone = details.phone();
		this.relation = details.relation();
		this.tags.clear();
		this.tags.addAll(details.tags());
		this.notes = details.notes();
	}

	void moveTo(Long householdId, Relation relation) {
		this.householdId = householdId;
		this.relation = relation;
	}

	void changeStatus(PersonStatus status) {
		this.status = status;
	}

	PersonDetails details() {
		return new PersonDetails(this.name, this.gender, this.birthDate, this.idNumber, this.phone, this.relation,
				tags(), this.notes);
	}

	Set<PersonTag> tags() {
		return this.tags.isEmpty() ? EnumSet.noneOf(PersonTag.class) : EnumSet.copyOf(this.tags);
	}

	PersonView toView(Long gridId) {
		return new PersonView(this.id, this.householdId, gridId, this.name, this.gender, this.birthDate,
				Masking.idNumber(this.idNumber), Masking.phone(this.phone), this.relation, tags(), this.status,
				this.notes);
	}

	PersonRow toRow(HouseholdView household) {
		return new PersonRow(this.id, this.name, this.gender, this.birthDate, Masking.idNumber(this.idNumber),
				Masking.phone(this.phone), this.relation, tags(), this.status, household.id(), household.gridId(),
				household.fullAddress());
	}

	Long getId() {
		return this.id;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	String getName() {
		return this.name;
	}

	String getIdNumber() {
		return this.idNumber;
	}

	String getPhone() {
		return this.phone;
	}

	Relation getRelation() {
		return this.relation;
	}

	PersonStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
