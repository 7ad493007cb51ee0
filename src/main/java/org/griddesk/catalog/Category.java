package org.griddesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private TicketKind kind;

	@Enumerated(EnumType.STRING)
	private OwnerLevel ownerLevel;

	private Long departmentId;

	private int acceptWindowHours;

	private int resolveWindowHours;

	private boolean proxyCapable;

	private boolean enabled = true;

	@Enumerated(EnumType.STRING)
	private WindowCalendar windowCalendar = WindowCalendar.WALL_CLOCK;

	@Version
	private long version;

	protected Category() {
	}

	Category(String code, CategoryDefinition definition) {
		this.code = code;
		apply(definition);
	}

	void apply(CategoryDefinition definition) {
		this.name = definition.name();
		this.description = definition.description();
		this.kind = definition.kind();
		this.ownerLevel = definition.ownerLevel();
		this.departmentId = definition.departmentId();
		this.acceptWindowHours = definition.acceptWindowHours();
		this.resolveWindowHours = definition.resolveWindowHours();
		this.proxyCapable = definition.proxyCapable();
		this.enabled = definition.enabled();
		this.windowCalendar = definition.windowCalendar();
	}

	CategoryView toView() {
		return new CategoryView(this.id, this.code, this.name, this.description, this.kind, this.ownerLevel,
				this.departmentId, this.acceptWindowHours, this.resolveWindowHours, this.proxyCapable, this.enabled,
				this.windowCalendar);
	}

	Long getId() {
		return this.id;
	}

}
