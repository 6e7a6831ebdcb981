package sn.pmas.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sn.pmas.bankstatement.StatementRejection;
import sn.pmas.incoming.IncomingChequeRejection;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.ProblemCode;
import sn.pmas.sig.SigRejection;
import sn.pmas.yearend.YearEndRejection;

/** docs/errors.md is the one catalogue of codes: every code a sub-ledger declares is in it. */
class ErrorCatalogueTest {

    @Test
    void everyDeclaredCodeIsInTheCatalogue() throws IOException {
        String catalogue = Files.readString(Path.of("..", "docs", "errors.md"));
        List<String> missing = Stream.<ProblemCode[]>of(Rejection.values(), SigRejection.values(), StatementRejection.values(),
                        IncomingChequeRejection.values(), YearEndRejection.values()).flatMap(Arrays::stream)
                .map(ProblemCode::code).filter(code -> !catalogue.contains("`" + code + "`")).toList();
        assertEquals(List.of(), missing, "codes missing from docs/errors.md");
    }
}
