"""Toolkit views: the method list with its filters and the method sheet."""

from __future__ import annotations

from django.views.generic import DetailView, ListView

from core import registry
from toolkit.cache import CachedToolkitPageMixin, method_list_parameters
from toolkit.selectors import filter_methods, method_sheet_queryset
from toolkit.views.preview import preview_headers


class MethodListView(CachedToolkitPageMixin, ListView):
    """The method sheets as cards; filters and search in the query string, no JavaScript.

    Cached for visitors at the addresses the filter form leads to; a search is rendered.
    """

    page_cache_kind = "method-list"
    template_name = "toolkit/method_list.html"
    context_object_name = "methods"

    def page_cache_parameters(self):
        return method_list_parameters()

    def get_queryset(self):
        self.form, queryset = filter_methods(self.request.GET, user=self.request.user)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The sheets are a few dozen rows: no pagination, one list evaluated once.
        methods = list(context["methods"])
        context.update(
            methods=methods,
            form=self.form,
            active_filters=self.form.active_filters(),
        )
        return context


class MethodDetailView(CachedToolkitPageMixin, DetailView):
    """A method sheet. Unpublished sheets are a 404 except for staff, who see a preview."""

    page_cache_kind = "method-detail"

    template_name = "toolkit/method_detail.html"
    context_object_name = "method"

    def get_queryset(self):
        return method_sheet_queryset(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        method = self.object
        # What other apps show on a sheet (the initiatives that used it, ...) comes through the
        # "toolkit-method-sheet" slot (core.registry), with its own queries. Rendered here, not
        # by the template tag, so that the blocks' stylesheets reach <head>.
        blocks = registry.render_slot("toolkit-method-sheet", self.request, method)
        context.update(
            contributed_blocks=blocks,
            contributed_stylesheets=registry.stylesheets(blocks),
            stages=list(method.stages.all()),
            themes=list(method.themes.all()),
            resources=method.published_resources,
            sheet_url=self.request.build_absolute_uri(method.get_absolute_url()),
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.object.is_published:
            preview_headers(response)
        return response
