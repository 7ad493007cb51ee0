package org.griddesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle has the same keys in Chinese and English, every key a template names exists, and no template shows
 * text that does not come from a bundle.
 */
class I18nSyncTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text between tags: anything with a letter or a CJK character that is not a Thymeleaf expression. */
	private static final Pattern BARE_TEXT = Pattern.compile(">([^<>]*[\\p{L}][^<>]*)<");

	private static final Pattern KEY_USE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		for (Path chinese : bundles()) {
			Path english = chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English twin of " + chinese).exists();
			assertThat(load(english).stringPropertyNames()).as(english.toString())
				.containsExactlyInAnyOrderElementsOf(load(chinese).stringPropertyNames());
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path bundle : bundles()) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY_USE.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = BARE_TEXT.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(1).strip();
				// placeholder text inside an element whose content Thymeleaf replaces is fine
				String tag = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
				boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace")
						|| tag.contains("th:insert") || tag.contains("th:errors") || tag.startsWith("<title")
						|| tag.startsWith("<script") || tag.startsWith("<style");
				if (!text.isEmpty() && !replaced) {
					offenders.add(template + ": " + text);
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	/** Thymeleaf formats instants in the server's zone; the district reads its own ({@code @dates}). */
	@Test
	void templatesFormatTimesInTheDistrictZone() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			if (Files.readString(template).contains("#temporals.format")) {
				offenders.add(template.toString());
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> p.getFileName().toString().matches("[a-z][a-z0-9]*\\.properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
