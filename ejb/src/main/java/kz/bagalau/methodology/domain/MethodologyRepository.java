package kz.bagalau.methodology.domain;

import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;

/** Methodologies of every direction and year, all versions. */
public interface MethodologyRepository {

    Optional<Methodology> findById(long id);

    /** The newest published version for the direction and year: the one evaluations use. */
    Optional<Methodology> findCurrent(Direction direction, int year);

    Optional<Methodology> findDraft(Direction direction, int year);

    /** Every version of every direction for a year, newest first within a direction. */
    List<Methodology> findByYear(int year);

    int nextVersion(Direction direction, int year);

    Methodology add(Methodology methodology);

    Optional<RatingScale> findRatingScale(int year);

    RatingScale add(RatingScale scale);

    default Methodology getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Methodology", id));
    }

    default RatingScale ratingScale(int year) {
        return findRatingScale(year).orElse(RatingScale.DEMO_DEFAULT.forYear(year));
    }
}
