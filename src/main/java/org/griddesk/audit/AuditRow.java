package org.griddesk.audit;

import java.time.Instant;

public record AuditRow(Instant at, String actor, String action, String targetType, Long targetId, String detail) {
}
