package kz.bagalau.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.bagalau.evaluation.domain.ConclusionTemplate;
import kz.bagalau.evaluation.domain.ConclusionTemplates;
import kz.bagalau.evaluation.domain.LayoutKind;

/**
 * The ministry's document layouts: the newest saved version per kind and language, or the layout shipped with the
 * portal ({@code conclusion/<kind>_<lang>.html}) until the ministry saves one.
 */
@ApplicationScoped
public class JpaConclusionTemplates implements ConclusionTemplates {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    public Optional<ConclusionTemplate> findNewest(LayoutKind kind, String language) {
        return em.createQuery("select t from ConclusionTemplate t where t.kind = :k and t.language = :l "
                        + "order by t.version desc", ConclusionTemplate.class)
                .setParameter("k", kind).setParameter("l", language).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public String current(LayoutKind kind, String language) {
        return findNewest(kind, language).map(ConclusionTemplate::html).orElseGet(() -> shipped(kind, language));
    }

    @Override
    public ConclusionTemplate add(ConclusionTemplate template) {
        em.persist(template);
        return template;
    }

    /** The shipped layout of a direction's conclusion. */
    public static String shipped(String language) {
        return shipped(LayoutKind.DIRECTION_CONCLUSION, language);
    }

    public static String shipped(LayoutKind kind, String language) {
        try (InputStream in = JpaConclusionTemplates.class.getResourceAsStream("/conclusion/" + kind.resource() + "_"
                + language + ".html")) {
            if (in == null) {
                throw new IllegalStateException("No shipped " + kind + " layout for " + language);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
