package kz.bagalau.methodology.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.MethodologyRepository;

/**
 * Reading methodologies: the version each direction uses for a year, and every version for the ministry's
 * history. Methodologies are public within the portal: bodies must know how they will be scored (¶17.3).
 */
@Stateless
public class MethodologyCatalog {

    @Inject
    private MethodologyRepository methodologies;

    /** The published version in force for each direction that has one for {@code year}. */
    public List<MethodologyView> current(int year) {
        return Arrays.stream(Direction.values())
                .map(d -> methodologies.findCurrent(d, year))
                .flatMap(Optional::stream)
                .map(MethodologyView::of)
                .toList();
    }

    /** Every version of every direction for {@code year}, drafts included. */
    public List<MethodologyView> versions(int year) {
        return methodologies.ofYear(year).stream().map(MethodologyView::of).toList();
    }

    /** @throws kz.bagalau.shared.domain.NotFoundException for an unknown id */
    public MethodologyView get(long id) {
        return MethodologyView.of(methodologies.getById(id));
    }

    /** The rating bands of {@code year}, when the ministry has set them. */
    public Optional<RatingBands> findRatingBands(int year) {
        return methodologies.findRatingScale(year).map(RatingBands::of);
    }
}
