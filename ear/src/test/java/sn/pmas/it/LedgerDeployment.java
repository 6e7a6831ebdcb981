package sn.pmas.it;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real EAR the build produced, deployed untouched on the managed WildFly once for the whole run
 * of integration tests, after Arquillian started the server. Deployed per test class, as
 * Arquillian does, it took ~10 s each time (73 MB uploaded, hashed and scanned, the persistence
 * unit and BIRT started again): two thirds of the suite's time, on each database. The test classes
 * share the database already; the deployment holds no state of its own between requests (no
 * second-level cache). Referenced from the EAR's own file and not persisted, so it is gone with
 * the server and a later run deploys what its build produced.
 */
final class LedgerDeployment implements BeforeAllCallback {

    private static final String NAME = "pmas-ledger.ear";
    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        synchronized (LedgerDeployment.class) {
            if (!deployed) {
                deploy();
                deployed = true;
            }
        }
    }

    /** The web module's URL (…/pmas/) on the test server. */
    static URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("pmas.it.port.offset")) + "/pmas/").toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void deploy() throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("pmas.it.management.port"))) {
            ModelNode add = Operations.createAddOperation(Operations.createAddress("deployment", NAME));
            ModelNode content = add.get("content").add();
            content.get("path").set(System.getProperty("pmas.ear"));
            content.get("archive").set(true);
            add.get("enabled").set(true);
            add.get("persistent").set(false);
            ModelNode outcome = client.execute(add);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new IllegalStateException(NAME + " not deployed: " + Operations.getFailureDescription(outcome));
            }
        }
    }
}
