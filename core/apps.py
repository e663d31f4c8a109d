from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site and taxonomies")

    def ready(self):
        from core import registry

        # Every app's contributions.py (sections, blocks, public pages, seeds, search), once
        # all models are loaded; core's own comes first.
        registry.autodiscover()
