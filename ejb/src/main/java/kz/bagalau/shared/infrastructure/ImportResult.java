package kz.bagalau.shared.infrastructure;

import java.util.List;

/** What an import did: either every row was written, or none was and the problems say why. */
public record ImportResult(int created, int updated, int unchanged, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public static ImportResult refused(List<ImportProblem> problems) {
        return new ImportResult(0, 0, 0, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
