/**
 * The command centers' work on tickets: the dispatch desk (board, reassign, escalate, hand down, return visits), the
 * whistle and report-in mechanism (吹哨报到) with the department inbox, supervision (督办), the deadline sweep and
 * the holiday calendar behind working-hour deadlines. It acts on tickets only through
 * {@link org.griddesk.ticket.TicketLifecycle} and plugs into the ticket module through the interfaces that module
 * defines (a resolve guard, a view grant for summoned departments, the working days, a ticket page panel).
 * {@link org.griddesk.dispatch.Whistles#departmentResponseTimes} and the {@code department_response} view serve the
 * dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch")
package org.griddesk.dispatch;
