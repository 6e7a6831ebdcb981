package sn.pmas.incentive;

/** One paragraph of a provider's explanation letter; the letter of a provider is its paragraphs in order. */
public record IncentiveLetterLine(String provider, String paragraph) {
}
