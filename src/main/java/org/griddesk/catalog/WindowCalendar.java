package org.griddesk.catalog;

/**
 * How a category's accept and resolve windows are counted: around the clock, or only in working hours on working
 * days (the district's holiday calendar decides which days those are).
 */
public enum WindowCalendar {

	WALL_CLOCK, WORKING_HOURS

}
