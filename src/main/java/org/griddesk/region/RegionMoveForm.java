package org.griddesk.region;

import jakarta.validation.constraints.NotNull;

record RegionMoveForm(@NotNull(message = "{region.error.parentRequired}") Long parentId) {
}
