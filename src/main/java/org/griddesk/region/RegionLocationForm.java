package org.griddesk.region;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** The centroid of a region in WGS-84 degrees, as a map shows it. */
record RegionLocationForm(
		@NotNull(message = "{admin.error.required}") @DecimalMin(value = "-90", message = "{region.error.latitudeRange}")
		@DecimalMax(value = "90", message = "{region.error.latitudeRange}")
		@Digits(integer = 2, fraction = 6, message = "{region.error.coordinateDigits}") BigDecimal latitude,
		@NotNull(message = "{admin.error.required}") @DecimalMin(value = "-180", message = "{region.error.longitudeRange}")
		@DecimalMax(value = "180", message = "{region.error.longitudeRange}")
		@Digits(integer = 3, fraction = 6, message = "{region.error.coordinateDigits}") BigDecimal longitude) {
}
