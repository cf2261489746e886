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

    /** The summary as an XLSX workbook in {@code locale}. */
    public byte[] workbook(int year, Locale locale) {
        return workbooks.write(summary(year), locale);
    }

    private static int count(ProgressBoard.Row row, StepStatus status) {
        return (int) row.cells().stream().filter(c -> c.status() == status).count();
    }
}
