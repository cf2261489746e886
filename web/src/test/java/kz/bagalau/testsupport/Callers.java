package kz.bagalau.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Acts as a real portal user inside an in-container test: logs in through the portal's own authentication
 * mechanism (the identity store, PBKDF2 and lock-out included) on the test's HTTP request, so EJB role
 * checks see that user, and sets the user's region as the tenant filter would.
 */
@RequestScoped
public class Callers {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    /** Logs in {@code username} with the demo password for the rest of this test's request. */
    public void logIn(String username, String password) {
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> defaultValue(method.getReturnType()));
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Login of " + username + " failed: " + status);
        }
    }

    /** Logs in as a demo user of {@code tenant} and runs {@code work} in that region. */
    public <T> T as(String username, Supplier<T> work) {
        return as(username, "demo", work);
    }

    /** Logs in as {@code username} with {@code password} and runs {@code work} in the user's region. */
    public <T> T as(String username, String password, Supplier<T> work) {
        logIn(username, password);
        String tenant = username.contains(".") ? username.substring(0, username.indexOf('.')) : null;
        if (tenant == null) {
            return work.get();
        }
        return TenantContext.callAs(TenantAccess.readWrite(tenant), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
