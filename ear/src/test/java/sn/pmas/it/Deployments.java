package sn.pmas.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The integration tests deploy the real EAR the build produced, untouched. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive ledgerEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("pmas.ear")));
    }
}
