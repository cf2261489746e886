package kz.bagalau.evaluation.application;

import java.util.Locale;

/** Writes a body's reporting form as a spreadsheet to fill in offline and upload back (¶41). */
public interface ReportingSpreadsheet {

    byte[] write(ReportingForm form, Locale locale);
}
