package org.civitas.journal;

/** How an edition went to a higher authority. */
public enum ForwardMethod {
    /** 政务网报送: through the government network's reporting system. */
    GOVERNMENT_NETWORK,
    /** 机要交通: as a confidential document by courier. */
    CONFIDENTIAL_COURIER,
    /** 电子邮件: by (government) e-mail. */
    EMAIL,
    /** 其他: described in the note. */
    OTHER
}
