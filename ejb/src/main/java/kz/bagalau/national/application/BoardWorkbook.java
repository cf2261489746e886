package kz.bagalau.national.application;

import java.util.Locale;

/** Writes the progress board as an XLSX workbook in the reader's language (a port; POI behind it). */
public interface BoardWorkbook {

    byte[] write(ProgressBoard board, Locale locale);
}
