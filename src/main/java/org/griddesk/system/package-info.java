/**
 * Running GridDesk on a bare JDK: an embedded, real PostgreSQL whose data survives restarts, used when no external
 * database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.griddesk.system;
