/**
 * The Open311 GeoReport v2 server under {@code /open311/**}: service discovery, the responsibility list as services,
 * filing requests (each an ordinary ticket on channel OPEN311, placed on a grid by coordinates, address or household)
 * and following them, in XML and JSON. API keys, with a per-key rate limit, are managed at {@code /admin/api-keys}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311 API")
package org.griddesk.open311;
