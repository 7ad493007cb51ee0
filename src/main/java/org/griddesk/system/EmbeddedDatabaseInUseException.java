package org.griddesk.system;

import java.nio.file.Path;

/** Another GridDesk already runs on this data folder. */
public class EmbeddedDatabaseInUseException extends IllegalStateException {

	EmbeddedDatabaseInUseException(Path dataDirectory) {
		super("Another GridDesk is already running on the embedded database in " + dataDirectory
				+ ". Stop it first (or set griddesk.embedded-db.data-dir to another folder).");
	}

}
