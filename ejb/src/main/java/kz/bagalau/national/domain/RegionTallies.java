package kz.bagalau.national.domain;

import java.time.Instant;
import java.util.List;

/** Counts the current region's own data for the national read model (a port onto the regional tables). */
public interface RegionTallies {

    /**
     * The tally of {@code year}; a body is on time when its last direction went in before {@code reportingEndsAt}
     * (null: the year has no reporting deadline yet, and every submission counts as on time).
     */
    RegionTally tally(int year, Instant reportingEndsAt);

    /** Each of the seven directions of {@code year}: bodies scored on it and their mean score. */
    List<DirectionMean> directionMeans(String region, int year);

    /** When the current region reached each tenth of its reporting, conclusions and final directions of {@code year}. */
    List<RegionPace> paces(String region, int year);

    /** The results of {@code year} per type of body. */
    List<TypeResult> types(String region, int year);

    /** The direction means of {@code year} per type of body. */
    List<TypeDirectionMean> typeDirections(String region, int year);

    /** The years the current region has a cycle or evaluations for. */
    List<Integer> years();
}
