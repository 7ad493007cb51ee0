package org.griddesk.ticket;

/**
 * When a resident would like the home visit of a proxy service (上门代办). Stored by name in
 * {@code ticket.proxy_window}; pages show {@code ticket.proxyWindow.<NAME>}.
 */
public enum ProxyWindow {

	WEEKDAY_MORNING, WEEKDAY_AFTERNOON, WEEKDAY_EVENING, WEEKEND, ANY_TIME;

	/** The message key of the window's label. */
	public String labelKey() {
		return "ticket.proxyWindow." + name();
	}

	/** The label key for a stored window, or {@code null} if the text is not one of ours (another channel's). */
	public static String labelKeyOf(String stored) {
		for (ProxyWindow window : values()) {
			if (window.name().equals(stored)) {
				return window.labelKey();
			}
		}
		return null;
	}

}
