package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.bagalau.cycle.domain.Publications;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.shared.domain.Means;

/**
 * The public transparency page (¶54, ¶9.5) across regions, for anyone without a login: the national ranking of the
 * published results of a year, search by body, a region's year-over-year, and the open data. It reads only the
 * published snapshots (what each region's planning body published, nothing confidential), never a region's live
 * data, so it needs no region and no national scope.
 */
@Stateless
@PermitAll
public class TransparencyService {

    /** Search terms shorter than this match too much to be useful; longer than the maximum are cut. */
    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 100;
    static final int MAX_HITS = 50;

    @Inject
    private Publications publications;

    /** A region's published year in the national ranking: place by mean total, bodies per rating band. */
    public record PublicRegionResult(int place, String tenantCode, int year, Instant publishedAt, int bodies,
                                     BigDecimal meanTotal, int high, int medium, int low, int ineffective) {
    }

    /** A body found by the search, with its published line. */
    public record PublicBodyHit(String tenantCode, int year, PublishedResults.Row row) {
    }

    /** A region's published history as its page shows it. */
    public record RegionHistory(List<YearMean> trend, Map<String, BigDecimal> previousTotals) {
    }

    /** A region's mean published total of one year: the region's year-over-year line. */
    public record YearMean(int year, BigDecimal meanTotal, int bodies) {
    }

    /** The years with at least one published region, newest first. */
    public List<Integer> years() {
        return publications.index().stream().map(Publications.Published::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** Every region that published the year, ranked by the mean total of its bodies (highest first). */
    public List<PublicRegionResult> ranking(int year) {
        List<PublishedResults> published = published(year);
        List<PublishedResults> ordered = new ArrayList<>(published);
        ordered.sort(Comparator.comparing(TransparencyService::mean, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(PublishedResults::tenantCode));
        List<PublicRegionResult> ranking = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            PublishedResults r = ordered.get(i);
            ranking.add(new PublicRegionResult(i + 1, r.tenantCode(), r.year(), r.publishedAt(), r.rows().size(),
                    mean(r), count(r, Rating.HIGH), count(r, Rating.MEDIUM), count(r, Rating.LOW),
                    count(r, Rating.INEFFECTIVE)));
        }
        return ranking;
    }

    /**
     * Bodies whose name (in any of the three languages) or code contains the query, case-insensitively, in every
     * published year, newest first; at most {@value #MAX_HITS}. A query under {@value #MIN_QUERY} letters finds
     * nothing.
     */
    public List<PublicBodyHit> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() < MIN_QUERY) {
            return List.of();
        }
        String term = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        return published(null).stream()
                .flatMap(p -> p.rows().stream().filter(row -> matches(row, term))
                        .map(row -> new PublicBodyHit(p.tenantCode(), p.year(), row)))
                .limit(MAX_HITS).toList();
    }

    /**
     * A region's published years, read once for its page: its mean total per year (oldest first) and each body's
     * total in the latest published year before {@code year}, by body code.
     */
    public RegionHistory history(String tenantCode, int year) {
        List<PublishedResults> own = snapshots(null, tenantCode).stream()
                .sorted(Comparator.comparingInt(PublishedResults::year)).toList();
        List<YearMean> trend = own.stream().map(p -> new YearMean(p.year(), mean(p), p.rows().size())).toList();
        Map<String, BigDecimal> previous = own.stream().filter(p -> p.year() < year)
                .max(Comparator.comparingInt(PublishedResults::year))
                .<Map<String, BigDecimal>>map(p -> p.rows().stream().filter(r -> r.total() != null)
                        .collect(Collectors.toMap(PublishedResults.Row::code, PublishedResults.Row::total,
                                (a, b) -> a, LinkedHashMap::new)))
                .orElse(Map.of());
        return new RegionHistory(trend, previous);
    }

    /** The published results of a year, or of every year when {@code year} is null: the open data. */
    public List<PublishedResults> published(Integer year) {
        return snapshots(year, null);
    }

    private List<PublishedResults> snapshots(Integer year, String tenantCode) {
        return publications.snapshots(year, tenantCode).stream().map(PublicationService::results).toList();
    }

    private static boolean matches(PublishedResults.Row row, String term) {
        return contains(row.code(), term) || contains(row.nameKk(), term) || contains(row.nameRu(), term)
                || contains(row.nameEn(), term);
    }

    private static boolean contains(String text, String term) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(term);
    }

    private static BigDecimal mean(PublishedResults r) {
        return Means.of(r.rows().stream().map(PublishedResults.Row::total).toList());
    }

    private static int count(PublishedResults r, Rating rating) {
        return (int) r.rows().stream().filter(row -> row.rating() == rating).count();
    }
}
