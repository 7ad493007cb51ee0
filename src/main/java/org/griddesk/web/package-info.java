/**
 * Shared web infrastructure every module may use: the exceptions services throw for not-found, conflicts and
 * data-dependent validation, their mapping to error pages and problem+json, locale switching, and paging helpers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.griddesk.web;
