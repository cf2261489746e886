package kz.bagalau.national.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.national.domain.DirectionMean;
import kz.bagalau.national.domain.NationalReadModel;
import kz.bagalau.national.domain.RegionProgress;
import kz.bagalau.national.domain.StepStatus;
import kz.bagalau.national.domain.TypeDirectionMean;
import kz.bagalau.national.domain.TypeResult;
import kz.bagalau.registry.domain.BodyType;

/**
 * The ministry's summary of a year across the regions (¶53), from the national read model: the same figures
 * for the page, {@code GET /api/v1/ministry/summary} and its XLSX download, so the three never disagree.
 */
@Stateless
@RolesAllowed({Role.Names.MINISTRY, Role.Names.PLATFORM_ADMIN})
public class NationalSummaryService {

    @EJB
    private NationalBoardService boards;

    @Inject
    private NationalReadModel model;

    @Inject
    private SummaryWorkbook workbooks;

    @Inject
    private SummaryDocuments documents;

    public NationalSummary summary(int year) {
        ProgressBoard board = boards.board(year);
        Map<String, List<DirectionMean>> directions = model.directions(year).stream()
                .collect(Collectors.groupingBy(DirectionMean::region));
        List<NationalSummary.Row> rows = board.rows().stream().map(r -> {
            RegionProgress p = r.progress();
            BigDecimal[] means = new BigDecimal[7];
            directions.getOrDefault(r.region().code(), List.of())
                    .forEach(d -> means[d.direction() - 1] = d.meanScore());
            String reached = null;
            ProgressBoard.Cell report = null;
            for (ProgressBoard.Cell c : r.cells()) {
                if (c.detail() != null && c.detail().doneAt() != null) {
                    reached = c.step();
                }
                if (c.step().equals(CycleStep.AKIM_REPORT.name())) {
                    report = c;
                }
            }
            return new NationalSummary.Row(r.region(), reached, count(r, StepStatus.ON_TIME),
                    count(r, StepStatus.LATE), count(r, StepStatus.MISSED), p.bodiesExpected(), p.bodiesSubmitted(),
                    p.bodiesScored(), p.meanTotal(), p.ratingHigh(), p.ratingMedium(), p.ratingLow(),
                    p.ratingIneffective(), new ArrayList<>(Arrays.asList(means)),
                    report == null ? null : report.status(),
                    report == null || report.detail() == null ? null : report.detail().doneAt());
        }).toList();
        return new NationalSummary(year, board.asOf(), rows);
    }

    /**
     * Year over year from the read model: each region's mean total and each direction's national mean (weighted by
     * the bodies scored in each region) for every year held, oldest first.
     */
    public NationalTrends trends() {
        List<Integer> years = model.years().stream().sorted().toList();
        Map<String, BigDecimal[]> regions = new java.util.TreeMap<>();
        List<BigDecimal[]> directions = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            directions.add(new BigDecimal[years.size()]);
        }
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            for (RegionProgress p : model.progress(years.get(i))) {
                regions.computeIfAbsent(p.region(), k -> new BigDecimal[years.size()])[index] = p.meanTotal();
            }
            Map<Integer, List<DirectionMean>> byDirection = model.directions(years.get(i)).stream()
                    .filter(m -> m.meanScore() != null && m.scored() > 0)
                    .collect(Collectors.groupingBy(DirectionMean::direction));
            byDirection.forEach((d, means) -> directions.get(d - 1)[index] = weightedMean(means));
        }
        List<NationalTrends.RegionTrend> regionTrends = regions.entrySet().stream()
                .map(e -> new NationalTrends.RegionTrend(e.getKey(), Arrays.asList(e.getValue()))).toList();
        List<NationalTrends.DirectionTrend> directionTrends = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            directionTrends.add(new NationalTrends.DirectionTrend(d + 1, Arrays.asList(directions.get(d))));
        }
        return new NationalTrends(years, regionTrends, directionTrends);
    }

    private static BigDecimal weightedMean(List<DirectionMean> means) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (DirectionMean m : means) {
            sum = sum.add(m.meanScore().multiply(BigDecimal.valueOf(m.scored())));
            count += m.scored();
        }
        return sum.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The summary with its results (bodies scored, mean total, bands, direction means) over the bodies of one type
     * only; the steps and reporting stay region-wide. A null type is {@link #summary(int)}.
     */
    public NationalSummary summary(int year, BodyType bodyType) {
        NationalSummary all = summary(year);
        if (bodyType == null) {
            return all;
        }
        Map<String, TypeResult> types = model.types(year, bodyType.name()).stream()
                .collect(Collectors.toMap(TypeResult::region, t -> t));
        Map<String, List<TypeDirectionMean>> directions = model.typeDirections(year, bodyType.name()).stream()
                .collect(Collectors.groupingBy(TypeDirectionMean::region));
        List<NationalSummary.Row> rows = all.rows().stream().map(r -> {
            TypeResult t = types.get(r.region().code());
            BigDecimal[] means = new BigDecimal[7];
            directions.getOrDefault(r.region().code(), List.of())
                    .forEach(d -> means[d.direction() - 1] = d.meanScore());
            return new NationalSummary.Row(r.region(), r.stepReached(), r.deadlinesMet(), r.deadlinesLate(),
                    r.deadlinesMissed(), r.bodiesExpected(), r.bodiesSubmitted(), t == null ? 0 : t.bodiesScored(),
                    t == null ? null : t.meanTotal(), t == null ? 0 : t.ratingHigh(), t == null ? 0 : t.ratingMedium(),
                    t == null ? 0 : t.ratingLow(), t == null ? 0 : t.ratingIneffective(),
                    new ArrayList<>(Arrays.asList(means)), r.reportStatus(), r.reportDoneAt());
        }).toList();
        return new NationalSummary(year, all.asOf(), rows);
    }

    /** The summary as an XLSX workbook in {@code locale}. */
    public byte[] workbook(int year, Locale locale) {
        return workbook(year, null, locale);
    }

    /** The summary, its results over one body type or all (null), as an XLSX workbook in {@code locale}. */
    public byte[] workbook(int year, BodyType bodyType, Locale locale) {
        return workbooks.write(summary(year, bodyType), locale);
    }

    /**
     * The same tables as a PDF in {@code locale}: the 15 August summary's layout (¶53) without the ministry's own
     * sections, which are written only when a version is generated.
     */
    public byte[] tablesPdf(int year, BodyType bodyType, Locale locale) {
        return documents.pdf(summary(year, bodyType), new SummaryDocuments.Sections("", "", ""), locale);
    }

    private static int count(ProgressBoard.Row row, StepStatus status) {
        return (int) row.cells().stream().filter(c -> c.status() == status).count();
    }
}
