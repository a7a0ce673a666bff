package org.civitas.platform.crypto;

/** Which family of algorithms an installation uses ({@code civitas.crypto.profile}). */
public enum CryptoProfile {
    /** As Civitas always did: SM3 for the audit chain, SHA-256 file checksums, sensitive fields stored as given. */
    STANDARD,
    /** Commercial cryptography (国密): SM3 for the audit chain and file checksums, SM4-GCM for sensitive fields. */
    GM
}
