package kz.bagalau.administration.application;

import java.util.List;
import kz.bagalau.shared.infrastructure.ImportProblem;

/**
 * What a user import came to: either every row's account with its temporary password, or the problems, row by
 * row, and nothing written.
 */
public record UserImportResult(List<IssuedPassword> created, List<ImportProblem> problems) {

    public UserImportResult {
        created = List.copyOf(created);
        problems = List.copyOf(problems);
    }

    public static UserImportResult refused(List<ImportProblem> problems) {
        return new UserImportResult(List.of(), problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
