package kz.bagalau.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.audit.domain.AuditEntryView;
import kz.bagalau.registry.application.BodyImportService;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodyStatusChange;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.testsupport.Callers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry of executive bodies: its rules, its audit trail and its all-or-nothing import. */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    static final String ADMIN = "jambyl.admin";

    @Inject
    Callers callers;

    @Inject
    BodyRegistry registry;

    @Inject
    BodyImportService imports;

    @Inject
    AuditLog audit;

    @Test
    void should_register_a_body_and_audit_who_did_it_with_the_state_after() {
        String code = uniqueCode();

        BodySummary body = callers.as(ADMIN, () -> registry.register(details(code, EvaluatorFunction.NONE)));
        List<AuditEntryView> trail = callers.as(ADMIN, () -> audit.recent("executive_body", body.id(), 10));

        assertThat(body.code()).isEqualTo(code);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).actor()).isEqualTo(ADMIN);
        assertThat(trail.get(0).actorRole()).isEqualTo("REGION_ADMIN");
        assertThat(trail.get(0).action()).isEqualTo("BODY_REGISTERED");
        assertThat(trail.get(0).before()).isNull();
        assertThat(trail.get(0).after()).contains(code, "Test body");
    }

    @Test
    void should_audit_a_revision_with_the_state_before_and_after() {
        String code = uniqueCode();
        BodySummary body = callers.as(ADMIN, () -> registry.register(details(code, EvaluatorFunction.NONE)));

        callers.as(ADMIN, () -> registry.revise(body.id(), body.version(), new BodyDetails(code,
                new LocalizedText("Жаңа атау", "Новое название", "New name"), BodyType.REGIONAL_DEPARTMENT,
                EvaluatorFunction.NONE, "Айгүл Омарова", "new@example.kz")));

        AuditEntryView revision = callers.as(ADMIN, () -> audit.recent("executive_body", body.id(), 10)).get(0);
        assertThat(revision.action()).isEqualTo("BODY_REVISED");
        assertThat(revision.before()).contains("Test body");
        assertThat(revision.after()).contains("New name", "Айгүл Омарова");
    }

    @Test
    void should_refuse_a_code_already_taken_in_the_region() {
        callers.as(ADMIN, () -> {
            assertThatThrownBy(() -> registry.register(details("EDU", EvaluatorFunction.NONE)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("body.code.taken");
        });
    }

    @Test
    void should_refuse_a_second_state_planning_body_in_the_region_per_paragraph_10() {
        callers.as(ADMIN, () -> {
            assertThatThrownBy(() -> registry.register(details(uniqueCode(), EvaluatorFunction.STATE_PLANNING)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("body.function.taken");
        });
    }

    @Test
    void should_refuse_registration_by_a_role_that_does_not_administer_the_region() {
        for (String user : List.of("jambyl.body2", "jambyl.akim", "jambyl.planning")) {
            callers.as(user, () -> {
                assertThatThrownBy(() -> registry.register(details(uniqueCode(), EvaluatorFunction.NONE)))
                        .isInstanceOf(EJBAccessException.class);
            });
        }
    }

    @Test
    void should_record_a_reorganisation_with_its_date_and_legal_successor_per_paragraph_60_1() {
        BodySummary successor = callers.as(ADMIN, () -> registry.register(details(uniqueCode(), EvaluatorFunction.NONE)));
        BodySummary body = callers.as(ADMIN, () -> registry.register(details(uniqueCode(), EvaluatorFunction.NONE)));

        BodySummary closed = callers.as(ADMIN, () -> registry.changeStatus(body.id(), body.version(),
                new BodyStatusChange(BodyStatus.REORGANISED, LocalDate.of(2025, 4, 1), successor.id())));

        assertThat(closed.status()).isEqualTo(BodyStatus.REORGANISED);
        assertThat(closed.statusDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(closed.successorCode()).isEqualTo(successor.code());
    }

    @Test
    void should_refuse_a_reorganisation_without_a_legal_successor_per_paragraph_60_1() {
        BodySummary body = callers.as(ADMIN, () -> registry.register(details(uniqueCode(), EvaluatorFunction.NONE)));

        callers.as(ADMIN, () -> {
            assertThatThrownBy(() -> registry.changeStatus(body.id(), body.version(),
                    new BodyStatusChange(BodyStatus.REORGANISED, LocalDate.of(2025, 4, 1), null)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("body.successor.required");
        });
        assertThat(callers.as(ADMIN, () -> registry.get(body.id())).status()).isEqualTo(BodyStatus.ACTIVE);
    }

    @Test
    void should_refuse_an_edit_made_on_a_stale_version() {
        String code = uniqueCode();
        BodySummary body = callers.as(ADMIN, () -> registry.register(details(code, EvaluatorFunction.NONE)));
        callers.as(ADMIN, () -> registry.revise(body.id(), body.version(), details(code, EvaluatorFunction.NONE)));

        callers.as(ADMIN, () -> {
            assertThatThrownBy(() -> registry.revise(body.id(), body.version(), details(code, EvaluatorFunction.NONE)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("body.changed.meanwhile");
        });
    }

    @Test
    void should_refuse_removing_a_body_that_users_refer_to() {
        BodySummary edu = callers.as(ADMIN, () -> registry.list().stream()
                .filter(b -> b.code().equals("EDU")).findFirst().orElseThrow());

        callers.as(ADMIN, () -> {
            assertThatThrownBy(() -> registry.remove(edu.id(), edu.version()))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("body.in.use");
        });
        assertThat(callers.as(ADMIN, () -> registry.find(edu.id()))).isPresent();
    }

    @Test
    void should_import_a_csv_list_registering_new_codes_and_revising_known_ones() {
        String a = uniqueCode();
        String b = uniqueCode();
        String known = uniqueCode();
        callers.as(ADMIN, () -> registry.register(details(known, EvaluatorFunction.NONE)));
        String csv = header() + line(a, "REGIONAL_DEPARTMENT", "", "", "") + line(b, "DISTRICT_AKIMAT", "", "", "")
                + line(known, "REGIONAL_DEPARTMENT", "", "", "");

        ImportResult result = callers.as(ADMIN, () -> imports.importFile("bodies.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(callers.as(ADMIN, () -> registry.list())).extracting(BodySummary::code).contains(a, b);
    }

    @Test
    void should_write_nothing_and_report_every_bad_cell_when_one_row_is_wrong() {
        String good = uniqueCode();
        String alsoGood = uniqueCode();
        String csv = header()
                + line(good, "REGIONAL_DEPARTMENT", "", "", "")
                + line(uniqueCode(), "MINISTRY_OF_MAGIC", "", "", "")
                + line(alsoGood, "REGIONAL_DEPARTMENT", "REORGANISED", "31.02.2025", "")
                + line(good, "REGIONAL_DEPARTMENT", "", "", "");

        ImportResult result = callers.as(ADMIN, () -> imports.importFile("bodies.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "type", "import.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "status_date", "import.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple(4, "successor_code", "import.successor.required"),
                        org.assertj.core.groups.Tuple.tuple(5, "code", "import.code.duplicate"));
        assertThat(callers.as(ADMIN, () -> registry.list())).extracting(BodySummary::code).doesNotContain(good, alsoGood);
    }

    @Test
    void should_round_trip_the_registry_through_an_xlsx_workbook() throws IOException {
        String code = uniqueCode();
        callers.as(ADMIN, () -> registry.register(details(code, EvaluatorFunction.NONE)));
        byte[] exported = callers.as(ADMIN, () -> imports.exportWorkbook());

        byte[] edited;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (code.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(3).setCellValue("Renamed in Excel");
                }
            }
            wb.write(out);
            edited = out.toByteArray();
        }
        ImportResult result = callers.as(ADMIN, () -> imports.importFile("registry.xlsx", edited));

        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(callers.as(ADMIN, () -> registry.list()).stream().filter(b -> b.code().equals(code))
                .findFirst().orElseThrow().nameEn()).isEqualTo("Renamed in Excel");
    }

    @Test
    void should_refuse_a_file_whose_content_does_not_match_its_type() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {0x00, 0x01, 0x02, 'c', 'o', 'd', 'e'};

        ImportResult asXlsx = callers.as(ADMIN, () -> imports.importFile("bodies.xlsx", pdf));
        ImportResult asCsv = callers.as(ADMIN, () -> imports.importFile("bodies.csv", binary));
        ImportResult asPdf = callers.as(ADMIN, () -> imports.importFile("bodies.pdf", pdf));

        assertThat(asXlsx.problems()).extracting(ImportProblem::messageKey).containsExactly("upload.type.mismatch");
        assertThat(asCsv.problems()).extracting(ImportProblem::messageKey).containsExactly("upload.type.mismatch");
        assertThat(asPdf.problems()).extracting(ImportProblem::messageKey).containsExactly("upload.type.unsupported");
    }

    @Test
    void should_refuse_a_file_larger_than_the_limit() {
        byte[] huge = new byte[(int) BodyImportService.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        ImportResult result = callers.as(ADMIN, () -> imports.importFile("bodies.csv", huge));

        assertThat(result.problems()).extracting(ImportProblem::messageKey).containsExactly("upload.too-large");
    }

    private static BodyDetails details(String code, EvaluatorFunction function) {
        return new BodyDetails(code, new LocalizedText("Сынақ органы", "Тестовый орган", "Test body"),
                BodyType.REGIONAL_DEPARTMENT, function, "Ержан Сейітов", null);
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String header() {
        return "code;name_kk;name_ru;name_en;type;evaluator_function;status;status_date;successor_code;head_name;email\n";
    }

    private static String line(String code, String type, String status, String date, String successor) {
        return String.join(";", code, "Басқарма " + code, "Управление " + code, "Department " + code, type, "",
                status, date, successor, "", "") + "\n";
    }
}
