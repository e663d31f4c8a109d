"""The initiatives' URLs, all in one place; URL names are ``initiative-<action>``."""

from django.urls import path

from initiatives.views import carrier, map, public, submission

app_name = "initiatives"

urlpatterns = [
    # The public catalogue and its open data (initiatives.views.public).
    path("", public.InitiativeListView.as_view(), name="initiative-list"),
    path("export.geojson", public.initiative_export_geojson, name="initiative-export-geojson"),
    path("export.csv", public.initiative_export_csv, name="initiative-export-csv"),
    path("<int:pk>-<slug:slug>/", public.InitiativeDetailView.as_view(), name="initiative-detail"),
    # The map's markers (initiatives.views.map).
    path("map.json", map.initiative_map_data, name="initiative-map-data"),
    # The carriers' pages (initiatives.views.carrier, initiatives.views.submission).
    path("mine/", carrier.InitiativeMineView.as_view(), name="initiative-mine"),
    path("submit/", submission.StepView.as_view(), name="initiative-create"),
    path("<int:pk>/edit/review/", submission.PreviewView.as_view(), name="initiative-preview"),
    path("<int:pk>/edit/submit/", submission.SubmitView.as_view(), name="initiative-submit"),
    path(
        "<int:pk>/edit/discard/",
        submission.DiscardChangesView.as_view(),
        name="initiative-discard-changes",
    ),
    path("<int:pk>/edit/<slug:step>/", submission.StepView.as_view(), name="initiative-step"),
]
