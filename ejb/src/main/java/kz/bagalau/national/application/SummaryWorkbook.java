package kz.bagalau.national.application;

import java.util.Locale;

/** Writes the national summary as an XLSX workbook in the reader's language (a port; POI behind it). */
public interface SummaryWorkbook {

    byte[] write(NationalSummary summary, Locale locale);
}
