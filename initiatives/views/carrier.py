"""Pages for project carriers: "my initiatives"."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
from django.views.generic import ListView

from core.models import ModerationState
from core.pagination import NearestPageMixin
from core.states import StateChange
from initiatives.models import Initiative, InitiativeRevision

EDITABLE_STATES = [
    ModerationState.DRAFT,
    ModerationState.CHANGES_REQUESTED,
    ModerationState.PUBLISHED,
]


class InitiativeMineView(LoginRequiredMixin, NearestPageMixin, ListView):
    """The user's own and their organisations' initiatives, with state and the latest message.

    The message is the latest one staff wrote in the audit trail (a request for changes, a
    rejection reason, ...); it and the pending-change flag are annotations, so the page runs
    the same number of queries for 1 initiative or 100.
    """

    template_name = "initiatives/initiative_mine.html"
    context_object_name = "initiatives"
    paginate_by = 50

    def get_queryset(self):
        events = StateChange.objects.filter(
            content_type=ContentType.objects.get_for_model(Initiative),
            object_id=OuterRef("pk"),
            actor__is_staff=True,
        ).exclude(message="")
        latest = events.order_by("-created_at", "-pk")
        return (
            Initiative.objects.of_user(self.request.user)
            .select_related("organisation", "author")
            .annotate(
                service_message=Subquery(latest.values("message")[:1]),
                service_message_at=Subquery(latest.values("created_at")[:1]),
                has_pending_change=Exists(
                    InitiativeRevision.objects.pending().filter(initiative=OuterRef("pk"))
                ),
            )
            .order_by("-updated_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        # Where an "Edit" link makes sense (mirrors ``initiatives.change_initiative`` for
        # carriers; in a published one, editing proposes a change).
        return super().get_context_data(editable_states=EDITABLE_STATES, **kwargs)
