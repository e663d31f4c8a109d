"""The toolkit's URLs: each view module of ``toolkit.views`` lists its own patterns."""

from toolkit.views import articles, methods, resources, stages

app_name = "toolkit"

urlpatterns = [
    *stages.urlpatterns,
    *methods.urlpatterns,
    *resources.urlpatterns,
    *articles.urlpatterns,
]
