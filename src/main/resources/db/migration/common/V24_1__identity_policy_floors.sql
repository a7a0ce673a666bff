-- The password policy gained floors (issue 10): lockout after 1 to 10 failures, at least one remembered
-- password, two character classes and an idle timeout of at most 30 minutes. A policy stored below them
-- (for example "0 = never lock") is raised to the nearest allowed value.
update password_policy set max_failures = case when max_failures < 1 then 5 when max_failures > 10 then 10
                                               else max_failures end,
                           history_size = case when history_size < 1 then 1 else history_size end,
                           min_classes = case when min_classes < 2 then 2 else min_classes end,
                           idle_timeout_minutes = case when idle_timeout_minutes > 30 then 30
                                                       else idle_timeout_minutes end,
                           lockout_minutes = case when lockout_minutes < 1 then 1 else lockout_minutes end,
                           version = version + 1;
