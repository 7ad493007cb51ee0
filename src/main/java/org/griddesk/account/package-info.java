/**
 * Accounts, roles and sign-in: the security filter chain, lock-out after repeated failures, residents'
 * self-registration, staff accounts bound to regions or a department, and {@link org.griddesk.account.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.griddesk.account;
