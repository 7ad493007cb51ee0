package org.griddesk.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An uploaded file between its preview and its confirmation; it belongs to the account that uploaded it. */
@Entity
@Table(name = "ledger_import")
class LedgerImport {

	@Id
	private UUID id;

	private Long accountId;

	private String fileName;

	private Instant createdAt;

	private Instant committedAt;

	@ElementCollection
	@CollectionTable(name = "ledger_import_line", joinColumns = @JoinColumn(name = "import_id"))
	@OrderBy("lineNo")
	private List<ImportLine> lines = new ArrayList<>();

	@Version
	private long version;

	protected LedgerImport() {
	}

	LedgerImport(Long accountId, String fileName, Instant createdAt, List<ImportLine> lines) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.fileName = fileName;
		this.createdAt = createdAt;
		this.lines.addAll(lines);
	}

	boolean isStale(Instant now, Duration lifetime) {
		return this.committedAt != null || this.createdAt.plus(lifetime).isBefore(now);
	}

	/** Marks the import done; its rows (full identity numbers among them) are no longer kept. */
	void committed(Instant at) {
		this.committedAt = at;
		this.lines.clear();
	}

	ImportPreview toPreview() {
		return new ImportPreview(this.id, this.fileName, this.createdAt,
				this.lines.stream().map(ImportLine::toView).toList());
	}

	UUID getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	List<ImportLine> getLines() {
		return this.lines;
	}

}
