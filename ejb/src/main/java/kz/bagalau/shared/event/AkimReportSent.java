package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶53: the akim sent the region's report to the central ministry. */
public record AkimReportSent(String tenant, int year, String by, Instant at) implements YearEvent {
}
