package org.griddesk.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one line per administrative change. It joins the caller's transaction, so a change that rolls back leaves
 * no audit line claiming it happened.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private static final int DETAIL_LIMIT = 2000;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String targetType, Long targetId, String detail) {
		String trimmed = detail != null && detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
		this.entries.save(new AuditEntry(this.clock.instant(), currentActor(), action, targetType, targetId, trimmed));
	}

	public Page<AuditRow> recent(Pageable pageable) {
		return this.entries.findAllByOrderByAtDescIdDesc(pageable).map(AuditEntry::toRow);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
