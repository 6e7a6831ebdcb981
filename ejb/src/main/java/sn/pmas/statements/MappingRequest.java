package sn.pmas.statements;

import java.util.List;

/** A new version of the mapping the accountant records: in force from {@code validFromYear}, with why. */
public record MappingRequest(int validFromYear, String reason, List<MappingRule> rules) {
}
