"""Submitting an initiative in steps: basics, place, content, timeline, images, review.

The first step creates the draft; every later step saves into it, so nothing is lost when the
carrier leaves halfway. A draft (or one the service sent back) is edited in place and then
submitted for moderation with ``initiative_submit``. A published initiative stays online
untouched: the steps collect the proposed values in the session and the review step hands
them to ``initiative_propose_change`` in one go (one message to the service, not one per step).

Who may open which initiative is the ``initiatives.change_initiative`` rule; anybody else gets
a 404, so an id reveals nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from core.models import ModerationState
from initiatives import services
from initiatives.forms_submission import (
    BasicsForm,
    ContentForm,
    ImageForm,
    PlaceForm,
    TimelineFormSet,
    timeline_formset_for_change,
)
from initiatives.models import Initiative, InitiativeImage
from initiatives.views.public import method_url

# Where a fresh draft sits until the carrier chooses its place (the coordinates are required
# by the model; the place step asks for them and ignores this one): the Grand-Place.
PROVISIONAL_LATITUDE = Decimal("50.84670")
PROVISIONAL_LONGITUDE = Decimal("4.35250")


@dataclass(frozen=True)
class Step:
    slug: str
    label: str
    form_class: type | None = None


STEPS = [
    Step("basics", gettext_lazy("Basics"), BasicsForm),
    Step("place", gettext_lazy("Place"), PlaceForm),
    Step("content", gettext_lazy("Content"), ContentForm),
    Step("timeline", gettext_lazy("Timeline")),
    Step("images", gettext_lazy("Images")),
    Step("review", gettext_lazy("Review and submit")),
]
STEP_SLUGS = [step.slug for step in STEPS]


def step_url(initiative: Initiative, slug: str) -> str:
    if slug == "review":
        return reverse("initiatives:initiative-preview", kwargs={"pk": initiative.pk})
    return reverse("initiatives:initiative-step", kwargs={"pk": initiative.pk, "step": slug})


def change_key(initiative: Initiative) -> str:
    return f"initiative-change-{initiative.pk}"


def my_initiatives_url(initiative: Initiative) -> str:
    try:
        return reverse("initiatives:initiative-mine")
    except NoReverseMatch:
        return step_url(initiative, "review")


class SubmissionMixin(LoginRequiredMixin):
    """The initiative being edited (404 unless the rules allow it) and the step navigation."""

    step_slug = "basics"

    @cached_property
    def initiative(self) -> Initiative | None:
        if "pk" not in self.kwargs:
            return None
        initiative = get_object_or_404(
            Initiative.objects.select_related("organisation"), pk=self.kwargs["pk"]
        )
        user = self.request.user
        if user.has_perm("initiatives.change_initiative", initiative):
            return initiative
        if (
            self.step_slug == "review"
            and self.request.method == "GET"
            and initiative.moderation_state != ModerationState.PUBLISHED
            and user.has_perm("initiatives.view_initiative", initiative)
        ):
            # Its carriers still see a submitted (or rejected) initiative's last step.
            return initiative
        raise Http404

    @property
    def can_change(self) -> bool:
        return self.request.user.has_perm("initiatives.change_initiative", self.initiative)

    @property
    def proposing(self) -> bool:
        """Editing a published initiative: the steps collect a proposed change."""
        return (
            self.initiative is not None
            and self.initiative.moderation_state == ModerationState.PUBLISHED
        )

    @property
    def editable(self) -> bool:
        return self.initiative is None or self.initiative.moderation_state in (
            ModerationState.DRAFT,
            ModerationState.CHANGES_REQUESTED,
        )

    def proposed_data(self) -> dict:
        return self.request.session.get(change_key(self.initiative), {})

    def store_proposed(self, data: dict) -> None:
        stored = {**self.proposed_data(), **services.serialise_data(data)}
        self.request.session[change_key(self.initiative)] = stored

    def steps(self):
        current = STEP_SLUGS.index(self.step_slug)
        return [
            {
                "number": index + 1,
                "label": step.label,
                "current": index == current,
                "url": step_url(self.initiative, step.slug) if self.initiative else None,
            }
            for index, step in enumerate(STEPS)
        ]

    def neighbour(self, offset: int) -> str:
        index = STEP_SLUGS.index(self.step_slug) + offset
        index = max(0, min(index, len(STEPS) - 1))
        return step_url(self.initiative, STEP_SLUGS[index])

    def after_save(self) -> HttpResponseRedirect:
        action = self.request.POST.get("action", "next")
        if action == "back":
            return redirect(self.neighbour(-1))
        if action == "save":
            messages.success(self.request, self.saved_message())
            return redirect(step_url(self.initiative, self.step_slug))
        return redirect(self.neighbour(+1))

    def saved_message(self) -> str:
        if self.proposing:
            return _("Your changes are kept. Propose them to the service in the last step.")
        return _("Your draft has been saved.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        index = STEP_SLUGS.index(self.step_slug)
        context.update(
            initiative=self.initiative,
            steps=self.steps(),
            step=STEPS[index],
            step_number=index + 1,
            step_count=len(STEPS),
            first_step=index == 0,
            proposing=self.proposing,
        )
        return context


class StepView(SubmissionMixin, TemplateView):
    """One step of the form; ``initiative-create`` is the first step of a new initiative."""

    template_name = "initiatives/submission/step.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.step_slug = kwargs.get("step", "basics")
        if self.step_slug not in STEP_SLUGS or self.step_slug == "review":
            raise Http404
        if "pk" in kwargs and not self.editable_by_user(kwargs["pk"]):
            return redirect(reverse("initiatives:initiative-preview", kwargs={"pk": kwargs["pk"]}))
        if self.initiative is not None and not (self.editable or self.proposing):
            messages.info(
                request, _("This initiative is with the service and cannot be edited now.")
            )
            return redirect(step_url(self.initiative, "review"))
        return super().dispatch(request, *args, **kwargs)

    def editable_by_user(self, pk) -> bool:
        """False for a carrier's initiative that is with the service (404 for others)."""
        initiative = get_object_or_404(Initiative, pk=pk)
        user = self.request.user
        if user.has_perm("initiatives.change_initiative", initiative):
            return True
        if initiative.moderation_state != ModerationState.PUBLISHED and user.has_perm(
            "initiatives.view_initiative", initiative
        ):
            messages.info(
                self.request, _("This initiative is with the service and cannot be edited now.")
            )
            return False
        raise Http404

    # --- forms per step

    def build_form(self, data=None, files=None):
        step = STEPS[STEP_SLUGS.index(self.step_slug)]
        instance = self.initiative or Initiative()
        if self.step_slug == "timeline":
            if self.proposing and "steps" in self.proposed_data():
                return timeline_formset_for_change(data, self.proposed_data()["steps"])
            return TimelineFormSet(data, instance=instance, prefix="steps")
        if self.step_slug == "images":
            if self.proposing:
                return None
            return ImageForm(data, files, instance=InitiativeImage(initiative=instance))
        kwargs = {"user": self.request.user} if step.form_class is BasicsForm else {}
        initial = None
        if self.proposing:
            initial = {
                name: value for name, value in self.proposed_data().items() if name != "steps"
            }
        return step.form_class(data, files, instance=instance, initial=initial, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.build_form())
        context["template"] = (
            f"initiatives/submission/step_{self.step_slug}.html"
            if self.step_slug in ("place", "timeline", "images")
            else "initiatives/submission/_fieldsets.html"
        )
        if self.step_slug == "images" and self.initiative is not None:
            context["images"] = self.initiative.images.all()
        return context

    def post(self, request, *args, **kwargs):
        if self.step_slug == "images":
            return self.post_images()
        form = self.build_form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if self.proposing:
            self.store_proposed(form.revision_data())
        elif self.initiative is None:
            self.create_draft(form)
        else:
            with transaction.atomic():
                saved = form.save()
                if self.step_slug == "basics":
                    self.refresh_slug(saved)
        return self.after_save()

    def create_draft(self, form: BasicsForm) -> None:
        with transaction.atomic():
            initiative = form.save(commit=False)
            initiative.author = self.request.user
            initiative.latitude = PROVISIONAL_LATITUDE
            initiative.longitude = PROVISIONAL_LONGITUDE
            initiative.slug = self.slug_for(initiative)
            initiative.save()
            form.save_m2m()
        self.__dict__["initiative"] = initiative  # the cached property, for the redirect

    def refresh_slug(self, initiative: Initiative) -> None:
        # The address follows the title until the initiative is first published.
        slug = self.slug_for(initiative)
        if initiative.published_at is None and slug != initiative.slug:
            initiative.slug = slug
            initiative.save(update_fields=["slug"])

    @staticmethod
    def slug_for(initiative: Initiative) -> str:
        title = initiative.title or next(
            (
                getattr(initiative, f"title_{code}")
                for code in ("fr", "nl", "en")
                if getattr(initiative, f"title_{code}")
            ),
            "",
        )
        return slugify(title)[:200] or "initiative"

    def post_images(self):
        if self.proposing:
            return self.after_save()
        delete = self.request.POST.get("delete")
        if delete:
            image = self.initiative.images.filter(pk=delete).first()
            if image is None:
                raise Http404
            image.image.delete(save=False)
            image.delete()
            messages.success(self.request, _("The image has been removed."))
            return redirect(step_url(self.initiative, "images"))
        action = self.request.POST.get("action", "next")
        nothing_typed = not self.request.FILES and not any(
            self.request.POST.get(name) for name in ("alt_text", "caption")
        )
        if action != "add" and nothing_typed:
            # Moving on without adding another image.
            return self.after_save()
        form = self.build_form(self.request.POST, self.request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(self.request, _("The image has been added."))
        if action == "add":
            return redirect(step_url(self.initiative, "images"))
        return self.after_save()


class PreviewView(SubmissionMixin, TemplateView):
    """The last step: the initiative as it will be published, and the button to submit it."""

    step_slug = "review"
    template_name = "initiatives/submission/review.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        initiative = (
            Initiative.objects.select_related("participation_level", "organisation")
            .prefetch_related(
                "communes", "themes", "target_groups", "methods", "steps", "images", "links"
            )
            .get(pk=self.initiative.pk)
        )
        # What the public detail page's template needs (initiatives.views.public), so the
        # preview is that very page, minus the "not published" notice and related ones.
        context.update(
            object=initiative,
            initiative=initiative,
            unpublished=False,
            state_label=ModerationState(initiative.moderation_state).label,
            methods=[
                (method, method_url(method))
                for method in initiative.methods.all()
                if method.is_published
            ],
            related=[],
            images=list(initiative.images.all()),
            missing=missing_parts(initiative),
            can_submit=self.request.user.has_perm("initiatives.submit_initiative", initiative),
        )
        if self.proposing:
            context["changed_fields"] = changed_labels(initiative, self.proposed_data())
        return context


