"""What the accounts app contributes to the site (see ``core.registry``): its public pages and
its demo seed.

allauth's URL names carry no namespace; the pages of the ``accounts`` namespace need a login.
"""

from core import registry

registry.register_demo_seed("accounts.demo.seed")

registry.register_page("account_login")
registry.register_page("account_signup")
registry.register_page("account_reset_password")
registry.register_page("account_reset_password_done")
registry.register_page("account_email_verification_sent")

registry.register_not_public("accounts:profile", "needs a login")
registry.register_not_public("accounts:admin-mfa-required", "needs a login (staff)")
