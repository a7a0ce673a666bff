package org.civitas.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Password and session rules set by the security administrator. Each rule has a floor that no policy
 * goes below (MLPS level 3 asks for lockout, complexity, no reuse and a short idle timeout): there is no
 * "0 = off" for lockout or history, and a session idles out after 30 minutes at most.
 *
 * @param minLength minimum number of characters (8–128)
 * @param minClasses how many of the four classes (lower, upper, digit, symbol) a password needs (2–4)
 * @param historySize how many previous passwords may not be reused (1–24)
 * @param maxFailures failed sign-ins that lock the account (1–10)
 * @param lockoutMinutes how long a lock lasts (1–1440)
 * @param idleTimeoutMinutes console sessions end after this much inactivity (1–30)
 * @param maxAgeDays a password older than this must be changed (0: never; up to 3650)
 */
public record PasswordPolicy(
        @Min(value = 8, message = "{policy.minLength.range}") @Max(value = 128, message = "{policy.minLength.range}")
        int minLength,

        @Min(value = 2, message = "{policy.minClasses.range}") @Max(value = 4, message = "{policy.minClasses.range}")
        int minClasses,

        @Min(value = 1, message = "{policy.historySize.range}") @Max(value = 24, message = "{policy.historySize.range}")
        int historySize,

        @Min(value = 1, message = "{policy.maxFailures.range}") @Max(value = 10, message = "{policy.maxFailures.range}")
        int maxFailures,

        @Min(value = 1, message = "{policy.lockoutMinutes.range}")
        @Max(value = 1440, message = "{policy.lockoutMinutes.range}")
        int lockoutMinutes,

        @Min(value = 1, message = "{policy.idleTimeoutMinutes.range}")
        @Max(value = 30, message = "{policy.idleTimeoutMinutes.range}")
        int idleTimeoutMinutes,

        @Min(value = 0, message = "{policy.maxAgeDays.range}") @Max(value = 3650, message = "{policy.maxAgeDays.range}")
        int maxAgeDays) {}
