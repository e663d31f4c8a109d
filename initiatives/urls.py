from initiatives.views import carrier, map, public, submission

app_name = "initiatives"

# Each views module lists its own routes; URL names are ``initiative-<action>``.
urlpatterns = [
    *public.urlpatterns,
    *map.urlpatterns,
    *carrier.urlpatterns,
    *submission.urlpatterns,
]
