package kz.bagalau.deadlines.application;

import java.util.List;
import java.util.Map;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;

/**
 * Who still has to act on a step, and what is missing: a body with directions not submitted, an evaluator with
 * conclusions not sent, the akim with the report. {@code bodyId} is null for a region-wide party.
 *
 * @param party   the body's or the role's name per language (kk, ru, en), as mails show it
 * @param missing how many of {@code total} items are not done ("3 of 7 directions not submitted")
 */
public record Debt(Role role, Long bodyId, Map<String, String> party, int missing, int total,
                   List<RegionUsers.UserRef> recipients) {

    /** The party's name in {@code locale}'s language (Kazakh when the language is not one of the three). */
    public String partyIn(String locale) {
        return party.getOrDefault(locale, party.get("kk"));
    }

    public Debt {
        party = Map.copyOf(party);
        recipients = List.copyOf(recipients);
    }
}
