package kz.bagalau.shared.infrastructure;

import java.util.List;

/**
 * One thing wrong with an uploaded file, located as the user sees it: sheet, row, column. The message key and
 * its arguments are translated into the user's language by the page.
 *
 * @param row    0 for a problem with the file as a whole
 * @param column the header name, or "" for a whole-row or whole-file problem
 */
public record ImportProblem(String sheet, int row, String column, String messageKey, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String messageKey, String... arguments) {
        return new ImportProblem("", 0, "", messageKey, List.of(arguments));
    }
}
