package org.griddesk.ledger;

/** The pages show rule messages with at most one argument; Thymeleaf would print an argument array as such. */
final class MessageArguments {

	private MessageArguments() {
	}

	static Object first(Object[] arguments) {
		return arguments == null || arguments.length == 0 ? null : arguments[0];
	}

}
