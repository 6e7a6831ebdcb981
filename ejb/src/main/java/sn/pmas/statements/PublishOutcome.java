package sn.pmas.statements;

/** The issue a publication made, or ({@code replayed}) the latest one when the figures had not changed. */
public record PublishOutcome(boolean replayed, StatementIssue issue) {
}
