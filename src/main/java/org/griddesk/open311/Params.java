package org.griddesk.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * The request's parameters, query string and form body together. An empty parameter is the same as an absent one
 * (the spec's "Optional Arguments"), values are trimmed, and a field may be asked for under several names (aliases).
 */
final class Params {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	private final MultiValueMap<String, String> values;

	Params(MultiValueMap<String, String> values) {
		this.values = values;
	}

	/** The first non-blank value under any of the names, trimmed; {@code null} when there is none. */
	String get(String... names) {
		for (String name : names) {
			List<String> candidates = this.values.get(name);
			if (candidates == null) {
				continue;
			}
			for (String candidate : candidates) {
				if (candidate != null && !candidate.isBlank()) {
					return candidate.strip();
				}
			}
		}
		return null;
	}

	/** Every value under the name, each split at commas, trimmed, without blanks. */
	List<String> list(String name) {
		List<String> result = new ArrayList<>();
		List<String> candidates = this.values.get(name);
		if (candidates != null) {
			for (String candidate : candidates) {
				if (candidate != null) {
					Arrays.stream(candidate.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(result::add);
				}
			}
		}
		return result;
	}

	/**
	 * {@code attribute[code]=value} pairs; {@code attribute[code][]=a&attribute[code][]=b} gives several values for a
	 * multivaluelist. Blank values are dropped.
	 */
	Map<String, List<String>> attributes() {
		Map<String, List<String>> result = new LinkedHashMap<>();
		this.values.forEach((name, candidates) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches() && candidates != null) {
				String code = matcher.group(1).strip();
				candidates.stream()
					.filter(value -> value != null && !value.isBlank())
					.map(String::strip)
					.forEach(value -> result.computeIfAbsent(code, key -> new ArrayList<>()).add(value));
			}
		});
		return result;
	}

}
