package kz.bagalau.registry.domain;

/** Active, or reorganised / liquidated on a date with a legal successor (¶60-1..¶60-3). */
public enum BodyStatus {
    ACTIVE,
    REORGANISED,
    LIQUIDATED
}
