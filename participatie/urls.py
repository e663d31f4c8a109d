from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from core.health import health
from core.media import serve_media

handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

urlpatterns = i18n_patterns(
    path("admin/", admin.site.urls),
    path("account/", include("accounts.urls")),
    path("account/", include("allauth.urls")),
    path("initiatives/", include("initiatives.urls")),
    path("toolkit/", include("toolkit.urls")),
    path("", include("core.urls")),
    prefix_default_language=True,
)

# Outside the language prefix: Docker's probe and the load benchmark's baseline.
urlpatterns += [path("healthz/", health, name="healthz")]

# Uploads, with nosniff, attachments for anything but images and a locked-down CSP (core.media).
urlpatterns += [path("media/<path:path>", serve_media, name="media")]
