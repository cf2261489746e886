package kz.bagalau.national.domain;

import java.util.List;

/**
 * The national read model's store. The region side ({@link #replace}, {@link #clearRegion}) acts in a region's
 * transaction on that region's rows only; the national side (the reads) in a national, read-only transaction.
 */
public interface NationalReadModel {

    /** Replaces the current region's rows of {@code rows.progress().year()} with these. */
    void replace(RegionYearRows rows);

    /** Removes every row of the current region (before a rebuild). */
    void clearRegion();

    /** Every region's figures of {@code year}, in the national scope. */
    List<RegionProgress> progress(int year);

    /** Every region's steps of {@code year}, in the national scope. */
    List<RegionStep> steps(int year);

    /** Every region's direction means of {@code year}, in the national scope. */
    List<DirectionMean> directions(int year);

    /** Every region's paces of {@code year}, in the national scope. */
    List<RegionPace> paces(int year);

    /** Every region's results of {@code year} for bodies of {@code bodyType}, in the national scope. */
    List<TypeResult> types(int year, String bodyType);

    /** Every region's direction means of {@code year} for bodies of {@code bodyType}, in the national scope. */
    List<TypeDirectionMean> typeDirections(int year, String bodyType);

    /** The years any region has rows for, newest first, in the national scope. */
    List<Integer> years();
}
