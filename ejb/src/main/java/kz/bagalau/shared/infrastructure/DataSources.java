package kz.bagalau.shared.infrastructure;

/**
 * The JNDI names of the portal's two data sources, defined at start-up by the platform: the application
 * role, under which row-level security applies to everything, and the owner role for migrations only.
 * Named here so that a context needing a connection does not depend on the platform that defines it.
 */
public final class DataSources {

    /** The application role: owns nothing, no BYPASSRLS. */
    public static final String APP = "java:app/jdbc/bagalau";

    /** The owner role: runs the migrations and the start-up data, never a user's request. */
    public static final String OWNER = "java:app/jdbc/bagalau-owner";

    private DataSources() {
    }
}
