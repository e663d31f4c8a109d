"""Powers that require the second factor, for the rules of every app.

A staff (and later juror) power holds only once the account has completed the second factor
(TOTP) in this session; until then the account is treated as an ordinary user, outside the
admin as in it. The account layer (``accounts.middleware.SecondFactorMiddleware``) attaches
the session's answer to the request's user as ``second_factor_check``; a user object that
did not come from a request (a script, a task) has none and so holds no such power.
"""

import rules


def has_second_factor_in_session(user) -> bool:
    check = getattr(user, "second_factor_check", None)
    return bool(user.is_authenticated and check is not None and check())


@rules.predicate
def has_second_factor(user):
    return has_second_factor_in_session(user)


def requires_second_factor(predicate):
    """``predicate`` holds only for a user who completed the second factor in this session."""
    return predicate & has_second_factor


is_verified_staff = requires_second_factor(rules.is_staff)


def is_verified_staff_user(user) -> bool:
    """The same check for querysets and views that take a user, not a rule."""
    return bool(is_verified_staff.test(user))
