package sn.pmas.ledger;

/** An account as listed to users and clients. */
public record AccountView(String code, String name, int accountClass, String kind, String parentCode,
                          boolean postable, boolean active) {

    static AccountView of(Account account) {
        return new AccountView(account.code(), account.name(), account.accountClass(), account.kind().name(),
                account.parentCode(), account.postable(), account.active());
    }
}
