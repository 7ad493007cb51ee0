package org.griddesk.account;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo account lands on its own home page after signing in. The home pages themselves belong to other
 * modules, built in parallel, so this asserts where people land, not what the pages show.
 */
@BrowserTest
class HomePagesBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@CsvSource({ "resident, /my/tickets", "worker, /worker/queue", "community, /command", "street, /command",
			"district, /command", "department, /department/inbox", "admin, /admin" })
	void everyDemoAccountLandsOnItsHome(String username, String home) {
		signInAs(username);
		assertThat(driver.getCurrentUrl()).isEqualTo(url(home));
	}

}
