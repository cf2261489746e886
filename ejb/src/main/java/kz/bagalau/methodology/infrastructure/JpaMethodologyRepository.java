package kz.bagalau.methodology.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.MethodologyStatus;
import kz.bagalau.methodology.domain.RatingScale;

/** Methodologies are national: plain EntityManager, no tenant binding. */
@ApplicationScoped
public class JpaMethodologyRepository implements MethodologyRepository {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    public Optional<Methodology> findById(long id) {
        return Optional.ofNullable(em.find(Methodology.class, id));
    }

    @Override
    public Optional<Methodology> findCurrent(Direction direction, int year) {
        return em.createQuery("select m from Methodology m where m.direction = :d and m.year = :y "
                        + "and m.status = :s order by m.version desc", Methodology.class)
                .setParameter("d", direction.number())
                .setParameter("y", year)
                .setParameter("s", MethodologyStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Methodology> findDraft(Direction direction, int year) {
        return em.createQuery("select m from Methodology m where m.direction = :d and m.year = :y "
                        + "and m.status = :s", Methodology.class)
                .setParameter("d", direction.number())
                .setParameter("y", year)
                .setParameter("s", MethodologyStatus.DRAFT)
                .getResultStream().findFirst();
    }

    @Override
    public List<Methodology> ofYear(int year) {
        return em.createQuery("select m from Methodology m where m.year = :y order by m.direction, m.version desc",
                        Methodology.class)
                .setParameter("y", year)
                .getResultList();
    }

    @Override
    public int nextVersion(Direction direction, int year) {
        Integer max = em.createQuery("select max(m.version) from Methodology m where m.direction = :d and m.year = :y",
                        Integer.class)
                .setParameter("d", direction.number())
                .setParameter("y", year)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public Methodology add(Methodology methodology) {
        em.persist(methodology);
        em.flush();
        return methodology;
    }

    @Override
    public Optional<RatingScale> findRatingScale(int year) {
        return Optional.ofNullable(em.find(RatingScale.class, year));
    }

    @Override
    public boolean anyPublished(int year) {
        return !em.createQuery("select m.id from Methodology m where m.year = :y and m.status = :s", Long.class)
                .setParameter("y", year)
                .setParameter("s", MethodologyStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public RatingScale add(RatingScale scale) {
        em.persist(scale);
        return scale;
    }
}
