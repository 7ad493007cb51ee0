package org.griddesk.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An uploaded file waiting for confirmation: every row with its verdict, and the counts. */
record ImportPreview(UUID id, String fileName, Instant createdAt, List<ImportLineView> lines) {

	public long count(ImportVerdict verdict) {
		return this.lines.stream().filter(line -> line.verdict() == verdict).count();
	}

	public long newCount() {
		return count(ImportVerdict.NEW);
	}

	public long updateCount() {
		return count(ImportVerdict.UPDATE);
	}

	public long rejectedCount() {
		return count(ImportVerdict.REJECTED);
	}

	public boolean importable() {
		return newCount() + updateCount() > 0;
	}

}
