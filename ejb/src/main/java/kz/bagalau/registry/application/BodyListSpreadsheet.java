package kz.bagalau.registry.application;

import java.util.List;

/**
 * Writes the region's registry as a spreadsheet in exactly the columns the import reads, so an administrator
 * can download the list, correct it and upload it back.
 */
public interface BodyListSpreadsheet {

    byte[] write(List<String> columns, List<BodySummary> bodies);
}
