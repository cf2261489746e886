package kz.bagalau.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import kz.bagalau.cycle.application.CycleOverview;
import kz.bagalau.cycle.application.CycleOverviewService;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.national.application.NationalBoardService;
import kz.bagalau.national.application.NationalRebuild;
import kz.bagalau.national.application.NationalSummary;
import kz.bagalau.national.application.NationalTrends;
import kz.bagalau.national.application.NationalSummaryService;
import kz.bagalau.national.application.ProgressBoard;
import kz.bagalau.national.application.SummaryDocumentService;
import kz.bagalau.national.application.SummaryDocuments;
import kz.bagalau.national.domain.RegionProgress;
import kz.bagalau.national.domain.StepStatus;
import kz.bagalau.national.domain.SummaryArchive;
import kz.bagalau.national.domain.SummaryVersion;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import kz.bagalau.testsupport.Sql;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The national read model (¶11, ¶53): kept in the transaction of each regional change, equal to what the
 * region's own pages count, rebuilt to the same rows, and walled off by row-level security so that a region
 * reads and writes only its own rows and only the national scope reads across regions.
 */
@ExtendWith(ArquillianExtension.class)
class NationalIT {

    @Inject
    Callers callers;

    @Inject
    NationalBoardService board;

    @Inject
    NationalRebuild rebuild;

    @Inject
    NationalSummaryService summaries;

    @Inject
    SummaryDocumentService documents;

    @Inject
    CycleOverviewService overviews;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EvaluationFixture fixture;

    @Inject
    UserTransaction tx;

    @Test
    @DisplayName("¶41, ¶53: a body's submission reaches its region's national row with the submission itself")
    void should_count_a_submission_into_the_regions_national_row() {
        String region = "pavlodar";
        RegionProgress before = progress(region, 2026);

        EvaluationFixture.Created body = fixture.newBody(region, BodyType.REGIONAL_DEPARTMENT);
        int directions = fixture.submitAll(body.username(), 2026).directions().size();

        RegionProgress after = progress(region, 2026);
        assertThat(after.bodiesExpected()).isEqualTo(before.bodiesExpected() + 1);
        assertThat(after.bodiesSubmitted()).isEqualTo(before.bodiesSubmitted() + 1);
        assertThat(after.directionsTotal()).isEqualTo(before.directionsTotal() + directions);
    }

    @Test
    @DisplayName("¶53: in three regions at different steps the board counts what each region's own cycle page counts")
    void should_count_what_the_regions_own_overview_counts() {
        for (String region : List.of("abai", "karaganda", "pavlodar")) {
            CycleOverview own = callers.as(region + ".akim", () -> overviews.overview(2026));
            RegionProgress national = progress(region, 2026);

            assertThat(national.directionsTotal()).as(region).isEqualTo(own.directions());
            List<Evaluation> bodies = ofYear(region, 2026).stream()
                    .filter(e -> !e.directions().isEmpty()).toList();
            assertThat(national.bodiesExpected()).as(region + " expected").isEqualTo(bodies.size());
            assertThat(national.bodiesSubmitted()).as(region + " submitted").isEqualTo(bodies.stream()
                    .filter(e -> e.directions().stream().allMatch(d -> d.state() != DirectionState.DRAFT)).count());
            assertThat(national.directionsConcluded()).as(region + " concluded")
                    .isEqualTo(done(own, CycleStep.CONCLUSIONS));
            assertThat(national.directionsFinal()).as(region + " final")
                    .isEqualTo(done(own, CycleStep.CORRECTED_CONCLUSIONS));
            ProgressBoard.Cell general = cell(region, 2026, CycleStep.GENERAL_EVALUATION);
            assertThat(general.detail().doneAt()).as(region + " general evaluation")
                    .isEqualTo(own.generalSubmittedAt());
        }
        assertThat(cell("abai", 2026, CycleStep.GENERAL_EVALUATION).status()).isEqualTo(StepStatus.ON_TIME);
        assertThat(cell("pavlodar", 2026, CycleStep.SCHEDULE).status()).isEqualTo(StepStatus.ON_TIME);
        assertThat(cell("pavlodar", 2026, CycleStep.AKIM_REPORT).status()).isEqualTo(StepStatus.OPEN);
        ProgressBoard.Row pavlodar = callers.as("ministry", () -> board.board(2026)).rows().stream()
                .filter(r -> r.region().code().equals("pavlodar")).findFirst().orElseThrow();
        assertThat(pavlodar.risk()).as("a region still reporting is assessed on its reporting").isNotNull()
                .satisfies(r -> assertThat(r.step()).isEqualTo(CycleStep.REPORTING.name()));
        assertThat(pavlodar.risk().lastYear()).as("set against its own 2025 at the same point of the cycle")
                .isNotNull().isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
    }

