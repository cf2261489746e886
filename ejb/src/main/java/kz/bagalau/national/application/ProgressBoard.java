package kz.bagalau.national.application;

import java.time.Instant;
import java.util.List;
import kz.bagalau.national.domain.DeadlineRisk;
import kz.bagalau.national.domain.RegionProgress;
import kz.bagalau.national.domain.RegionStep;
import kz.bagalau.national.domain.StepStatus;
import kz.bagalau.tenancy.application.TenantSummary;

/**
 * The ministry's progress board of one year: every region with its reporting rates, each region-wide step's
 * status at {@code asOf} and the risk of missing its next deadline ({@link DeadlineRisk}; null when no step is open). Regions without rows (no cycle yet) are listed with empty figures, never left out.
 */
public record ProgressBoard(int year, Instant asOf, List<String> steps, List<Row> rows) {

    public ProgressBoard {
        steps = List.copyOf(steps);
        rows = List.copyOf(rows);
    }

    /** One region's line. */
    public record Row(TenantSummary region, RegionProgress progress, List<Cell> cells,
                      DeadlineRisk.Assessment risk) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One step of one region: its status with the dates that explain it; both null when the region has no such row. */
    public record Cell(String step, RegionStep detail, StepStatus status) {
    }
}
