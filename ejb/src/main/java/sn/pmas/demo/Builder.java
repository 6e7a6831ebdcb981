package sn.pmas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import sn.pmas.sig.SigEvent;

/** Builds demo SIG events field by field; references get the run's prefix when built. */
final class Builder {

    private final String type;
    private final String reference;
    private final LocalDate date;
    private String principal;
    private Long amount;
    private String contract;
    private String group;
    private String broker;
    private String product;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Long policyCosts;
    private Long taxes;
    private String premium;
    private String provider;
    private String member;
    private String invoice;
    private YearMonth careMonth;
    private LocalDate invoiceReceivedOn;
    private Boolean medicalValidation;
    private String claim;
    private String account;
    private String label;

    Builder(String type, String reference, LocalDate date) {
        this.type = type;
        this.reference = reference;
        this.date = date;
    }

    Builder principal(String code) {
        this.principal = code;
        return this;
    }

    Builder amount(long francs) {
        this.amount = francs;
        return this;
    }

    Builder contract(String number) {
        this.contract = number;
        return this;
    }

    Builder group(String code) {
        this.group = code;
        return this;
    }

    Builder broker(String code) {
        this.broker = code;
        return this;
    }

    Builder product(String name) {
        this.product = name;
        return this;
    }

    Builder covering(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
        return this;
    }

    Builder costs(long francs) {
        this.policyCosts = francs;
        return this;
    }

    Builder taxes(long francs) {
        this.taxes = francs;
        return this;
    }

    Builder premium(String quittance) {
        this.premium = quittance;
        return this;
    }

    Builder provider(String code) {
        this.provider = code;
        return this;
    }

    Builder member(String name) {
        this.member = name;
        return this;
    }

    Builder claimOf(String invoiceReference, YearMonth ofCare, LocalDate receivedOn, boolean medicallyValidated) {
        this.invoice = invoiceReference;
        this.careMonth = ofCare;
        this.invoiceReceivedOn = receivedOn;
        this.medicalValidation = medicallyValidated;
        return this;
    }

    Builder claim(String claimReference) {
        this.claim = claimReference;
        return this;
    }

    Builder account(String code) {
        this.account = code;
        return this;
    }

    Builder label(String text) {
        this.label = text;
        return this;
    }

    SigEvent build(String prefix) {
        return new SigEvent(type, prefix + reference, date.toString(), principal, decimal(amount), contract, group, broker,
                product, text(periodFrom), text(periodTo), decimal(policyCosts), decimal(taxes), premium == null ? null : prefix + premium,
                provider, member, invoice, careMonth == null ? null : careMonth.toString(), text(invoiceReceivedOn),
                medicalValidation, claim == null ? null : prefix + claim, account, label, null);
    }

    private static BigDecimal decimal(Long francs) {
        return francs == null ? null : BigDecimal.valueOf(francs);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
