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

/**
 * The ministry's conclusion layouts: the newest saved version per language, or the layout shipped with the
 * portal ({@code conclusion/template_<lang>.html}) until the ministry saves one.
 */
@ApplicationScoped
public class JpaConclusionTemplates implements ConclusionTemplates {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    public Optional<ConclusionTemplate> findNewest(String language) {
        return em.createQuery("select t from ConclusionTemplate t where t.language = :l order by t.version desc",
                        ConclusionTemplate.class)
                .setParameter("l", language).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public String current(String language) {
        return findNewest(language).map(ConclusionTemplate::html).orElseGet(() -> shipped(language));
    }

    @Override
    public ConclusionTemplate add(ConclusionTemplate template) {
        em.persist(template);
        return template;
    }

    public static String shipped(String language) {
        try (InputStream in = JpaConclusionTemplates.class.getResourceAsStream("/conclusion/template_" + language
                + ".html")) {
            if (in == null) {
                throw new IllegalStateException("No shipped conclusion layout for " + language);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
