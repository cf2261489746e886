package kz.bagalau.tenancy.context;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the work running on this thread. A servlet filter opens it from the authenticated user for
 * the length of one request; Quartz jobs and asynchronous tasks open it from the tenant code they were handed.
 * Every opening is closed in {@code finally} (try-with-resources on {@link Scope}), so a pooled thread never
 * carries one tenant's identity into another's work.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantAccess> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantAccess> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** @throws NoTenantException when no tenant is set: no tenant means no tenant data */
    /** Whether this request may change the current region's data: a region is set and not read-only. */
    public static boolean writable() {
        return current().map(access -> !access.readOnly()).orElse(false);
    }

    public static TenantAccess require() {
        TenantAccess access = CURRENT.get();
        if (access == null) {
            throw new NoTenantException();
        }
        return access;
    }

    /** Makes {@code access} current until the returned scope is closed, then restores what was there. */
    public static Scope open(TenantAccess access) {
        TenantAccess previous = CURRENT.get();
        CURRENT.set(access);
        return new Scope(previous);
    }

    /** Runs {@code work} for {@code access} and restores the previous tenant afterwards, also on failure. */
    public static <T> T callAs(TenantAccess access, Supplier<T> work) {
        try (Scope ignored = open(access)) {
            return work.get();
        }
    }

    public static void runAs(TenantAccess access, Runnable work) {
        try (Scope ignored = open(access)) {
            work.run();
        }
    }

    /** Closing restores the tenant that was current before {@link #open(TenantAccess)}. */
    public static final class Scope implements AutoCloseable {
        private final TenantAccess previous;

        private Scope(TenantAccess previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
