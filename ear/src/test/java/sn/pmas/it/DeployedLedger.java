package sn.pmas.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the real EAR the build produced, deployed untouched on the managed
 * WildFly, driven from outside as a client would (REST, browser). After each test, every register
 * must still tie with the ledger ({@link RegistersTied}).
 */
@ExtendWith({ArquillianExtension.class, RegistersTied.class})
@RunAsClient
abstract class DeployedLedger {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    static EnterpriseArchive ledgerEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("pmas.ear")));
    }
}
