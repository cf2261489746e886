package kz.bagalau.methodology.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.GuidanceDocument;
import kz.bagalau.methodology.domain.GuidanceRepository;
import kz.bagalau.shared.domain.NotFoundException;

/**
 * ¶11: the central ministry, the methodological lead, publishes guidance documents in Kazakh, Russian or
 * English; every region's users read and download those in force beside the methodologies. Publishing and
 * withdrawing are the ministry's alone and audited.
 */
@Stateless
public class GuidanceService {

    /** A downloaded guidance file. */
    public record GuidanceFile(String fileName, String contentType, byte[] content) {
    }

    @Inject
    private GuidanceRepository documents;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @RolesAllowed(Role.Names.MINISTRY)
    public GuidanceView publish(String language, String title, String fileName, byte[] content) {
        GuidanceDocument d = documents.add(GuidanceDocument.publish(language, title, fileName, content,
                caller.username(), clock.instant()), content);
        GuidanceView view = GuidanceView.of(d);
        audit.record("GUIDANCE_PUBLISHED", "guidance_document", d.id(), null, view);
        return view;
    }

    @RolesAllowed(Role.Names.MINISTRY)
    public GuidanceView withdraw(long id) {
        GuidanceDocument d = documents.findById(id).orElseThrow(() -> new NotFoundException("Guidance", id));
        GuidanceView before = GuidanceView.of(d);
        d.withdraw(caller.username(), clock.instant());
        GuidanceView after = GuidanceView.of(d);
        audit.record("GUIDANCE_WITHDRAWN", "guidance_document", d.id(), before, after);
        return after;
    }

    /** The documents in force, newest first; the ministry also sees those it withdrew. */
    @PermitAll
    public List<GuidanceView> list() {
        boolean ministry = caller.has(Role.MINISTRY);
        return documents.all().stream().filter(d -> ministry || d.isInForce()).map(GuidanceView::of).toList();
    }

    /** @throws NotFoundException for a withdrawn document, unless the ministry asks */
    @PermitAll
    public GuidanceFile download(long id) {
        GuidanceView d = list().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Guidance", id));
        byte[] content = documents.contentOf(id).orElseThrow(() -> new NotFoundException("Guidance content", id));
        return new GuidanceFile(d.fileName(), d.contentType(), content);
    }
}
