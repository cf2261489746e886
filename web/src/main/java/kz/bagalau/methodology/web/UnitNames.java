package kz.bagalau.methodology.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import kz.bagalau.methodology.application.UnitGlossary;
import kz.bagalau.shared.web.FacesMessages;

/** A unit in the reader's language, {@code #{units.show(r.unit)}} in pages; see {@link UnitGlossary}. */
@Named("units")
@ApplicationScoped
public class UnitNames {

    public String show(String unit) {
        return UnitGlossary.nameOf(FacesMessages.locale(), unit);
    }

    /** The glossary's units in the reader's language, offered when an indicator's unit is typed. */
    public List<String> suggest(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(FacesMessages.locale());
        return UnitGlossary.CODES.stream().map(this::show)
                .filter(name -> name.toLowerCase(FacesMessages.locale()).contains(wanted)).toList();
    }
}
