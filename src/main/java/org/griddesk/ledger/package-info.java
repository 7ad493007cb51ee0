/**
 * The electronic ledger (电子台账): households (doors) and the persons living in them, kept by the grid workers and
 * read by every level above. Identity numbers and phones are masked everywhere; revealing one is an explicit,
 * logged act. Every change lands in an append-only history. Households and persons are imported from CSV/Excel
 * through a preview and an all-or-nothing commit, and exported to Excel. Other modules read it through
 * {@link org.griddesk.ledger.Ledger}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package org.griddesk.ledger;
