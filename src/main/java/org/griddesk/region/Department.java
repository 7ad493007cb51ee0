package org.griddesk.region;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A district bureau or utility that can own categories and be summoned to co-handle a matter. */
@Entity
@Table(name = "department")
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String phone;

	private boolean enabled = true;

	@Version
	private long version;

	protected Department() {
	}

	Department(String code, String name, String phone) {
		this.code = code;
		this.name = name;
		this.phone = phone;
	}

	void update(String name, String phone, boolean enabled) {
		this.name = name;
		this.phone = phone;
		this.enabled = enabled;
	}

	DepartmentView toView() {
		return new DepartmentView(this.id, this.code, this.name, this.phone, this.enabled);
	}

}