    @Test
    @DisplayName("¶53: the summary of a finished year in three regions is what each region's own evaluations give")
    void should_sum_up_each_region_as_its_own_evaluations_give() {
        NationalSummary summary = callers.as("ministry", () -> summaries.summary(2025));
        for (String region : List.of("abai", "karaganda", "shymkent")) {
            List<Evaluation> own = ofYear(region, 2025).stream().filter(e -> !e.directions().isEmpty()).toList();
            List<BigDecimal> totals = own.stream().map(Evaluation::totalScore).filter(Objects::nonNull).toList();
            NationalSummary.Row row = summary.rows().stream().filter(r -> r.region().code().equals(region))
                    .findFirst().orElseThrow();

            assertThat(totals).as(region).isNotEmpty();
            assertThat(row.bodiesExpected()).as(region).isEqualTo(own.size());
            assertThat(row.meanTotal()).as(region).isEqualByComparingTo(mean(totals));
            assertThat(row.ratingHigh() + row.ratingMedium() + row.ratingLow() + row.ratingIneffective())
                    .as(region).isEqualTo(totals.size());
            assertThat(row.ratingHigh()).as(region).isEqualTo(own.stream()
                    .filter(e -> e.rating() == Rating.HIGH).count());
            for (int n = 1; n <= 7; n++) {
                int direction = n;
                List<BigDecimal> scores = own.stream().flatMap(e -> e.directions().stream())
                        .filter(d -> d.direction().number() == direction && d.score() != null)
                        .map(d -> d.score()).toList();
                if (scores.isEmpty()) {
                    assertThat(row.directionMeans().get(n - 1)).as(region + " direction " + n).isNull();
                } else {
                    assertThat(row.directionMeans().get(n - 1)).as(region + " direction " + n)
                            .isEqualByComparingTo(mean(scores));
                }
            }
            assertThat(row.stepReached()).as(region + ": the finished year went up to the akim's report")
                    .isEqualTo(CycleStep.AKIM_REPORT.name());
        }
    }

    @Test
    @DisplayName("¶53: filtered by body type, a region's results are those of its bodies of that type only")
    void should_sum_up_the_bodies_of_one_type() throws Exception {
        NationalSummary districts = callers.as("ministry",
                () -> summaries.summary(2025, kz.bagalau.registry.domain.BodyType.DISTRICT_AKIMAT));
        for (String region : List.of("abai", "karaganda")) {
            List<BigDecimal> totals;
            List<BigDecimal> direction7;
            try (Connection c = Sql.asApplication()) {
                c.setAutoCommit(false);
                Sql.tenant(c, region);
                totals = Sql.rows(c, "select e.total_score from evaluation e join executive_body b on b.id = e.body_id "
                        + "where e.year = 2025 and b.type = 'DISTRICT_AKIMAT' and e.total_score is not null "
                        + "and exists (select 1 from direction_evaluation de where de.evaluation_id = e.id)")
                        .stream().map(r -> (BigDecimal) r.get(0)).toList();
                direction7 = Sql.rows(c, "select de.score from direction_evaluation de join evaluation e on e.id = "
                        + "de.evaluation_id join executive_body b on b.id = e.body_id where e.year = 2025 "
                        + "and b.type = 'DISTRICT_AKIMAT' and de.direction = 7 and de.score is not null")
                        .stream().map(r -> (BigDecimal) r.get(0)).toList();
                c.rollback();
            }
            NationalSummary.Row row = districts.rows().stream().filter(r -> r.region().code().equals(region))
                    .findFirst().orElseThrow();
            assertThat(totals).as(region).isNotEmpty();
            assertThat(row.bodiesScored()).as(region).isEqualTo(totals.size());
            assertThat(row.meanTotal()).as(region).isEqualByComparingTo(mean(totals));
            assertThat(row.directionMeans().get(6)).as(region + " direction 7").isEqualByComparingTo(mean(direction7));
        }
        NationalSummary.Row karaganda = districts.rows().stream().filter(r -> r.region().code().equals("karaganda"))
                .findFirst().orElseThrow();
        String pdf = pdfText(callers.as("ministry", () -> summaries.tablesPdf(2025,
                kz.bagalau.registry.domain.BodyType.DISTRICT_AKIMAT, java.util.Locale.ENGLISH)));
        assertThat(pdf).as("the tables as PDF, with the filter").contains(karaganda.region().nameEn())
                .contains(karaganda.meanTotal().toPlainString());
        NationalSummary departments = callers.as("ministry",
                () -> summaries.summary(2025, kz.bagalau.registry.domain.BodyType.REGIONAL_DEPARTMENT));
        assertThat(departments.rows()).allSatisfy(r -> assertThat(r.directionMeans().get(6))
                .as("direction 7 is for district akimats only (¶40-2)").isNull());
    }

