package kz.bagalau.tenancy.domain;

/** A region's name and its centre's, each in Kazakh, Russian and English, as the law and the public page show them. */
public record RegionNames(String nameKk, String nameRu, String nameEn, String centreKk, String centreRu,
                          String centreEn) {

    /** Whether all six names are given. */
    public boolean complete() {
        return filled(nameKk) && filled(nameRu) && filled(nameEn) && filled(centreKk) && filled(centreRu)
                && filled(centreEn);
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank() && s.strip().length() <= 200;
    }
}
