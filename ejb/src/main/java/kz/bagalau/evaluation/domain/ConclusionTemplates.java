package kz.bagalau.evaluation.domain;

import java.util.Optional;

/**
 * The ministry's document layouts (¶50), every saved version per kind and language, and the layout shipped with the
 * portal that applies until the ministry saves its own.
 */
public interface ConclusionTemplates {

    Optional<ConclusionTemplate> findNewest(LayoutKind kind, String language);

    /** The layout of the kind in force for {@code language}: the newest saved one, else the shipped one. */
    String current(LayoutKind kind, String language);

    ConclusionTemplate add(ConclusionTemplate template);
}
