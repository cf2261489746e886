package kz.bagalau.administration.application;

import java.util.Set;
import kz.bagalau.identity.domain.Role;

/**
 * A user as the region's administrator enters it.
 *
 * @param username the whole login name ({@code <region>.<name>}) or only the part after the region's prefix
 * @param bodyId   the body an evaluated body's user reports for, else null
 * @param locale   kk, ru or en; blank for the region's default language
 */
public record NewRegionUser(String username, String displayName, Set<Role> roles, Long bodyId, String email,
                            String locale) {

    public NewRegionUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
