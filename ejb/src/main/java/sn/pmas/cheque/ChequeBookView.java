package sn.pmas.cheque;

import java.time.LocalDate;

public record ChequeBookView(long id, String bankAccount, long firstNumber, long lastNumber, LocalDate receivedOn) {
}
