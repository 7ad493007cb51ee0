package org.griddesk.open311;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A key's new rate limit. */
record ApiKeyLimitForm(@NotNull @Min(1) @Max(10000) Integer requestsPerMinute) {
}
