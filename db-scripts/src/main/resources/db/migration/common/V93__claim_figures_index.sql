-- The management reports sum a principal's claims of a span, validated in it and not withdrawn by its
-- end, by payee (quarterly package, loss ratios, scheme package): with these columns in the index the
-- sums read the index alone (on PostgreSQL, 57 ms instead of ~500 ms for 240 000 claims of a quarter).
-- It leads with the columns of ix_claim_principal, which it replaces.
CREATE INDEX ix_claim_principal_figures ON claim (principal_party_id, validated_on, cancelled_on, payee_kind, amount);
DROP INDEX ix_claim_principal;
