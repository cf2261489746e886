package kz.bagalau.methodology.domain;

import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;

/** Methodologies of every direction and year, all versions. */
public interface MethodologyRepository {

    Optional<Methodology> findById(long id);

    /** The newest published version for the direction and year: the one evaluations use. */
    Optional<Methodology> findCurrent(Direction direction, int year);

    Optional<Methodology> findDraft(Direction direction, int year);

    /** Every version of every direction for a year, newest first within a direction. */
    List<Methodology> ofYear(int year);

    int nextVersion(Direction direction, int year);

    Methodology add(Methodology methodology);

    Optional<RatingScale> findRatingScale(int year);

    RatingScale add(RatingScale scale);

    default Methodology getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Methodology", id));
    }

    /**
     * The rating bands totals of {@code year} are rated by. There is no default: bands are set by the ministry
     * (the demo seeds its own), and a year without them cannot be rated.
     *
     * @throws RuleViolation "rating.scale.missing" when the ministry has set no bands for the year
     */
    default RatingScale getRatingScale(int year) {
        return findRatingScale(year).orElseThrow(() -> new RuleViolation("rating.scale.missing", year));
    }

    /** Whether any version of any direction's methodology for {@code year} is published. */
    boolean anyPublished(int year);
}
