package org.griddesk.web;

/**
 * A request that is well formed but clashes with the current state (an illegal transition, a lost race); answered
 * with 409 and the message behind {@link #messageKey()}.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
