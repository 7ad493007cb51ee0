package org.griddesk.open311;

/**
 * Text that XML 1.0 can carry: control characters other than tab and line breaks, unpaired surrogates and the two
 * non-characters cannot appear in a document at all (not even escaped), so they are dropped — on the way in, where
 * requesters' text is stored, and again on the way out.
 */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c)) {
				allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (allowed) {
					if (out != null) {
						out.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				allowed = false;
			}
			else {
				allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
			}
			if (!allowed && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

}
