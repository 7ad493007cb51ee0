package org.griddesk.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.Departments;
import org.griddesk.web.DateTimes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility list as GeoReport services: every enabled category is a service whose code is the category's
 * code and whose group is its kind; the discovery document points clients at the endpoint.
 */
@Service
@Transactional(readOnly = true)
class ServiceList {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final Catalog catalog;

	private final Departments departments;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final Open311Dates dates;

	private final Admission admission;

	private final Clock clock;

	ServiceList(Catalog catalog, Departments departments, MessageSource messages, JdbcTemplate jdbc,
			DateTimes dateTimes, Admission admission, Clock clock) {
		this.catalog = catalog;
		this.departments = departments;
		this.messages = messages;
		this.jdbc = jdbc;
		this.dates = new Open311Dates(dateTimes.zone());
		this.admission = admission;
		this.clock = clock;
	}

	/**
	 * The discovery document; its changeset is the moment the service list last changed, which tells clients when
	 * to refresh their cached lists and definitions.
	 */
	@Transactional
	public Documents.Discovery discovery(Params params, String endpointUrl) {
		this.admission.reader(params);
		Locale locale = LocaleContextHolder.getLocale();
		String changeset = this.dates.format(changedAt());
		return new Documents.Discovery(changeset, this.messages.getMessage("open311.discovery.contact", null, locale),
				this.messages.getMessage("open311.discovery.keyService", null, locale),
				List.of(new Documents.Endpoint(SPECIFICATION, endpointUrl, changeset, "production",
						List.of(Format.XML.mediaType().getType() + "/" + Format.XML.mediaType().getSubtype(),
								Format.JSON.mediaType().getType() + "/" + Format.JSON.mediaType().getSubtype()))));
	}

	public List<Documents.Service> services(Params params) {
		this.admission.reader(params);
		Locale locale = LocaleContextHolder.getLocale();
		return offered().stream().map(category -> toService(category, locale)).toList();
	}

	public Documents.ServiceDefinition definition(String code, Params params) {
		this.admission.reader(params);
		CategoryView category = find(code);
		return new Documents.ServiceDefinition(category.code(),
				VisitAttributes.of(category, this.messages, LocaleContextHolder.getLocale()));
	}

	/** The enabled category behind a service code; 404 for an unknown or disabled one. */
	CategoryView find(String code) {
		return offered().stream()
			.filter(category -> category.code().equalsIgnoreCase(code.strip()))
			.findFirst()
			.orElseThrow(() -> Open311Exception.notFound("open311.error.unknownService", code));
	}

	private List<CategoryView> offered() {
		return this.catalog.all().stream().filter(CategoryView::enabled).toList();
	}

	private Documents.Service toService(CategoryView category, Locale locale) {
		String kind = this.messages.getMessage("kind." + category.kind(), null, locale);
		List<String> keywords = new ArrayList<>(List.of(kind,
				this.messages.getMessage("owner." + category.ownerLevel(), null, locale)));
		if (category.departmentId() != null) {
			keywords.add(this.departments.get(category.departmentId()).name());
		}
		if (category.proxyCapable()) {
			keywords.add(this.messages.getMessage("open311.keyword.proxy", null, locale));
		}
		return new Documents.Service(category.code(), category.name(), category.description(),
				VisitAttributes.defines(category), "realtime", String.join(", ", keywords), kind);
	}

	private java.time.Instant changedAt() {
		String fingerprint = fingerprint(offered());
		this.jdbc.update("""
				INSERT INTO open311_changeset (id, fingerprint, changed_at) VALUES (1, ?, ?)
				ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, changed_at = EXCLUDED.changed_at
				WHERE open311_changeset.fingerprint <> EXCLUDED.fingerprint""", fingerprint,
				Timestamp.from(this.clock.instant()));
		return this.jdbc.queryForObject("SELECT changed_at FROM open311_changeset WHERE id = 1", Timestamp.class)
			.toInstant();
	}

	private static String fingerprint(List<CategoryView> categories) {
		StringBuilder text = new StringBuilder();
		categories.forEach(c -> text.append(c.code()).append('|').append(c.name()).append('|')
			.append(c.description()).append('|').append(c.kind()).append('|').append(c.ownerLevel()).append('|')
			.append(c.departmentId()).append('|').append(c.proxyCapable()).append('\n'));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
