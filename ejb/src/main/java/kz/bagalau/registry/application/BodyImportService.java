package kz.bagalau.registry.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.shared.infrastructure.Table;
import kz.bagalau.shared.infrastructure.TableReader;
import kz.bagalau.shared.infrastructure.UnreadableFileException;

/**
 * Imports a CSV or XLSX list of bodies into the region's registry: new codes are registered, known codes are
 * revised, statuses and successors applied. All rows are checked first; one bad row means nothing is
 * written, and the report names every bad cell by sheet, row and column.
 */
@Stateless
public class BodyImportService {

    /** Registry lists are small; anything larger than this is not a registry list. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @EJB
    private BodyRegistry registry;

    @Resource
    private SessionContext session;

    @Inject
    private BodyListSpreadsheet spreadsheet;

    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.REGION_ADMIN})
    public ImportResult importFile(String fileName, byte[] content) {
        Table table;
        try {
            table = TableReader.read(fileName, content, MAX_BYTES);
        } catch (UnreadableFileException e) {
            return ImportResult.refused(List.of(ImportProblem.ofFile(e.messageKey(), String.valueOf(fileName))));
        }
        Map<String, BodySummary> existing = registry.list().stream()
                .collect(Collectors.toMap(BodySummary::code, Function.identity()));
        BodyImportPlan plan = BodyImportPlan.of(table, existing);
        if (!plan.problems().isEmpty()) {
            return ImportResult.refused(plan.problems());
        }
        try {
            return apply(plan, existing);
        } catch (RuleViolation e) {
            // Defensive: the plan checks what the registry checks, but if the registry still refuses, the
            // whole import is rolled back and reported rather than half-applied.
            session.setRollbackOnly();
            return ImportResult.refused(List.of(ImportProblem.ofFile(e.messageKey(),
                    e.arguments().toArray(String[]::new))));
        }
    }

    private ImportResult apply(BodyImportPlan plan, Map<String, BodySummary> existing) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (BodyImportPlan.Line line : plan.lines()) {
            BodySummary known = existing.get(line.details().code());
            if (known == null) {
                registry.register(line.details());
                created++;
            } else if (differs(known, line)) {
                registry.revise(known.id(), known.version(), line.details());
                updated++;
            } else {
                unchanged++;
            }
        }
        Map<String, BodySummary> now = registry.list().stream()
                .collect(Collectors.toMap(BodySummary::code, Function.identity()));
        for (BodyImportPlan.Line line : plan.lines()) {
            if (line.status() == null) {
                continue;
            }
            BodySummary body = now.get(line.details().code());
            Long successorId = line.successorCode() == null ? null : now.get(line.successorCode()).id();
            boolean same = body.status() == line.status() && Objects.equals(body.statusDate(), line.statusDate())
                    && Objects.equals(body.successorId(), successorId);
            if (!same) {
                registry.changeStatus(body.id(), body.version(),
                        new BodyStatusChange(line.status(), line.statusDate(), successorId));
                if (existing.containsKey(body.code()) && !differs(existing.get(body.code()), line)) {
                    unchanged--;
                    updated++;
                }
            }
        }
        return new ImportResult(created, updated, unchanged, List.of());
    }

    private static boolean differs(BodySummary known, BodyImportPlan.Line line) {
        var d = line.details();
        return !(known.nameKk().equals(d.name().kk()) && known.nameRu().equals(d.name().ru())
                && known.nameEn().equals(d.name().en()) && known.type() == d.type()
                && known.evaluatorFunction() == d.evaluatorFunction()
                && Objects.equals(known.headName(), d.headName()) && Objects.equals(known.email(), d.email()));
    }

    /** The region's registry as an XLSX workbook in the import's columns: download, edit, upload back. */
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.REGION_ADMIN})
    public byte[] exportWorkbook() {
        return spreadsheet.write(BodyImportPlan.COLUMNS, registry.list());
    }
}
