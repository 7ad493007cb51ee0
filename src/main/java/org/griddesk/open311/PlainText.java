package org.griddesk.open311;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec allows line breaks but no HTML in a description. Old web forms still send some ({@code <p>}, {@code <br>},
 * a pasted {@code <b>}), and refusing a resident's report over its markup would lose the report, so tags are
 * stripped: line-breaking tags become line breaks, {@code script}/{@code style} elements and comments vanish with
 * their content, other tags vanish and keep their text, and the common entities of such text are decoded. A
 * {@code <} that does not open a tag ({@code 温度 < 5}) is left alone.
 */
final class PlainText {

	private static final Pattern HIDDEN = Pattern.compile("(?is)<!--.*?-->|<(script|style)\\b[^>]*>.*?</\\1\\s*>");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])\\s*>");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|nbsp|#39|#x27);");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private PlainText() {
	}

	/** The text without markup and without characters XML cannot carry; line breaks normalised to {@code \n}. */
	static String of(String raw) {
		if (raw == null) {
			return null;
		}
		String text = XmlText.clean(raw).replace("\r\n", "\n").replace('\r', '\n');
		String stripped = TAG.matcher(BREAK.matcher(HIDDEN.matcher(text).replaceAll("")).replaceAll("\n"))
			.replaceAll("");
		if (!stripped.equals(text)) {
			stripped = decodeEntities(stripped);
		}
		return BLANK_LINES.matcher(stripped).replaceAll("\n\n").strip();
	}

	private static String decodeEntities(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String replacement = switch (matcher.group(1)) {
				case "lt" -> "<";
				case "gt" -> ">";
				case "amp" -> "&";
				case "quot" -> "\"";
				case "nbsp" -> " ";
				default -> "'";
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
