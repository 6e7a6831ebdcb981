package sn.pmas.management;

/** A monthly table rendered as a document (PDF or workbook), under the file name it is saved as. */
public record MonthlyDocument(byte[] content, String fileName, String mediaType) {
}
