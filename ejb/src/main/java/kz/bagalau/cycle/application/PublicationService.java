package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Optional;
import kz.bagalau.cycle.domain.Publications;

/**
 * The public side of ¶54: the snapshot written when the planning body publishes, and its reading by anyone,
 * without a login and without a region, since the public page belongs to no one.
 */
@Stateless
@PermitAll
public class PublicationService {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private Publications publications;

    public Optional<PublishedResults> find(String tenantCode, int year) {
        return publications.find(tenantCode, year).map(PublicationService::results);
    }

    /** A stored snapshot read back as the results it published. */
    static PublishedResults results(Publications.Published p) {
        return new PublishedResults(p.tenantCode(), p.year(), p.publishedAt(),
                List.of(JSON.fromJson(p.snapshot(), PublishedResults.Row[].class)));
    }

    /** Which regions published which years, newest first. */
    public List<Publications.Published> index() {
        return publications.index();
    }
}
