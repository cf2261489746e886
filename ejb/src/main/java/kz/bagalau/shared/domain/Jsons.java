package kz.bagalau.shared.domain;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the portal. {@code Json.createReader(...)} and its siblings look the provider up
 * through the service loader on every call, which reads the class path's jar index each time: profiling the
 * pages under load found it behind a tenth of a page's time, because every indicator's scoring rule and every
 * chart is a small JSON text. The provider is thread-safe and looked up once.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }
}
