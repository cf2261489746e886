package kz.bagalau.evaluation.domain;

import java.util.Optional;

/**
 * The ministry's conclusion layouts (¶50), every saved version per language, and the layout shipped with the
 * portal that applies until the ministry saves its own.
 */
public interface ConclusionTemplates {

    Optional<ConclusionTemplate> findNewest(String language);

    /** The layout in force for {@code language}: the newest saved one, else the shipped one. */
    String current(String language);

    ConclusionTemplate add(ConclusionTemplate template);
}
