package org.griddesk.dashboard;

import java.time.LocalDate;

/** One day of the trend: the tickets submitted that day and what has become of them. */
public record DayPoint(LocalDate day, Figures figures) {
}
