"""Settings for participatie.brussels, read from the environment (django-environ).

Development reads an optional ``.env`` file (``make`` writes one from ``.env.example``).
With ``DEBUG`` off the process refuses to start without its secrets.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

from participatie.embedded import embedded_database, is_set

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)


def _required(name: str) -> str:
    """A secret production cannot run without: refuse to start, naming the variable."""
    value = env.str(name, default="").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required when DEBUG is off. "
            f"Set {name} (see .env.example) or set DEBUG=true for development."
        )
    return value


if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="django-insecure-development-only-key-0123456789")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
else:
    SECRET_KEY = _required("SECRET_KEY")
    ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications -----------------------------------------------------------------------------
INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    "participatie.apps.ParticipatieAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "core",
    "accounts",
    "network",
    "toolkit",
    "initiatives",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "participatie.urls"
WSGI_APPLICATION = "participatie.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------------
if is_set("DATABASE_URL"):
    DATABASES = {"default": env.db("DATABASE_URL")}
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {"default": embedded_database(VAR_DIR / "pgdata")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="").strip()

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "participatie",
            # A Redis that hangs must not hold a request (a download counter, a cached page)
            # for long: fail fast, and the callers that can go on without the cache do.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Accounts ---------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_REDIRECT_URL = "core:home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[participatie.brussels] "
ACCOUNT_PREVENT_ENUMERATION = True
# Failed logins are limited per IP address and per account; the 429 page is translated.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env.str("LOGIN_FAILED_RATE", default="10/m/ip,5/5m/key"),
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "participatie.brussels"

# --- Internationalisation ---------------------------------------------------------------------
LANGUAGE_CODE = "fr"  # used when the browser asks for none of ours
LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# modeltranslation takes its languages from LANGUAGES; code reads them from core.languages.
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
# A missing text falls back to the other official language first, then English.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("fr", "nl", "en"),
    "nl": ("fr", "en"),
    "fr": ("nl", "en"),
    "en": ("fr", "nl"),
}
# The admin's translation tabs need jQuery UI: from a pinned package, not modeltranslation's CDN.
JQUERY_UI_URL = "xstatic/jquery-ui/jquery-ui.min.js"

# --- Static and media -------------------------------------------------------------------------
import xstatic.pkg.jquery_ui  # noqa: E402
import xstatic.pkg.leaflet  # noqa: E402
import xstatic.pkg.leaflet_markercluster  # noqa: E402

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "core.staticfinders.PackageFileFinder",
]
# Single files taken from pinned asset packages (see core.staticfinders).
PACKAGE_STATIC_FILES = {
    "xstatic/jquery-ui/jquery-ui.min.js": Path(xstatic.pkg.jquery_ui.BASE_DIR) / "jquery-ui.min.js",
    # Leaflet, its stylesheet with the images it names, and the source maps the scripts name
    # (the manifest storage resolves every reference). Markercluster ships no map for its
    # minified build, so the readable build is served (whitenoise compresses it).
    **{
        f"xstatic/leaflet/{name}": Path(xstatic.pkg.leaflet.BASE_DIR) / name
        for name in (
            "leaflet.js",
            "leaflet.js.map",
            "leaflet.css",
            "images/layers.png",
            "images/layers-2x.png",
            "images/marker-icon.png",
            "images/marker-icon-2x.png",
            "images/marker-shadow.png",
        )
    },
    **{
        f"xstatic/leaflet-markercluster/{name}": Path(xstatic.pkg.leaflet_markercluster.BASE_DIR)
        / name
        for name in (
            "leaflet.markercluster-src.js",
            "leaflet.markercluster-src.js.map",
            "MarkerCluster.css",  # animations only; static/css/map.css draws the clusters
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- E-mail -----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="participatie.brussels <noreply@participatie.brussels>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SERVICE_EMAIL = env.str("SERVICE_EMAIL", default="participation@perspective.brussels")
if is_set("EMAIL_URL"):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Background work --------------------------------------------------------------------------
# Without REDIS_URL (the dev server) tasks run eagerly in the request's process.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# The site never reads task results: tasks are fire-and-forget unless they declare otherwise,
# so publishing touches only the broker (the result backend would retry 20 s on an outage).
CELERY_TASK_IGNORE_RESULT = True
# Publishing must fail fast when Redis is down: the job is kept in the database instead.
# One connection attempt (max_retries 0), bounded by short socket timeouts; the worker and
# beat reconnect on their own terms (broker_connection_max_retries).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 1,
    "socket_timeout": 3,
    "max_retries": 0,
}
# Deployments (and test runs) sharing one Redis each use a queue of their own.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_QUEUE", default="celery")

# --- Security ---------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # no script of ours reads it; forms carry the token
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # __Host- cookies are only sent over HTTPS, to this exact host, for the whole site.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

# Content-Security-Policy: scripts and styles only from our own files (see core.middleware).
CSP_EXTRA_IMG_SRC = env.list("CSP_EXTRA_IMG_SRC", default=[])

# --- Map --------------------------------------------------------------------------------------
# The only third-party requests the site makes: map tiles (Leaflet URL template).
MAP_TILE_URL = env.str("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env.str(
    "MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# The tile host goes into the CSP's img-src ("{s}" subdomains become a wildcard).
if MAP_TILE_URL:
    _tiles = urlsplit(MAP_TILE_URL.replace("{s}", "*"))
    CSP_EXTRA_IMG_SRC = [*CSP_EXTRA_IMG_SRC, f"{_tiles.scheme}://{_tiles.netloc}"]

# --- Site -------------------------------------------------------------------------------------
SITE_NAME = "participatie.brussels"
SERVICE_PHONE = env.str("SERVICE_PHONE", default="+32 2 435 42 00")
CONTACT_RATE = env.str("CONTACT_RATE", default="5/h")
# Reverse proxies in front of gunicorn that append to X-Forwarded-For; rate limits (allauth's
# and the contact form's) count the client address they report. 0: use REMOTE_ADDR.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"pgserver": {"level": "WARNING"}},
}
