"""The accounts app's public pages, for the quality harness (see ``core.public_pages``).

allauth's URL names carry no namespace; the pages of the ``accounts`` namespace need a login.
"""

from core import public_pages

public_pages.register("account_login")
public_pages.register("account_signup")
public_pages.register("account_reset_password")
public_pages.register("account_reset_password_done")
public_pages.register("account_email_verification_sent")

public_pages.not_public("accounts:profile", "needs a login")
public_pages.not_public("accounts:admin-mfa-required", "needs a login (staff)")
