package kz.bagalau.registry.domain;

/**
 * The kinds of evaluated body. Direction 7 (legal support, ¶40-1..¶40-3) applies to the akimats of districts
 * and of cities of oblast significance only.
 */
public enum BodyType {
    REGIONAL_DEPARTMENT,
    DISTRICT_AKIMAT,
    CITY_AKIMAT;

    public boolean isAkimat() {
        return this != REGIONAL_DEPARTMENT;
    }
}
