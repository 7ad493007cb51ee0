package org.griddesk.web;

/**
 * A rule that needs the data to check (a duplicate name, an unknown category) was broken by one form field;
 * controllers turn it into a field error with {@link #reject(org.springframework.validation.BindingResult)}.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

	public void reject(org.springframework.validation.BindingResult result) {
		if (this.field == null) {
			result.reject(this.messageKey, this.arguments, null);
		}
		else {
			result.rejectValue(this.field, this.messageKey, this.arguments, null);
		}
	}

}
