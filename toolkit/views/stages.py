"""Toolkit views: the entry page and the pages of the stages of a quality process.

Both read the six stages in one query (they are few, and every page needs all of them: the
numbered sequence, "stage 2 of 6", the previous/next links).
"""

from __future__ import annotations

from django.http import Http404
from django.views.generic import TemplateView

from toolkit.cache import CachedToolkitPageMixin
from toolkit.models import Method, Resource, Stage
from toolkit.selectors import latest_articles, method_cards

# The method sheets the entry page shows; the full list is one link away.
HOME_METHOD_COUNT = 6


class ToolkitHomeView(CachedToolkitPageMixin, TemplateView):
    page_cache_kind = "home"
    template_name = "toolkit/toolkit_home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stages"] = list(Stage.objects.all())
        context["methods"] = list(method_cards(Method.objects.published())[:HOME_METHOD_COUNT])
        context["method_count"] = Method.objects.published().count()
        context["articles"] = latest_articles()
        return context


class StageDetailView(CachedToolkitPageMixin, TemplateView):
    page_cache_kind = "stage"
    template_name = "toolkit/stage_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stages = list(Stage.objects.all())
        index = next(
            (i for i, stage in enumerate(stages) if stage.slug == self.kwargs["slug"]), None
        )
        if index is None:
            raise Http404
        stage = stages[index]
        context.update(
            stage=stage,
            stages=stages,
            number=index + 1,
            previous_stage=stages[index - 1] if index > 0 else None,
            next_stage=stages[index + 1] if index + 1 < len(stages) else None,
            methods=list(method_cards(Method.objects.published().filter(stages=stage))),
            resources=list(Resource.objects.published().filter(stages=stage)),
        )
        return context
