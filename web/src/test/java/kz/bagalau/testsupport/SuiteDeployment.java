package kz.bagalau.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the run: the portal WAR the build produced, with every test class and the test
 * support, deployed once into one Payara Micro for all Arquillian test classes (arquillian.xml names this
 * class to the suite extension). In-container classes run inside it; classes marked {@code @RunAsClient}
 * talk to it over HTTP and through the browser. A test class's own {@code @Deployment} is then not used.
 */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portalWithTests();
    }
}
