from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = _("Toolkit")

    def ready(self):
        # The home page shows the latest articles through core's registry of blocks, so
        # core never imports the toolkit.
        from core import home
        from toolkit import signals
        from toolkit.selectors import home_latest_articles

        signals.connect()

        home.register(
            "toolkit-latest-articles",
            template="toolkit/includes/home_articles.html",
            context=home_latest_articles,
            order=40,
            stylesheets=["css/toolkit.css"],
        )
