package kz.bagalau.methodology.domain;

import kz.bagalau.registry.domain.BodyType;

/** Which kinds of body an indicator applies to (some apply to akimats only, some to departments only). */
public enum Applicability {
    ALL,
    AKIMATS,
    DEPARTMENTS;

    public boolean includes(BodyType type) {
        return switch (this) {
            case ALL -> true;
            case AKIMATS -> type.isAkimat();
            case DEPARTMENTS -> !type.isAkimat();
        };
    }
}
