package sn.pmas.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the real EAR the build produced ({@link LedgerDeployment}), driven
 * from outside as a client would (REST, browser). After each test, every register must still tie
 * with the ledger ({@link RegistersTied}).
 */
@ExtendWith({ArquillianExtension.class, LedgerDeployment.class, RegistersTied.class})
@RunAsClient
abstract class DeployedLedger {

    protected final URL base = LedgerDeployment.url();
}