    @Test
    @DisplayName("¶53: year over year, each region's mean total and each direction's national mean are the summaries of their years")
    void should_trace_regions_and_directions_year_over_year() {
        NationalTrends trends = callers.as("ministry", () -> summaries.trends());
        assertThat(trends.years()).contains(2025, 2026).isSorted();
        int at = trends.years().indexOf(2025);
        NationalSummary summary = callers.as("ministry", () -> summaries.summary(2025));

        assertThat(trends.regions()).hasSize(20);
        for (NationalSummary.Row row : summary.rows()) {
            NationalTrends.RegionTrend trend = trends.regions().stream()
                    .filter(t -> t.region().equals(row.region().code())).findFirst().orElseThrow();
            assertThat(trend.means().get(at)).as(row.region().code()).isEqualTo(row.meanTotal());
        }
        // Direction 2 is scored for every body, so its national mean is the mean over all regions' bodies.
        BigDecimal weighted = BigDecimal.ZERO;
        int scored = 0;
        for (String region : summary.rows().stream().map(r -> r.region().code()).toList()) {
            List<BigDecimal> scores = ofYear(region, 2025).stream().flatMap(e -> e.directions().stream())
                    .filter(d -> d.direction().number() == 2 && d.score() != null).map(d -> d.score()).toList();
            weighted = weighted.add(mean(scores).multiply(BigDecimal.valueOf(scores.size())));
            scored += scores.size();
        }
        assertThat(trends.directions().get(1).means().get(at))
                .isEqualByComparingTo(weighted.divide(BigDecimal.valueOf(scored), 2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("¶53: the 15 August summary is generated as PDF and DOCX with the regions and the ministry's texts; every version is kept; sending is recorded once, late after 15 August")
    void should_generate_the_summary_keep_every_version_and_record_the_sending_once() throws Exception {
        SummaryDocuments.Sections texts = new SummaryDocuments.Sections("Өңірлердің көрсеткіштері жақсарды.",
                "Мемлекеттік қызметтерді цифрландыруды жалғастыру.", "Жоспарлау органының жалпы қорытындысы.");

        SummaryVersion first = callers.as("ministry", () -> documents.generate(2025, "kk", texts));
        SummaryVersion second = callers.as("ministry", () -> documents.generate(2025, "ru", texts));

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(callers.as("ministry", () -> documents.versions(2025))).extracting(SummaryVersion::id)
                .contains(first.id(), second.id());
        String pdf = pdfText(callers.as("ministry", () -> documents.file(first.id(), SummaryArchive.Format.PDF)));
        assertThat(pdf).contains("Қарағанды облысы").contains("Мемлекеттік қызметтерді цифрландыруды жалғастыру.")
                .contains("Негізгі ұсынымдар");
        String docx = docxText(callers.as("ministry", () -> documents.file(second.id(), SummaryArchive.Format.DOCX)));
        assertThat(docx).contains("Карагандинская область").contains("Основные рекомендации")
                .contains("Жоспарлау органының жалпы қорытындысы.");

        SummaryVersion sent = callers.as("ministry", () -> documents.recordSent(first.id()));
        assertThat(sent.sentBy()).isEqualTo("ministry");
        assertThat(sent.sentLate()).as("the suite's clock is past 15 August 2026").isTrue();
        callers.as("ministry", () -> assertThatThrownBy(() -> documents.recordSent(first.id()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("summary.sent.already")));
        callers.as("karaganda.akim", () -> assertThatThrownBy(() -> documents.versions(2025))
                .isInstanceOf(EJBAccessException.class));
    }

    @Test
    @DisplayName("¶53: a rebuild from the regional data gives exactly the rows the events kept")
    void should_rebuild_the_same_rows() throws SQLException {
        fixture.submitAll(fixture.newBody("kostanay", BodyType.REGIONAL_DEPARTMENT).username(), 2026);
        List<List<Object>> kept = snapshot();

        int regionYears = rebuild.rebuildAll();

        assertThat(regionYears).isGreaterThanOrEqualTo(40);
        assertThat(snapshot()).isEqualTo(kept);
    }

    @Test
    @DisplayName("¶11, ¶53: by SQL a region reads and writes only its own national rows; only the national scope reads all")
    void should_wall_off_the_national_rows_by_row_level_security() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            assertThat(Sql.count(c, "select count(*) from national_region_year")).as("no scope").isZero();
            Sql.tenant(c, "abai");
            assertThat(Sql.rows(c, "select distinct tenant_id from national_region_year")).containsExactly(List.of("abai"));
            assertThat(Sql.update(c, "update national_region_year set bodies_expected = 0 where tenant_id = 'karaganda'"))
                    .isZero();
            assertThatThrownBy(() -> Sql.update(c, "insert into national_region_year (tenant_id, year, bodies_expected, "
                    + "bodies_submitted, bodies_on_time, directions_total, directions_concluded, directions_final, "
                    + "bodies_scored, rating_high, rating_medium, rating_low, rating_ineffective, updated_at) "
                    + "values ('karaganda', 2031, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, now())"))
                    .as("a region writes no other region's row").isInstanceOf(SQLException.class);
            c.rollback();
        }
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.rows(c, "select set_config('app.national', 'on', true)");
            assertThat(Sql.count(c, "select count(distinct tenant_id) from national_region_year")).isEqualTo(20);
            c.rollback();
        }
    }

    /** The region's evaluations of {@code year} with their directions, read as its akim in one transaction. */
    private List<Evaluation> ofYear(String region, int year) {
        return callers.as(region + ".akim", () -> {
            try {
                tx.begin();
                try {
                    List<Evaluation> all = evaluations.ofYear(year);
                    all.forEach(e -> e.directions().size());
                    return all;
                } finally {
                    tx.rollback();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private RegionProgress progress(String region, int year) {
        return callers.as("ministry", () -> board.board(year)).rows().stream()
                .filter(r -> r.region().code().equals(region)).findFirst().orElseThrow().progress();
    }

    private ProgressBoard.Cell cell(String region, int year, CycleStep step) {
        return callers.as("ministry", () -> board.board(year)).rows().stream()
                .filter(r -> r.region().code().equals(region)).findFirst().orElseThrow().cells().stream()
                .filter(c -> c.step().equals(step.name())).findFirst().orElseThrow();
    }

    private static long done(CycleOverview overview, CycleStep step) {
        return overview.steps().stream().filter(s -> s.cycleStep() == step).findFirst().orElseThrow().done();
    }

    /** Every national row of every region, without the moment it was written. */
    private static List<List<Object>> snapshot() throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.rows(c, "select set_config('app.national', 'on', true)");
            List<List<Object>> rows = new java.util.ArrayList<>(Sql.rows(c, "select tenant_id, year, bodies_expected, "
                    + "bodies_submitted, bodies_on_time, directions_total, directions_concluded, directions_final, "
                    + "bodies_scored, mean_total, rating_high, rating_medium, rating_low, rating_ineffective "
                    + "from national_region_year order by 1, 2"));
            rows.addAll(Sql.rows(c, "select tenant_id, year, step, deadline, ends_at, done_at, extended_until "
                    + "from national_region_step order by 1, 2, 3"));
            rows.addAll(Sql.rows(c, "select tenant_id, year, direction, scored, mean_score "
                    + "from national_region_direction order by 1, 2, 3"));
            rows.addAll(Sql.rows(c, "select tenant_id, year, step, decile, reached_at "
                    + "from national_region_pace order by 1, 2, 3, 4"));
            rows.addAll(Sql.rows(c, "select tenant_id, year, body_type, bodies, bodies_scored, mean_total, rating_high, "
                    + "rating_medium, rating_low, rating_ineffective from national_region_type order by 1, 2, 3"));
            rows.addAll(Sql.rows(c, "select tenant_id, year, body_type, direction, scored, mean_score "
                    + "from national_region_type_direction order by 1, 2, 3, 4"));
            c.rollback();
            return rows;
        }
    }
}
