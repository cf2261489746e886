package kz.bagalau.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.ApiError;
import kz.bagalau.shared.web.ConcurrentEdits;
import kz.bagalau.tenancy.web.ErrorStatus;

/**
 * Turns failures into JSON answers. Anything outside the caller's region (not found, no tenant, wrong tenant)
 * is the same 404, so the API never confirms that another region's record exists. A rule the action breaks
 * is 422 with the reason in the caller's language (Accept-Language: kk, ru or en); an edit that someone else's
 * got ahead of is 409.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return ApiError.response(status, "http." + status, null);
        }
        Optional<Integer> status = ErrorStatus.of(e);
        if (status.isPresent()) {
            return ApiError.response(status.get(), status.get() == 404 ? "not-found" : "forbidden", null);
        }
        if (ConcurrentEdits.causedBy(e)) {
            return ApiError.response(409, "conflict", Texts.get(locale(), ConcurrentEdits.MESSAGE_KEY));
        }
        if (e instanceof RuleViolation rv) {
            return ApiError.response(ApiError.UNPROCESSABLE, rv.messageKey(),
                    Texts.get(locale(), rv.messageKey(), rv.arguments().toArray()));
        }
        LOG.log(Level.SEVERE, "Unhandled API error", thrown);
        return ApiError.response(500, "internal", null);
    }

    private Locale locale() {
        return headers == null ? Texts.DEFAULT
                : headers.getAcceptableLanguages().stream().findFirst().orElse(Texts.DEFAULT);
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && !(current instanceof EJBAccessException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
