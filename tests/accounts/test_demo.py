import io
import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.management import call_command
from django.core.management.base import CommandError, OutputWrapper
from django.core.management.color import no_style

from accounts import demo
from accounts.models import User
from core.demo import DemoSeeder
from tests.accounts.factories import totp_code

pytestmark = pytest.mark.django_db

EMAILS = {
    "carrier@demo.participatie.brussels",
    "member@demo.participatie.brussels",
    "juror@demo.participatie.brussels",
    "provider@demo.participatie.brussels",
    "staff@demo.participatie.brussels",
}


def run_seed() -> tuple[DemoSeeder, str]:
    out = io.StringIO()
    seeder = DemoSeeder(scale=1, stdout=OutputWrapper(out), style=no_style())
    demo.seed(seeder)
    return seeder, out.getvalue()


def test_one_account_per_role_that_can_log_in(client):
    seeder, output = run_seed()
    assert {email for _role, email, _password in seeder.accounts} == EMAILS
    assert [role for role, _email, _password in seeder.accounts] == [
        "project carrier",
        "organisation member",
        "juror",
        "provider",
        "staff",
    ]
    for email in EMAILS:
        assert EmailAddress.objects.filter(email=email, verified=True, primary=True).exists()
    staff = User.objects.get(email="staff@demo.participatie.brussels")
    assert staff.is_staff and staff.is_superuser
    assert not User.objects.filter(email__in=EMAILS - {staff.email}, is_staff=True).exists()
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).count() == 1
    assert demo.STAFF_TOTP_SECRET in output

    # The printed credentials work: the juror logs in, the staff member reaches the admin.
    response = client.post(
        "/en/account/login/",
        {"login": "juror@demo.participatie.brussels", "password": demo.DEMO_PASSWORD},
    )
    assert response["Location"] == "/en/account/profile/"
    client.post("/en/account/logout/")
    client.post(
        "/en/account/login/?next=/en/admin/",
        {"login": staff.email, "password": demo.DEMO_PASSWORD},
    )
    response = client.post(
        "/en/account/2fa/authenticate/", {"code": totp_code(demo.STAFF_TOTP_SECRET)}
    )
    assert response["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200


def test_seeding_twice_changes_nothing():
    run_seed()
    staff = User.objects.get(email="staff@demo.participatie.brussels")
    staff.set_password("changed by the developer")
    staff.save()
    counts = (User.objects.count(), EmailAddress.objects.count(), Authenticator.objects.count())

    run_seed()
    assert (
        User.objects.count(),
        EmailAddress.objects.count(),
        Authenticator.objects.count(),
    ) == counts
    staff.refresh_from_db()
    assert staff.check_password("changed by the developer")


def test_demo_totp_prints_the_current_code(settings):
    run_seed()
    settings.DEBUG = True
    out = io.StringIO()
    call_command("demo_totp", stdout=out)
    code = re.match(r"(\d{6}) ", out.getvalue()).group(1)
    assert code == totp_code(demo.STAFF_TOTP_SECRET)


def test_demo_totp_refuses_without_debug(settings):
    run_seed()
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_totp", stdout=io.StringIO())


def test_demo_totp_for_an_account_without_authenticator(settings):
    run_seed()
    settings.DEBUG = True
    with pytest.raises(CommandError, match="no authenticator"):
        call_command("demo_totp", "juror@demo.participatie.brussels", stdout=io.StringIO())
