/**
 * The command centers' figures (DOMAIN.md, "Figures the command centers show"): daily rollups kept up to date in the
 * transaction of every ticket change, the live dashboards of the district, street and community, and the weekly and
 * monthly reports GridDesk writes itself. Listens to {@link org.griddesk.ticket.TicketStatusChanged} and
 * {@link org.griddesk.region.RegionMoved} (the ancestors a moved region left and joined are recounted); reads the
 * department league from dispatch's whistles ({@link org.griddesk.dispatch.Whistles#departmentResponseTimes}); every
 * figure links to dispatch's command board narrowed to its tickets ({@link BoardLinks}). Nothing upstream calls it
 * except the demo data, which rebuilds the rollups after its bulk load ({@link Rollups#rebuild()}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards and reports")
package org.griddesk.dashboard;
