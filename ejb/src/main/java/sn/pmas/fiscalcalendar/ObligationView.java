package sn.pmas.fiscalcalendar;

import java.util.List;

/** An obligation of the catalogue with its versions, the latest first. */
public record ObligationView(String code, String name, List<VersionView> versions) {
}
