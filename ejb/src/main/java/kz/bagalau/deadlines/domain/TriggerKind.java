package kz.bagalau.deadlines.domain;

/** A reminder before a deadline, or the deadline itself (the step locks, the breach is recorded, ¶6). */
public enum TriggerKind {
    REMINDER,
    DEADLINE
}
