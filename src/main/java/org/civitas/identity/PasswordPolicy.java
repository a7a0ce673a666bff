package org.civitas.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Password and session rules set by the security administrator.
 *
 * @param minLength minimum number of characters
 * @param minClasses how many of the four classes (lower, upper, digit, symbol) a password needs
 * @param historySize how many previous passwords may not be reused
 * @param maxFailures failed logins that lock the account (0: never)
 * @param lockoutMinutes how long a lock lasts
 * @param idleTimeoutMinutes console sessions end after this much inactivity
 * @param maxAgeDays a password older than this must be changed (0: never)
 */
public record PasswordPolicy(
        @Min(8) @Max(128) int minLength,
        @Min(1) @Max(4) int minClasses,
        @Min(0) @Max(24) int historySize,
        @Min(0) @Max(100) int maxFailures,
        @Min(1) @Max(1440) int lockoutMinutes,
        @Min(1) @Max(1440) int idleTimeoutMinutes,
        @Min(0) @Max(3650) int maxAgeDays) {}
