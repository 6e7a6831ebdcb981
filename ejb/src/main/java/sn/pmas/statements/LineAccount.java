package sn.pmas.statements;

/** An account behind a statement line (auxiliaries rolled up into their control account), for the year and the year before. */
public record LineAccount(String code, String name, long amount, long previous) {
}
