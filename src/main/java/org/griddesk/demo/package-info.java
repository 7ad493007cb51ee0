/**
 * The demo district (a Jiguan-like tree, its departments, responsibility list, one account per role, a ledger and
 * months of tickets) that the embedded default starts with, so that every page has something to show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.griddesk.demo;
