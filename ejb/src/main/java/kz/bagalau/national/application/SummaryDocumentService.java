package kz.bagalau.national.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.national.domain.SummaryArchive;
import kz.bagalau.national.domain.SummaryVersion;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * The ministry's 15 August summary (¶53) as documents: generated from the national figures with the ministry's own
 * sections, in the language it picks, PDF and DOCX; every version kept; "sent to the Presidential Administration
 * and the Prime Minister's Office" recorded once per version with who and when. The figures are read in a national,
 * read-only transaction and the version stored in a transaction of its own, so a read never writes.
 */
@Stateless
@RolesAllowed(Role.Names.MINISTRY)
public class SummaryDocumentService {

    /** The longest section the ministry may write (characters). */
    static final int MAX_TEXT = 20_000;

    @EJB
    private NationalSummaryService summaries;

    @Inject
    private SummaryDocuments documents;

    @Inject
    private SummaryArchive archive;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * Generates the next version of {@code year}'s summary.
     * @throws RuleViolation "summary.language.unknown" for a language the portal does not have, "summary.text.long" for a
     *                       section over {@link #MAX_TEXT} characters
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SummaryVersion generate(int year, String language, SummaryDocuments.Sections texts) {
        if (!Texts.LANGUAGES.contains(language)) {
            throw new RuleViolation("summary.language.unknown", language);
        }
        SummaryDocuments.Sections clean = new SummaryDocuments.Sections(clean(texts.intro()),
                clean(texts.recommendations()), clean(texts.planningResults()));
        NationalSummary summary = summaries.summary(year);
        Locale locale = Locale.forLanguageTag(language);
        byte[] pdf = documents.pdf(summary, clean, locale);
        byte[] docx = documents.docx(summary, clean, locale);
        return session.getBusinessObject(SummaryDocumentService.class).store(year, language, clean, pdf, docx);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SummaryVersion store(int year, String language, SummaryDocuments.Sections texts, byte[] pdf, byte[] docx) {
        return archive.add(year, language, texts.intro(), texts.recommendations(), texts.planningResults(),
                session.getCallerPrincipal().getName(), clock.instant(), pdf, docx);
    }

    public List<SummaryVersion> versions(int year) {
        return archive.ofYear(year);
    }

    public byte[] file(long id, SummaryArchive.Format format) {
        return archive.file(id, format).orElseThrow(() -> new NotFoundException("Summary", id));
    }

    /**
     * ¶53: records that this version went to the Presidential Administration and the Prime Minister's Office.
     * @throws RuleViolation "summary.sent.already" when the version was recorded as sent before
     */
    public SummaryVersion recordSent(long id) {
        archive.find(id).orElseThrow(() -> new NotFoundException("Summary", id));
        if (!archive.markSent(id, session.getCallerPrincipal().getName(), clock.instant())) {
            throw new RuleViolation("summary.sent.already");
        }
        return archive.find(id).orElseThrow();
    }

    private static String clean(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_TEXT) {
            throw new RuleViolation("summary.text.long", MAX_TEXT);
        }
        return t;
    }
}
