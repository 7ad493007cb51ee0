package org.griddesk.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An installation on its own database starts without demo data and so without anyone who could sign in. When
 * {@code griddesk.bootstrap-admin.password} is set and no administrator exists, this creates the account
 * {@code admin} with that password. It waits for the application to be ready, so that demo data, when asked for,
 * comes first and brings its own administrator.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final String password;

	private final String districtCode;

	private final String districtName;

	FirstAdministrator(Accounts accounts, @Value("${griddesk.bootstrap-admin.password:}") String password,
			@Value("${griddesk.bootstrap-admin.district-code:DISTRICT}") String districtCode,
			@Value("${griddesk.bootstrap-admin.district-name:区}") String districtName) {
		this.accounts = accounts;
		this.password = password;
		this.districtCode = districtCode;
		this.districtName = districtName;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIfNone() {
		if (this.password.isEmpty()) {
			return;
		}
		boolean created;
		try {
			created = this.accounts.bootstrapAdministrator(this.password, this.districtCode, this.districtName);
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("griddesk.bootstrap-admin.password is too weak for the first "
					+ "administrator: use 8 to 64 characters with letters and digits, not a common password and not "
					+ "containing 'admin'.", ex);
		}
		if (created) {
			log.warn("Created the first administrator '{}' from griddesk.bootstrap-admin.password. Sign in, then "
					+ "remove the property from the configuration.", Accounts.FIRST_ADMINISTRATOR);
		}
	}

}
