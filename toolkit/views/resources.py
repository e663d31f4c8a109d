"""Toolkit views: the list of downloadable resources and the download itself.

A download is a PDF sent as an attachment with the headers of uploaded files
(``core.media``): ``nosniff`` (SecurityMiddleware) and a Content-Security-Policy that forbids
everything, in case a browser ever opens it as a document. It is counted once the file has
been sent (``DownloadResponse``): one cache increment
(``toolkit.services.resource_download_record``); celery beat moves the counts to the database.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from urllib.parse import urlencode

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from core.media import MEDIA_POLICY
from toolkit.cache import CachedToolkitPageMixin, resource_list_parameters
from toolkit.forms import ResourceFilterForm
from toolkit.models import Resource
from toolkit.selectors import filter_resources, resource_filter_options
from toolkit.services import resource_download_record
from toolkit.views.preview import preview_headers


class ResourceListView(CachedToolkitPageMixin, TemplateView):
    page_cache_kind = "resource-list"
    template_name = "toolkit/resource_list.html"

    def page_cache_parameters(self):
        return resource_list_parameters()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ResourceFilterForm(
            self.request.GET or None, **resource_filter_options(self.request.GET)
        )
        filters = form.valid_data()
        context.update(
            form=form,
            filters=filters,
            filter_query=urlencode(filters),
            resources=list(filter_resources(filters, form.stages)),
        )
        return context


class DownloadResponse(FileResponse):
    """A file response that calls ``after_sent`` once the server is done with it.

    WSGI and ASGI servers close every response when they have sent it (or when the visitor
    went away); whatever the download costs besides the file (counting it) then happens after
    the last byte, so a slow cache never holds the file back. ``after_sent`` runs once and
    must not raise.
    """

    def __init__(self, *args, after_sent: Callable[[], None] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.after_sent = after_sent

    def close(self):
        after_sent, self.after_sent = self.after_sent, None
        try:
            if after_sent is not None:
                after_sent()
        finally:
            super().close()


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
        count = (
            partial(resource_download_record, resource_id=resource.pk)
            if request.method == "GET"  # a HEAD request downloads nothing
            else None
        )
        response = DownloadResponse(
            handle,
            as_attachment=True,
            filename=resource.download_name,
            content_type="application/pdf",
            after_sent=count,
        )
        response.headers["Content-Security-Policy"] = MEDIA_POLICY
        if not resource.is_published:
            preview_headers(response)
        return response
