/**
 * The responsibility list (权责清单): the categories of matters, what kind of ticket each is, which level or
 * department owns it, and its accept and resolve windows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.griddesk.catalog;
