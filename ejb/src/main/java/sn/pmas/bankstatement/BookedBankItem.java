package sn.pmas.bankstatement;

import java.time.LocalDate;

/**
 * One movement a register booked on a bank account, as the statement should show it.
 *
 * @param register     the {@link BookedBankItems#code()} that booked it
 * @param reference    the register's reference of the item (cheque CHQ-…, deposit slip REM-…)
 * @param amount       signed as on the statement: positive when it credits the bank account
 *                     (a deposit), negative when it debits it (a cheque paid)
 * @param bookedOn     the date the books show it on the bank account
 * @param chequeNumber the cheque's number when the bank reports one, else null
 * @param label        what it is, in French, for the matching screen
 */
public record BookedBankItem(String register, String reference, long amount, LocalDate bookedOn,
                             Long chequeNumber, String label) {
}
