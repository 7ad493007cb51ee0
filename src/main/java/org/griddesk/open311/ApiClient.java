package org.griddesk.open311;

/** The client system behind a valid key, for the request it is making. */
record ApiClient(Long keyId, String name) {
}
