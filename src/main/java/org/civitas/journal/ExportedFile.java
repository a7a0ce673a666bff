package org.civitas.journal;

/** An exported edition (PDF, DOCX or forwarding package) ready to send. */
public record ExportedFile(String filename, String contentType, byte[] content) {}
