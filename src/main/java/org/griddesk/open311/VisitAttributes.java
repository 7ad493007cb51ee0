package org.griddesk.open311;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.griddesk.catalog.CategoryView;

import org.springframework.context.MessageSource;

/**
 * The attributes a service defines. Categories that offer a home visit (上门代办) ask whether the requester wants one
 * ({@code proxy_visit}, a yes/no list since the spec has no boolean type) and when ({@code preferred_visit_window});
 * other categories define none. Choosing a window implies asking for the visit.
 */
final class VisitAttributes {

	static final String PROXY_VISIT = "proxy_visit";

	static final String VISIT_WINDOW = "preferred_visit_window";

	static final List<String> WINDOWS = List.of("weekday_morning", "weekday_afternoon", "weekend", "any_time");

	private static final Set<String> YES = Set.of("true", "yes", "y", "1", "on", "是");

	private static final Set<String> NO = Set.of("false", "no", "n", "0", "off", "否");

	private VisitAttributes() {
	}

	static boolean defines(CategoryView category) {
		return category.proxyCapable();
	}

	static List<Documents.Attribute> of(CategoryView category, MessageSource messages, Locale locale) {
		if (!defines(category)) {
			return List.of();
		}
		return List.of(
				new Documents.Attribute(true, PROXY_VISIT, "singlevaluelist", false,
						messages.getMessage("open311.attribute.proxyVisit.datatype", null, locale), 1,
						messages.getMessage("open311.attribute.proxyVisit.description", null, locale),
						List.of(new Documents.AttributeValue("true",
								messages.getMessage("open311.attribute.proxyVisit.true", null, locale)),
								new Documents.AttributeValue("false",
										messages.getMessage("open311.attribute.proxyVisit.false", null, locale)))),
				new Documents.Attribute(true, VISIT_WINDOW, "singlevaluelist", false,
						messages.getMessage("open311.attribute.visitWindow.datatype", null, locale), 2,
						messages.getMessage("open311.attribute.visitWindow.description", null, locale),
						WINDOWS.stream()
							.map(window -> new Documents.AttributeValue(window,
									messages.getMessage("open311.visitWindow." + window, null, locale)))
							.toList()));
	}

	/**
	 * What the attributes ask of the ticket. Attributes the service does not define are kept for the record but
	 * change nothing; a defined attribute with a value outside its list is refused.
	 */
	static Visit read(CategoryView category, Map<String, List<String>> attributes, MessageSource messages) {
		if (!defines(category)) {
			return Visit.NONE;
		}
		String proxy = single(attributes, PROXY_VISIT);
		String window = single(attributes, VISIT_WINDOW);
		Boolean wanted = null;
		if (proxy != null) {
			String answer = proxy.toLowerCase(Locale.ROOT);
			if (!YES.contains(answer) && !NO.contains(answer)) {
				throw Open311Exception.badRequest("open311.error.attributeValue", PROXY_VISIT, proxy);
			}
			wanted = YES.contains(answer);
		}
		if (window != null && !WINDOWS.contains(window)) {
			throw Open311Exception.badRequest("open311.error.attributeValue", VISIT_WINDOW, window);
		}
		boolean requested = wanted != null ? wanted : window != null;
		String windowText = requested && window != null
				? messages.getMessage("open311.visitWindow." + window, null, Locale.SIMPLIFIED_CHINESE) : null;
		return new Visit(requested, windowText);
	}

	/** The attributes as one line for the record ({@code code=value; code=a,b}). */
	static String describe(Map<String, List<String>> attributes) {
		if (attributes.isEmpty()) {
			return null;
		}
		String text = attributes.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + String.join(",", entry.getValue()))
			.collect(Collectors.joining("; "));
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

	private static String single(Map<String, List<String>> attributes, String code) {
		List<String> values = attributes.get(code);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw Open311Exception.badRequest("open311.error.attributeSingle", code);
		}
		return values.get(0);
	}

	/** Whether the requester asked for a home visit, and when (as the ticket shows it). */
	record Visit(boolean requested, String window) {

		static final Visit NONE = new Visit(false, null);

	}

}
