package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶48: the planning body invited an independent expert to one direction, or to all ({@code direction} null). */
public record ExpertInvited(String tenant, int year, String expert, Integer direction, String by, Instant at)
        implements YearEvent {
}
