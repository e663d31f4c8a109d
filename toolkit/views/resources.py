"""Toolkit views: the list of downloadable resources and the download itself.

A download is a PDF sent as an attachment with the headers of uploaded files
(``core.media``): ``nosniff`` (SecurityMiddleware) and a Content-Security-Policy that forbids
everything, in case a browser ever opens it as a document. Counting it costs one cache
increment (``toolkit.services.resource_download_record``); celery beat moves the counts to
the database.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from core.media import MEDIA_POLICY
from toolkit.models import Resource, Stage
from toolkit.services import resource_download_record


class ResourceFilterForm(forms.Form):
    """The list's filters, read from the query string; an unknown value is left out."""

    stage = forms.ChoiceField(label=_("Stage"), required=False)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All")), *Resource.Kind.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All")), *Resource.Language.choices],
    )

    def __init__(self, *args, stages: list[Stage], **kwargs):
        super().__init__(*args, **kwargs)
        self.stages = {stage.slug: stage for stage in stages}
        self.fields["stage"].choices = [("", _("All"))] + [
            (stage.slug, stage.name) for stage in stages
        ]

    def filters(self) -> dict[str, str]:
        """The valid, non-empty values, field by field (a bad value drops only itself)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class ResourceListView(TemplateView):
    template_name = "toolkit/resource_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stages = list(Stage.objects.order_by("position", "pk"))
        form = ResourceFilterForm(self.request.GET or None, stages=stages)
        filters = form.filters()
        resources = Resource.objects.published().order_by("position", "title", "pk")
        if "stage" in filters:
            resources = resources.filter(stages=form.stages[filters["stage"]])
        if "kind" in filters:
            resources = resources.filter(kind=filters["kind"])
        if "language" in filters:
            resources = resources.filter(language=filters["language"])
        context.update(
            form=form,
            filters=filters,
            filter_query=urlencode(filters),
            resources=list(resources),
        )
        return context


@method_decorator(require_safe, name="dispatch")
class ResourceDownloadView(View):
    """The file of a published resource (staff also fetch unpublished ones, as a preview)."""

    def get(self, request, slug):
        resource = get_object_or_404(Resource.objects.visible_to(request.user), slug=slug)
        if not resource.file:
            raise Http404
        try:
            handle = resource.file.open("rb")
        except (FileNotFoundError, IsADirectoryError) as error:
            raise Http404 from error
        if request.method == "GET":  # a HEAD request downloads nothing
            resource_download_record(resource_id=resource.pk)
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=resource.download_name,
            content_type="application/pdf",
        )
        response.headers["Content-Security-Policy"] = MEDIA_POLICY
        if resource.published_at is None or resource.published_at > timezone.now():
            # A staff preview: never indexed, never kept by a shared cache.
            response.headers["Cache-Control"] = "private, no-store"
            response.headers["X-Robots-Tag"] = "noindex"
        return response


urlpatterns = [
    path("resources/", ResourceListView.as_view(), name="resource-list"),
    path(
        "resources/<slug:slug>/download/",
        ResourceDownloadView.as_view(),
        name="resource-download",
    ),
]
