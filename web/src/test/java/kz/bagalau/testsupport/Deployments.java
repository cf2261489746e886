package kz.bagalau.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive under test is the WAR the build just produced (web/target/bagalau.war): the tests exercise
 * exactly what ops/portal deploys, plus the test support classes and AssertJ for in-container tests.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The portal for client-side tests (REST, browser): nothing added. */
    public static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "bagalau.war")
                .importFrom(new File(System.getProperty("bagalau.war", "target/bagalau.war")))
                .as(WebArchive.class);
    }

    /** The portal plus what in-container tests need. */
    public static WebArchive portalWithTestSupport() {
        return portal()
                .addPackage(Deployments.class.getPackage())
                .addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
