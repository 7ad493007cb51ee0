package org.griddesk.ticket;

import java.util.ArrayList;
import java.util.List;

import org.griddesk.support.IntegrationTest;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff ticket page's content is read in one read-only transaction that the other modules' panels join, counted
 * with the transaction manager's own listener; a reader outside the ticket's scope still finds nothing.
 */
@IntegrationTest
class StaffTicketReadingIntegrationTests {

	@Autowired
	StaffTicketReading reading;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	AbstractPlatformTransactionManager transactions;

	@Test
	void theTicketAndEveryPanelAreReadInOneTransaction() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor commander = this.fixtures.actor("street");

		List<TransactionExecution> begun = transactionsBegunDuring(() -> {
			StaffTicketReading.StaffTicketContent content = this.reading.read(id, commander);
			assertThat(content.detail().ticket().id()).isEqualTo(id);
			// a commander always gets dispatch's panel, so at least one other module's bean took part
			assertThat(content.panels()).extracting(StaffTicketPanels.Shown::fragment)
				.contains("dispatch/ticket-panel :: panel");
		});

		assertThat(begun).hasSize(1);
		assertThat(begun.get(0).isReadOnly()).isTrue();
	}

	@Test
	void aTicketOutsideTheReadersScopeIsNotFound() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor otherGrid = this.fixtures.actor("worker2");

		assertThatThrownBy(() -> this.reading.read(id, otherGrid)).isInstanceOf(NotFoundException.class);
	}

	/** The transactions this thread began (not joined) while the action ran. */
	private List<TransactionExecution> transactionsBegunDuring(Runnable action) {
		Thread self = Thread.currentThread();
		List<TransactionExecution> begun = new ArrayList<>();
		TransactionExecutionListener listener = new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
				if (Thread.currentThread() == self) {
					begun.add(transaction);
				}
			}
		};
		this.transactions.getTransactionExecutionListeners().add(listener);
		try {
			action.run();
		}
		finally {
			this.transactions.getTransactionExecutionListeners().remove(listener);
		}
		return begun;
	}

}
