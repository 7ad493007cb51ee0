/**
 * The administrative tree (district → street → community → grid), the district's departments, and {@link
 * org.griddesk.region.Scope}: the one rule of what a staff account may see — its bound nodes and everything below.
 * Publishes {@link org.griddesk.region.RegionMoved} when a node moves to another parent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package org.griddesk.region;
