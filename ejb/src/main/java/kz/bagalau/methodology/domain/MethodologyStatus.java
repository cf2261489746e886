package kz.bagalau.methodology.domain;

/** A draft is edited by the ministry; a published version is what regions evaluate with, and never changes. */
public enum MethodologyStatus {
    DRAFT,
    PUBLISHED
}
