package org.griddesk.region;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "region")
class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	private String code;

	private String name;

	private String path;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Version
	private long version;

	protected Region() {
	}

	Region(Region parent, RegionLevel level, String code, String name) {
		this.parentId = parent == null ? null : parent.id;
		this.level = level;
		this.code = code;
		this.name = name;
		// the path needs the generated id; a unique placeholder keeps the NOT NULL / UNIQUE constraints happy
		this.path = "/new/" + code + "/";
	}

	void placeUnder(Region parent) {
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + this.id + "/";
	}

	void rename(String name) {
		this.name = name;
	}

	void locate(BigDecimal latitude, BigDecimal longitude) {
		this.latitude = latitude;
		this.longitude = longitude;
	}

	RegionView toView() {
		return new RegionView(this.id, this.parentId, this.level, this.code, this.name, this.path, this.latitude,
				this.longitude);
	}

	Long getId() {
		return this.id;
	}

	Long getParentId() {
		return this.parentId;
	}

	RegionLevel getLevel() {
		return this.level;
	}

	String getPath() {
		return this.path;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

}
