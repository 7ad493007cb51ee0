package org.griddesk.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the GridDesk that is already running from this folder, or start this one with "
						+ "--griddesk.embedded-db.data-dir=<another folder>.",
				cause);
	}

}
