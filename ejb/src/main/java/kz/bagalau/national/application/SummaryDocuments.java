package kz.bagalau.national.application;

import java.util.Locale;

/** Writes the 15 August summary (¶53) as PDF and as DOCX in one language (a port; the engines behind it). */
public interface SummaryDocuments {

    /** The ministry's own sections, written before generating. */
    record Sections(String intro, String recommendations, String planningResults) {
    }

    byte[] pdf(NationalSummary summary, Sections texts, Locale locale);

    byte[] docx(NationalSummary summary, Sections texts, Locale locale);
}
