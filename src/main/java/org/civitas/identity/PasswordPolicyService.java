package org.civitas.identity;

/** The password and session policy. Reading it is open to the application; changing it is the security administrator's. */
public interface PasswordPolicyService {

    PasswordPolicy current();

    PasswordPolicy update(PasswordPolicy policy);
}
