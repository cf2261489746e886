package kz.bagalau.national.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.national.domain.DeadlineRisk;
import kz.bagalau.national.domain.NationalReadModel;
import kz.bagalau.national.domain.RegionPace;
import kz.bagalau.national.domain.RegionProgress;
import kz.bagalau.national.domain.RegionStep;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;

/**
 * The ministry's cross-region view (¶11, ¶53), read from the national read model only: the ministry never opens
 * a region's transaction to read it. Live progress, not the akims' 25 July reports, which stay the legal channel.
 */
@Stateless
@RolesAllowed({Role.Names.MINISTRY, Role.Names.PLATFORM_ADMIN})
public class NationalBoardService {

    /** The region-wide steps on the board, in the order of the year. */
    static final List<String> STEPS = Arrays.stream(CycleStep.values())
            .filter(s -> !s.perSubject() && s != CycleStep.MINISTRY_SUMMARY).map(Enum::name).toList();

    @Inject
    private NationalReadModel model;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private Clock clock;

    @Inject
    private BoardWorkbook workbooks;

    public ProgressBoard board(int year) {
        Instant now = clock.instant();
        Map<String, RegionProgress> progress = model.progress(year).stream()
                .collect(Collectors.toMap(RegionProgress::region, Function.identity()));
        Map<String, Map<String, RegionStep>> steps = model.steps(year).stream().collect(Collectors.groupingBy(
                RegionStep::region, Collectors.toMap(RegionStep::step, Function.identity())));
        Map<String, List<RegionPace>> lastYear = model.paces(year - 1).stream()
                .collect(Collectors.groupingBy(RegionPace::region));
        List<ProgressBoard.Row> rows = tenants.all().stream()
                .map(region -> row(region, year, progress, steps, lastYear.getOrDefault(region.code(), List.of()), now))
                .toList();
        return new ProgressBoard(year, now, STEPS, rows);
    }

    /** The board of {@code year} as an XLSX workbook in {@code locale}: the same figures as the page and the API. */
    public byte[] workbook(int year, java.util.Locale locale) {
        return workbooks.write(board(year), locale);
    }

    private static ProgressBoard.Row row(TenantSummary region, int year, Map<String, RegionProgress> progress,
                                         Map<String, Map<String, RegionStep>> steps, List<RegionPace> lastYear,
                                         Instant now) {
        Map<String, RegionStep> own = steps.getOrDefault(region.code(), Map.of());
        List<ProgressBoard.Cell> cells = STEPS.stream().map(step -> {
            RegionStep detail = own.get(step);
            return new ProgressBoard.Cell(step, detail, detail == null ? null : detail.status(now));
        }).toList();
        RegionProgress figures = progress.getOrDefault(region.code(),
                new RegionProgress(region.code(), year, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0));
        List<RegionStep> inOrder = cells.stream().map(ProgressBoard.Cell::detail).filter(d -> d != null).toList();
        return new ProgressBoard.Row(region, figures, cells,
                DeadlineRisk.assess(inOrder, figures, lastYear, now).orElse(null));
    }
}