class SubmitView(SubmissionMixin, View):
    """Submit a draft for moderation, or propose the collected changes to a published one."""

    step_slug = "review"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        initiative = self.initiative
        if self.proposing:
            return self.propose(initiative)
        if not request.user.has_perm("initiatives.submit_initiative", initiative):
            messages.error(request, _("Only its carriers can submit this initiative."))
            return redirect(step_url(initiative, "review"))
        try:
            services.initiative_submit(initiative=initiative, by=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(step_url(initiative, "review"))
        messages.success(
            request,
            _(
                "Thank you! Your initiative has been sent to the participation service. "
                "We will e-mail you once it is published or if we have a question."
            ),
        )
        return redirect(my_initiatives_url(initiative))

    def propose(self, initiative: Initiative):
        data = self.proposed_data()
        if not data:
            messages.info(self.request, _("You have not changed anything yet."))
            return redirect(step_url(initiative, "review"))
        try:
            services.initiative_propose_change(
                initiative=initiative, data=data, by=self.request.user
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(self.request, message)
            return redirect(step_url(initiative, "review"))
        del self.request.session[change_key(initiative)]
        messages.success(
            self.request,
            _(
                "Your changes have been sent to the participation service. The published "
                "version stays online until they are approved."
            ),
        )
        return redirect(my_initiatives_url(initiative))


class DiscardChangesView(SubmissionMixin, View):
    """Forget the changes collected for a published initiative."""

    step_slug = "review"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        request.session.pop(change_key(self.initiative), None)
        messages.info(request, _("Your changes have been discarded."))
        return redirect(step_url(self.initiative, "review"))


def missing_parts(initiative: Initiative) -> list[tuple[str, str]]:
    """What the service needs before it can moderate: (explanation, step URL) pairs."""
    missing = []
    if not initiative.communes.all():
        missing.append((_("Choose the communes where it takes place."), "place"))
    if not initiative.themes.all():
        missing.append((_("Choose at least one theme."), "basics"))
    return [(text, step_url(initiative, slug)) for text, slug in missing]


def changed_labels(initiative: Initiative, data: dict) -> list[str]:
    """The names of the fields whose proposed value differs from the published one."""
    current = services.initiative_data(initiative)
    labels = []
    for name, value in data.items():
        if current.get(name) == value:
            continue
        if name == "steps":
            labels.append(_("Timeline"))
            continue
        base, _sep, code = name.rpartition("_")
        if code in ("nl", "fr", "en") and base:
            field = Initiative._meta.get_field(base)
            labels.append(f"{field.verbose_name.capitalize()} ({code.upper()})")
        else:
            labels.append(str(Initiative._meta.get_field(name).verbose_name.capitalize()))
    return labels
