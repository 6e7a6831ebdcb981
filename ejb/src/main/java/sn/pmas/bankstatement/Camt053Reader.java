package sn.pmas.bankstatement;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An ISO 20022 bank-to-customer statement (camt.053.001.02 to .13) read with StAX: only the
 * elements a reconciliation needs, by their path, whatever the version (they did not move between
 * versions). Entries are numbered from 1 in file order for the faults. External entities are off.
 */
final class Camt053Reader {

    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.(\\d{2})");
    private static final int FIRST_VERSION = 2;
    private static final int LAST_VERSION = 13;

    private final List<LineFault> faults = new ArrayList<>();
    private final List<ParsedLine> lines = new ArrayList<>();
    private final Map<String, String> statement = new HashMap<>();
    private final Map<String, String> balance = new HashMap<>();
    private final Map<String, Long> balances = new HashMap<>();
    private Map<String, String> entry;
    private int entries;
    private int statements;

    /** The statement, or the faults found (by entry) in {@link StatementException#faults()}. */
    static ParsedStatement read(byte[] content, int maxLines) throws StatementException {
        return new Camt053Reader().parse(content, maxLines);
    }

    private ParsedStatement parse(byte[] content, int maxLines) throws StatementException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<String> path = new ArrayDeque<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.isEmpty()) {
                            checkNamespace(xml.getNamespaceURI(), xml.getLocalName());
                        }
                        path.addLast(xml.getLocalName());
                        text.setLength(0);
                        started(String.join("/", path), xml);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        ended(String.join("/", path), text.toString().strip(), maxLines);
                        path.removeLast();
                        text.setLength(0);
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new StatementException(StatementRejection.STATEMENT_UNREADABLE, "body", "XML mal formé"
                    + (e.getLocation() == null ? "" : " à la ligne " + e.getLocation().getLineNumber()) + " : " + e.getMessage());
        }
        if (statements != 1) {
            faults.add(LineFault.of(0, "Stmt", statements == 0 ? StatementRejection.STATEMENT_EMPTY : StatementRejection.STATEMENT_UNREADABLE,
                    statements == 0 ? "Aucun relevé (Stmt) dans le fichier." : "Un seul relevé (Stmt) par fichier (" + statements + " lus)."));
        }
        if (entries == 0 && statements == 1) {
            faults.add(LineFault.of(0, "Ntry", StatementRejection.STATEMENT_EMPTY, "Le relevé ne compte aucune opération (Ntry)."));
        }
        if (!faults.isEmpty()) {
            throw StatementException.rejected(faults);
        }
        String account = statement.getOrDefault("IBAN", statement.get("Othr"));
        return new ParsedStatement(statement.get("Id"), sequence(), account, date(statement.get("FrDtTm"), 0, "FrDtTm"),
                date(statement.get("ToDtTm"), 0, "ToDtTm"), balances.get("OPBD"), balances.get("CLBD"), lines);
    }

    private void checkNamespace(String namespace, String root) throws StatementException {
        Matcher version = NAMESPACE.matcher(namespace == null ? "" : namespace);
        if (!"Document".equals(root) || !version.matches() || Integer.parseInt(version.group(1)) < FIRST_VERSION
                || Integer.parseInt(version.group(1)) > LAST_VERSION) {
            throw new StatementException(StatementRejection.STATEMENT_UNREADABLE, "body", "Document camt.053.001.02 à .13 attendu (reçu : "
                    + root + " de l'espace de noms " + namespace + ").");
        }
    }

    private void started(String path, XMLStreamReader xml) {
        if (path.endsWith("BkToCstmrStmt/Stmt")) {
            statements++;
        } else if (path.endsWith("Stmt/Ntry")) {
            entries++;
            entry = new HashMap<>();
        } else if (path.endsWith("Stmt/Bal")) {
            balance.clear();
        } else if (entry != null && path.endsWith("Ntry/Amt")) {
            entry.put("Ccy", xml.getAttributeValue(null, "Ccy"));
        } else if (path.endsWith("Stmt/Bal/Amt")) {
            balance.put("Ccy", xml.getAttributeValue(null, "Ccy"));
        }
    }

    private void ended(String path, String text, int maxLines) {
        String stmt = "BkToCstmrStmt/Stmt/";
        int at = path.indexOf(stmt);
        if (at < 0) {
            return;
        }
        String inside = path.substring(at + stmt.length());
        if (entry != null) {
            if (inside.equals("Ntry")) {
                if (lines.size() < maxLines) {
                    entryEnded();
                } else if (lines.size() == maxLines) {
                    faults.add(LineFault.of(entries, "Ntry", StatementRejection.STATEMENT_TOO_MANY_LINES,
                            "Un relevé compte au plus " + maxLines + " opérations."));
                }
                entry = null;
                return;
            }
            String key = switch (inside) {
                case "Ntry/Amt" -> "Amt";
                case "Ntry/CdtDbtInd" -> "CdtDbtInd";
                case "Ntry/BookgDt/Dt", "Ntry/BookgDt/DtTm" -> "BookgDt";
                case "Ntry/ValDt/Dt", "Ntry/ValDt/DtTm" -> "ValDt";
                case "Ntry/NtryRef" -> "NtryRef";
                case "Ntry/AcctSvcrRef" -> "AcctSvcrRef";
                case "Ntry/AddtlNtryInf" -> "AddtlNtryInf";
                default -> inside.startsWith("Ntry/NtryDtls/TxDtls/") ? detail(inside.substring("Ntry/NtryDtls/TxDtls/".length())) : null;
            };
            if (key != null && !entry.containsKey(key)) {
                entry.put(key, text);
            }
            return;
        }
        switch (inside) {
            case "Id" -> statement.put("Id", text);
            case "ElctrncSeqNb" -> statement.put("ElctrncSeqNb", text);
            case "FrToDt/FrDtTm" -> statement.put("FrDtTm", text);
            case "FrToDt/ToDtTm" -> statement.put("ToDtTm", text);
            case "Acct/Id/IBAN" -> statement.put("IBAN", text);
            case "Acct/Id/Othr/Id" -> statement.put("Othr", text);
            case "Bal/Tp/CdOrPrtry/Cd" -> balance.put("Cd", text);
            case "Bal/Amt" -> balance.put("Amt", text);
            case "Bal/CdtDbtInd" -> balance.put("CdtDbtInd", text);
            case "Bal" -> balanceEnded();
            default -> {
            }
        }
    }

    private static String detail(String path) {
        return switch (path) {
            case "Refs/TxId" -> "TxId";
            case "Refs/ChqNb" -> "ChqNb";
            case "Refs/EndToEndId" -> "EndToEndId";
            case "RmtInf/Ustrd" -> "Ustrd";
            case "AddtlTxInf" -> "AddtlTxInf";
            default -> null;
        };
    }

    private void balanceEnded() {
        String code = balance.get("Cd");
        if (!"OPBD".equals(code) && !"CLBD".equals(code)) {
            return;
        }
        try {
            long amount = Amounts.parse(balance.get("Amt"), false);
            balances.put(code, "DBIT".equals(balance.get("CdtDbtInd")) ? -amount : amount);
            currency(balance.get("Ccy"), 0, "Bal/Amt");
        } catch (IllegalArgumentException e) {
            faults.add(LineFault.of(0, "Bal/Amt", StatementRejection.STATEMENT_BAD_VALUE, "Solde " + code + " : " + e.getMessage()));
        }
    }

    private void entryEnded() {
        int number = entries;
        int before = faults.size();
        long amount = 0;
        try {
            amount = Amounts.parse(entry.get("Amt"), false);
            if (amount <= 0) {
                throw new IllegalArgumentException("montant nul ou négatif : " + entry.get("Amt"));
            }
        } catch (IllegalArgumentException e) {
            faults.add(LineFault.of(number, "Amt", StatementRejection.STATEMENT_BAD_VALUE, "Opération " + number + " : " + e.getMessage()));
        }
        currency(entry.get("Ccy"), number, "Amt");
        String indicator = entry.get("CdtDbtInd");
        if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
            faults.add(LineFault.of(number, "CdtDbtInd", StatementRejection.STATEMENT_BAD_VALUE,
                    "Opération " + number + " : sens CRDT ou DBIT attendu (reçu : " + indicator + ")."));
        }
        LocalDate booked = date(entry.get("BookgDt"), number, "BookgDt");
        LocalDate value = entry.get("ValDt") == null ? null : date(entry.get("ValDt"), number, "ValDt");
        String reference = entry.getOrDefault("AcctSvcrRef", entry.getOrDefault("NtryRef", entry.get("TxId")));
        if (reference == null || reference.isBlank()) {
            faults.add(LineFault.of(number, "AcctSvcrRef", StatementRejection.STATEMENT_BAD_VALUE,
                    "Opération " + number + " : aucune référence de la banque (AcctSvcrRef, NtryRef ou TxId)."));
        } else if (reference.length() > 80) {
            faults.add(LineFault.of(number, "AcctSvcrRef", StatementRejection.STATEMENT_BAD_VALUE,
                    "Opération " + number + " : référence de plus de 80 caractères."));
        }
        Long cheque = null;
        if (entry.get("ChqNb") != null && !entry.get("ChqNb").isBlank()) {
            try {
                cheque = Long.parseLong(entry.get("ChqNb").strip());
            } catch (NumberFormatException e) {
                faults.add(LineFault.of(number, "ChqNb", StatementRejection.STATEMENT_BAD_VALUE,
                        "Opération " + number + " : numéro de chèque non numérique (" + entry.get("ChqNb") + ")."));
            }
        }
        if (faults.size() > before) {
            return;
        }
        String label = firstOf(entry.get("AddtlNtryInf"), entry.get("Ustrd"), entry.get("AddtlTxInf"), "Opération " + reference);
        lines.add(new ParsedLine(number, booked, value, "DBIT".equals(indicator) ? -amount : amount, cut(label, 500), reference,
                cheque, cut(entry.get("EndToEndId"), 80), cut(new java.util.TreeMap<>(entry).toString(), 2000)));
    }

    private void currency(String currency, int number, String field) {
        if (currency != null && !"XOF".equals(currency)) {
            faults.add(LineFault.of(number, field, StatementRejection.STATEMENT_BAD_VALUE,
                    (number == 0 ? "Solde" : "Opération " + number) + " : devise XOF attendue (reçu : " + currency + ")."));
        }
    }

    private LocalDate date(String text, int number, String field) {
        if (text == null) {
            if (number > 0) {
                faults.add(LineFault.of(number, field, StatementRejection.STATEMENT_BAD_VALUE, "Opération " + number + " : date " + field + " absente."));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            faults.add(LineFault.of(number, field, StatementRejection.STATEMENT_BAD_VALUE,
                    (number == 0 ? "Relevé" : "Opération " + number) + " : date illisible (" + text + ")."));
            return null;
        }
    }

    private Long sequence() {
        try {
            return statement.get("ElctrncSeqNb") == null ? null : Long.parseLong(statement.get("ElctrncSeqNb"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
