/**
 * The administration audit log: who changed which region, department, account or category, and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.griddesk.audit;
