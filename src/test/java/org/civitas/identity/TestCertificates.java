package org.civitas.identity;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A CA the test makes (standing in for a government CA), the server's certificate for localhost,
 * and client certificates, written as PKCS#12 stores for the embedded server and the test's client.
 */
final class TestCertificates {

    static final char[] PASSWORD = "changeit".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    final Path dir;
    final Issuer ca;
    final Issuer stranger;

    TestCertificates() throws Exception {
        dir = Files.createTempDirectory("civitas-tls");
        ca = new Issuer("CN=Civitas Test Government CA,O=Civitas Test,C=CN");
        stranger = new Issuer("CN=Someone Else CA,O=Elsewhere,C=CN");
        KeyPair serverKeys = keys();
        X509Certificate server = ca.issue("CN=localhost,O=Civitas Test,C=CN", serverKeys, true);
        store(dir.resolve("server.p12"), serverKeys.getPrivate(), server, ca.certificate);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca.certificate);
        try (OutputStream out = Files.newOutputStream(dir.resolve("trust.p12"))) {
            trust.store(out, PASSWORD);
        }
    }

    /** A client's key and certificate, and an SSL context presenting them and trusting the test CA. */
    record Client(X509Certificate certificate, SSLContext ssl) {}

    Client client(Issuer issuer, String subject) throws Exception {
        KeyPair keys = keys();
        X509Certificate certificate = issuer.issue(subject, keys, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "client", keys.getPrivate(), PASSWORD, new X509Certificate[] {certificate, issuer.certificate});
        return new Client(certificate, context(store));
    }

    /** Trusts the test CA and presents no certificate. */
    SSLContext anonymous() throws Exception {
        return context(null);
    }

    private SSLContext context(KeyStore clientStore) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca.certificate);
        var tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        var ssl = SSLContext.getInstance("TLS");
        if (clientStore == null) {
            ssl.init(null, tmf.getTrustManagers(), null);
        } else {
            var kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(clientStore, PASSWORD);
            ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        }
        return ssl;
    }

    private static void store(Path file, PrivateKey key, X509Certificate... chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, PASSWORD, chain);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
    }

    private static KeyPair keys() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    static final class Issuer {
        final KeyPair keys;
        final X509Certificate certificate;
        private final String name;

        Issuer(String name) throws Exception {
            this.name = name;
            this.keys = keys();
            var builder = builder(name, name, keys);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            this.certificate = sign(builder, keys.getPrivate());
        }

        X509Certificate issue(String subject, KeyPair subjectKeys, boolean localhost) throws Exception {
            var builder = builder(name, subject, subjectKeys);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (localhost) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                }));
            }
            return sign(builder, keys.getPrivate());
        }

        private static JcaX509v3CertificateBuilder builder(String issuer, String subject, KeyPair keys) {
            Instant now = Instant.now();
            return new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(30))),
                    new X500Name(subject),
                    keys.getPublic());
        }

        private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key) throws Exception {
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        }
    }
}
