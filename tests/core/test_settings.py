"""Production must refuse to start without its secrets, naming what is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def boot(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}
    }
    environment.update(env)
    environment["DJANGO_SETTINGS_MODULE"] = "participatie.settings"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"DEBUG": "false", "ALLOWED_HOSTS": "participatie.brussels"}, "SECRET_KEY"),
        ({"DEBUG": "false", "SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"DEBUG": "false", "SECRET_KEY": "  ", "ALLOWED_HOSTS": "a.b"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_boot_without_secret(env, missing):
    result = boot(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} is required" in result.stderr


def test_production_boots_with_its_secrets():
    result = boot(DEBUG="false", SECRET_KEY="s" * 60, ALLOWED_HOSTS="participatie.brussels")
    assert result.returncode == 0, result.stderr
