package sn.pmas.statements;

/** A document of the fiscal package, with its file name and SHA-256. */
public record PackageDocument(String fileName, PackageFormat format, byte[] content, String sha256) {
}
