package kz.bagalau.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive under test is the WAR the build just produced (web/target/bagalau.war): the tests exercise
 * exactly what ops/portal deploys, plus the compiled test classes and AssertJ for in-container tests.
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

    /** The portal plus what in-container tests need: the test support classes and AssertJ. */
    public static WebArchive portalWithTestSupport() {
        return portal()
                .addPackage(Deployments.class.getPackage())
                .addAsLibrary(jarOf(Assertions.class));
    }

    /**
     * The portal plus every compiled test class (the suite's one deployment runs all in-container classes),
     * the test support, AssertJ and GreenMail (the SMTP server the deadline tests read; the server's own Jakarta
     * Mail serves it). Resources of the test build stay outside: they configure the client.
     */
    public static WebArchive portalWithTests() {
        GenericArchive tests = ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class)
                .importDirectory(new File(System.getProperty("bagalau.test-classes", "target/test-classes")))
                .as(GenericArchive.class);
        WebArchive war = portal().addAsLibrary(jarOf(Assertions.class)).addAsLibrary(jarOf(GreenMail.class));
        war.merge(tests, "/WEB-INF/classes", path -> path.get().endsWith(".class"));
        return war;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
