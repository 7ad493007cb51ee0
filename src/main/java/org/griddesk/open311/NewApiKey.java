package org.griddesk.open311;

/** A key just created: the only moment its clear text exists outside the client that will use it. */
public record NewApiKey(Long id, String name, String key, int requestsPerMinute) {
}
