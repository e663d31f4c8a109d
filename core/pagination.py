"""One pagination behaviour for every list: a page number that is not one shows the nearest page.

A visitor follows stale links ("?page=3" once items went), edits the address or pastes it
truncated; a list answers all of them with a page of the list, never a 404 nor a 500:

- a whole number within the pages: that page;
- above the last page (``999999``): the last page;
- zero or negative (``0``, ``-1``): the first page;
- anything else (``abc``, ``1.5``, ``1\\x00``, empty, absent): the first page.

Django's ``Paginator.get_page`` does the same except for zero and negative numbers, which it
sends to the last page; ``ListView``'s own pagination answers all of them with a 404.
"""

from __future__ import annotations

from contextlib import suppress

from django.core.paginator import Page, Paginator


def nearest_page(paginator: Paginator, number: object) -> Page:
    """The page of ``paginator`` a requested ``number`` (any value, usually a query string
    parameter) leads to, by the rules of this module."""
    with suppress(TypeError, ValueError):
        number = max(int(number), 1)
    return paginator.get_page(number)


class NearestPageMixin:
    """For a ``ListView``: a page number out of range or not a number shows the nearest page.

    The template receives Django's usual ``paginator``, ``page_obj`` and ``is_paginated``,
    and ``page_range``: the elided range of page numbers ``templates/includes/pagination.html``
    links to.
    """

    page_range_on_each_side = 3
    page_range_on_ends = 2

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        page = nearest_page(paginator, self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        if page is not None:
            context["page_range"] = page.paginator.get_elided_page_range(
                page.number,
                on_each_side=self.page_range_on_each_side,
                on_ends=self.page_range_on_ends,
            )
        return context
