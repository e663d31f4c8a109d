import pytest

from tests.accounts.factories import StaffFactory, UserFactory


@pytest.fixture
def user(db):
    """A registered person with a verified e-mail address, who can log in."""
    return UserFactory(verified_email=True, email="ana@example.org", preferred_language="en")


@pytest.fixture
def staff_without_totp(db):
    return StaffFactory(email="staff@perspective.brussels")


@pytest.fixture
def staff_with_totp(db):
    return StaffFactory(email="staff@perspective.brussels", totp=True)


@pytest.fixture
def send_mail_on_commit(django_capture_on_commit_callbacks):
    """Run the tasks queued on commit (e-mails) as a real request's commit would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture(autouse=True)
def _totp_tolerance(settings):
    # A code computed just before a 30-second boundary is still accepted just after it.
    settings.MFA_TOTP_TOLERANCE = 1
