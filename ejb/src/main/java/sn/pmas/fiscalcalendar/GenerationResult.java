package sn.pmas.fiscalcalendar;

/** What generating a fiscal year's occurrences did: generating it again creates nothing. */
public record GenerationResult(int year, int created, int alreadyThere) {
}
