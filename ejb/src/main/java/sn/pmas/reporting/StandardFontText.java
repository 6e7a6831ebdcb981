package sn.pmas.reporting;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.stream.Stream;

/**
 * Rows of an application-fed report that can say whether all their text is in the encoding of the
 * standard PDF fonts (Cp1252: French, with its accents, œ and €). When every row says so,
 * {@link BirtRendering} turns BIRT's font substitution off: it otherwise looks up, for every
 * character of every text, which font can draw it, which costs a third of a long statement's
 * render. A design whose rows implement this must itself write nothing outside Cp1252 either:
 * amounts in particular, which BIRT's French number format groups with U+202F (a narrow no-break
 * space the standard fonts lack), must come as text grouped with U+00A0.
 */
public interface StandardFontText {

    boolean inStandardFonts();

    /** True when every non-null text is encodable in Cp1252. */
    static boolean encodable(Stream<String> texts) {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        return texts.allMatch(text -> text == null || cp1252.canEncode(text));
    }
}
