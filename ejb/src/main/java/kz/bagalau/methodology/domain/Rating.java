package kz.bagalau.methodology.domain;

/** The rating a total score falls into (bands configurable per year, see {@link RatingScale}). */
public enum Rating {
    HIGH,
    MEDIUM,
    LOW,
    INEFFECTIVE
}
