package kz.bagalau.shared.time;

import java.time.ZoneId;

/**
 * The capital's time zone: the one the national deadlines fall in (the ministry's 15 August, ¶53) and the one a
 * moment is shown in where no region is open (the ministry's pages, the national documents and mail).
 */
public final class NationalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private NationalTime() {
    }
}
