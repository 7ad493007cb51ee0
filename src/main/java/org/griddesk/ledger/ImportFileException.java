package org.griddesk.ledger;

import org.griddesk.web.InvalidInputException;

/** The uploaded file as a whole cannot be read as a ledger import; the message goes next to the file field. */
class ImportFileException extends InvalidInputException {

	ImportFileException(String messageKey, Object... arguments) {
		super("file", messageKey, arguments);
	}

}
