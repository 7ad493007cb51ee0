package org.griddesk.ticket;

import java.util.UUID;

import org.griddesk.web.InvalidInputException;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form came back with a submission key another account's ticket already carries: only a client that reuses keys
 * (they are random per form) sends one. Its matter is not filed under someone else's ticket, nor is that ticket shown.
 */
class SubmissionKeyTakenException extends InvalidInputException {

	private static final String FIELD = "submissionKey";

	SubmissionKeyTakenException() {
		super(FIELD, "ticket.form.keyTaken");
	}

	/**
	 * A field error's rejected value is what the form shows in that field again, so the page comes back with a key of
	 * its own and everything typed kept: sending it once more files the matter.
	 */
	@Override
	public void reject(BindingResult result) {
		result.addError(new FieldError(result.getObjectName(), FIELD, UUID.randomUUID().toString(), false,
				new String[] { messageKey() }, arguments(), null));
	}

}
