package org.civitas.storage.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that must be exactly as long as its {@code Content-Length} said. A body that ends
 * early (a dropped connection the container reports as a normal end) fails the read, so the store
 * discards it instead of keeping a truncated file as if it were complete.
 */
final class DeclaredLengthInputStream extends FilterInputStream {

    private final long declared;
    private long received;

    DeclaredLengthInputStream(InputStream in, long declared) {
        super(in);
        this.declared = declared;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        count(n);
        return n;
    }

    private void count(int n) throws IOException {
        if (n > 0) {
            received += n;
        } else if (n < 0 && received != declared) {
            throw new IncompleteUploadException(received, declared);
        }
    }

    /** The body ended after {@code received} of {@code declared} bytes. */
    static final class IncompleteUploadException extends IOException {

        private final long received;
        private final long declared;

        IncompleteUploadException(long received, long declared) {
            super("The request body ended after " + received + " of " + declared + " bytes");
            this.received = received;
            this.declared = declared;
        }

        long received() {
            return received;
        }

        long declared() {
            return declared;
        }
    }
}
