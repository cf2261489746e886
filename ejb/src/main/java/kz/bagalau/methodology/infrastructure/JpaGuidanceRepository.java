package kz.bagalau.methodology.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.bagalau.methodology.domain.GuidanceContent;
import kz.bagalau.methodology.domain.GuidanceDocument;
import kz.bagalau.methodology.domain.GuidanceRepository;

/** Guidance documents in table {@code guidance_document}: national, so through the plain EntityManager. */
@ApplicationScoped
public class JpaGuidanceRepository implements GuidanceRepository {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    public List<GuidanceDocument> all() {
        return em.createQuery("select g from GuidanceDocument g order by g.publishedAt desc, g.id desc",
                GuidanceDocument.class).getResultList();
    }

    @Override
    public Optional<GuidanceDocument> findById(long id) {
        return Optional.ofNullable(em.find(GuidanceDocument.class, id));
    }

    @Override
    public GuidanceDocument add(GuidanceDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new GuidanceContent(document.id(), content));
        return document;
    }

    @Override
    public Optional<byte[]> contentOf(long id) {
        return Optional.ofNullable(em.find(GuidanceContent.class, id)).map(GuidanceContent::content);
    }
}
