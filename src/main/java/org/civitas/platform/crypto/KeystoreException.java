package org.civitas.platform.crypto;

/**
 * The field keystore is missing, unreadable, locked with another password or lacks the key asked for.
 * Thrown while the application starts, which then stops: a server that could not read what it
 * encrypted, or would write sensitive fields in clear under the gm profile, must not run. It carries
 * no cause on purpose: its message is the innermost one, the one an operator is shown.
 */
public class KeystoreException extends IllegalStateException {

    public KeystoreException(String message) {
        super(message);
    }
}
