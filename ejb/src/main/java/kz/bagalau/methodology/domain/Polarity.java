package kz.bagalau.methodology.domain;

/** Whether a higher or a lower value of an indicator is better (unemployment: lower; execution: higher). */
public enum Polarity {
    HIGHER,
    LOWER
}
