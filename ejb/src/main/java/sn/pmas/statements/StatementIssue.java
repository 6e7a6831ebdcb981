package sn.pmas.statements;

import java.time.Instant;

/** A published issue of a year's fiscal package: numbered per year from 1, its documents kept with their SHA-256. */
public record StatementIssue(int year, int number, int mappingVersion, String publishedBy, Instant publishedAt, String xlsxSha256,
                             String pdfSha256) {
}
