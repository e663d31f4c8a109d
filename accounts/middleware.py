"""Attaches the session's second-factor state to ``request.user`` (see core.second_factor)."""

from django.utils.functional import LazyObject, SimpleLazyObject, empty

from accounts.selectors import has_totp, session_passed_second_factor


class SecondFactorMiddleware:
    """Gives the request's user a ``second_factor_check``: a TOTP authenticator, used in this
    session. Answered at most once per request, and only when a rule asks.

    The user stays lazy: a page that never looks at the user (a cached public page) does not
    load the session because of this middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        original = request.user
        answer = []

        def check():
            if not answer:
                user = request.user
                answer.append(session_passed_second_factor(request) and has_totp(user))
            return answer[0]

        def resolve():
            user = original
            if isinstance(original, LazyObject):
                if original._wrapped is empty:
                    original._setup()
                user = original._wrapped
            if user.is_authenticated:
                user.second_factor_check = check
            return user

        request.user = SimpleLazyObject(resolve)
        return self.get_response(request)
