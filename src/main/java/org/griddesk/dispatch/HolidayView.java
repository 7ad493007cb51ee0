package org.griddesk.dispatch;

import java.time.LocalDate;

record HolidayView(LocalDate day, boolean working, String name) {
}
