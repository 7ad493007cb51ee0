/**
 * What every module runs on: an embedded, real PostgreSQL for a bare JDK (used when no external database is
 * configured), the clock, the reference-data caches, the scheduler lock, and HTTP sessions in PostgreSQL, read once
 * per request and written back only when they changed or their recorded access is a minute old.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.griddesk.system;
