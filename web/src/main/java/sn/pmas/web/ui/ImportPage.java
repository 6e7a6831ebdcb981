package sn.pmas.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.YearMonth;
import sn.pmas.sig.EventFile;

/**
 * Backs ui/import.xhtml. The import itself is sent by the page's script straight to the REST
 * API ({@code POST /api/sig/imports}), so that the browser can show the upload's progress.
 */
@Named
@RequestScoped
public class ImportPage {

    public int getMaxBytes() {
        return EventFile.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return EventFile.MAX_BYTES / (1024 * 1024);
    }

    public String getMaxEvents() {
        return XofConverter.format(EventFile.MAX_EVENTS);
    }

    /** The sample offered by default: the current month. */
    public String getSampleMonth() {
        return YearMonth.now().toString();
    }
}
