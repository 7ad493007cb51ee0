package org.griddesk.web;

/**
 * Something asked for does not exist, or lies outside what the user may see: both answer 404, so that a guessed URL
 * does not even reveal that a record exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
