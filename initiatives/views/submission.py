"""Submitting an initiative in steps: basics, place, content, timeline, images, review.

The first step creates the draft; every later step saves into it, so nothing is lost when the
carrier leaves halfway. A draft (or one the service sent back) is edited in place and then
submitted for moderation with ``initiative_submit``. A published initiative stays online
untouched: the steps collect the proposed values in the session and the review step hands
them to ``initiative_propose_change`` in one go (one message to the service, not one per step).

Each view names the permission it needs (``permission_required``, django-rules), checked once
against the initiative of the URL, fetched once: the steps and the review page
``manage_initiative`` (its carriers and staff, in any state; the state then decides whether
they edit it or follow it), submitting and discarding ``change_initiative``. Anybody else gets
a 404, so an id reveals nothing. The writes are services (``initiatives.services``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from core.languages import LANGUAGE_CODES
from core.models import ModerationState
from core.states import IllegalTransition
from initiatives import services
from initiatives.forms_submission import (
    BasicsForm,
    ContentForm,
    ImageForm,
    ImageRemovalForm,
    PlaceForm,
    TimelineFormSet,
    timeline_formset_for_change,
)
from initiatives.models import Initiative, InitiativeImage


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


class SubmissionMixin(LoginRequiredMixin, PermissionRequiredMixin):
    """The initiative of the URL, the permission the view names on it, the step navigation.

    A visitor who is not signed in goes to the login page; a signed-in user without the
    permission gets a 404, whether the initiative exists or not.
    """

    step_slug = "basics"
    permission_required = "initiatives.change_initiative"

    @cached_property
    def initiative(self) -> Initiative | None:
        if "pk" not in self.kwargs:
            return None
        return get_object_or_404(
            Initiative.objects.select_related("organisation"), pk=self.kwargs["pk"]
        )

    def get_permission_object(self) -> Initiative | None:
        return self.initiative

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            raise Http404
        return super().handle_no_permission()  # the login page

    def refused(self, error: ValidationError) -> HttpResponseRedirect:
        """A service said no: its messages, on the review page."""
        for message in error.messages:
            messages.error(self.request, message)
        return redirect(step_url(self.initiative, "review"))

    @property
    def proposing(self) -> bool:
        """Editing a published initiative: the steps collect a proposed change."""
        return (
            self.initiative is not None
            and self.initiative.moderation_state == ModerationState.PUBLISHED
        )

    @property
    def editable(self) -> bool:
        return (
            self.initiative is None or self.initiative.moderation_state in services.BEING_PREPARED
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
    """One step of the form; ``initiative-create`` is the first step of a new initiative.

    A new initiative needs ``add_initiative`` (anybody signed in), an existing one
    ``manage_initiative``; while it is with the service (or closed) its carriers and staff are
    sent to its review page, where they follow it.
    """

    template_name = "initiatives/submission/step.html"

    def get_permission_required(self):
        if "pk" in self.kwargs:
            return ("initiatives.manage_initiative",)
        return ("initiatives.add_initiative",)

    def dispatch(self, request, *args, **kwargs):
        self.step_slug = kwargs.get("step", "basics")
        if self.step_slug not in STEP_SLUGS or self.step_slug == "review":
            raise Http404
        return super().dispatch(request, *args, **kwargs)  # then the login and the permission

    def with_the_service(self) -> HttpResponseRedirect | None:
        """To the review page when the initiative is neither being prepared nor published."""
        if self.initiative is None or self.editable or self.proposing:
            return None
        messages.info(
            self.request, _("This initiative is with the service and cannot be edited now.")
        )
        return redirect(step_url(self.initiative, "review"))

    def get(self, request, *args, **kwargs):
        return self.with_the_service() or super().get(request, *args, **kwargs)

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
        if closed := self.with_the_service():
            return closed
        if self.step_slug == "images":
            return self.post_images()
        form = self.build_form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if self.proposing:
            self.store_proposed(form.revision_data())
        elif self.initiative is None:
            initiative = services.initiative_create_draft(
                initiative=form.save(commit=False), by=request.user, many_to_many=chosen(form)
            )
            self.__dict__["initiative"] = initiative  # the cached property, for the redirect
        else:
            try:
                if self.step_slug == "timeline":
                    services.initiative_save_timeline(initiative=self.initiative, formset=form)
                else:
                    services.initiative_update_draft(
                        initiative=form.save(commit=False), many_to_many=chosen(form)
                    )
            except IllegalTransition as error:
                return self.refused(error)
        return self.after_save()

    def post_images(self):
        if self.proposing:
            return self.after_save()
        if self.request.POST.get("delete"):
            removal = ImageRemovalForm(self.request.POST)
            if not removal.is_valid():
                raise Http404  # not an id: no image of this initiative has it
            try:
                services.initiative_remove_image(
                    initiative=self.initiative, image_id=removal.cleaned_data["delete"]
                )
            except InitiativeImage.DoesNotExist:
                raise Http404 from None
            except IllegalTransition as error:
                return self.refused(error)
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
        try:
            services.initiative_add_image(initiative=self.initiative, image=form.save(commit=False))
        except IllegalTransition as error:
            return self.refused(error)
        messages.success(self.request, _("The image has been added."))
        if action == "add":
            return redirect(step_url(self.initiative, "images"))
        return self.after_save()


class PreviewView(SubmissionMixin, TemplateView):
    """The last step: the initiative as it will be published, and the button to submit it."""

    step_slug = "review"
    permission_required = "initiatives.manage_initiative"
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
            methods=[method for method in initiative.methods.all() if method.is_published],
            related=[],
            images=list(initiative.images.all()),
            missing=missing_parts(initiative),
        )
        if self.proposing:
            context["changed_fields"] = changed_labels(initiative, self.proposed_data())
        return context


class SubmitView(SubmissionMixin, View):
    """Submit a draft for moderation, or propose the collected changes to a published one."""

    step_slug = "review"
    http_method_names = ["post"]

    # Those who follow the initiative but may not submit it now (a carrier whose colleague
    # submitted it meanwhile, or staff) hear why on the review page; anybody else gets a 404.
    following_permission = "initiatives.manage_initiative"

    def get_permission_required(self):
        if self.proposing:
            return ("initiatives.change_initiative",)
        return ("initiatives.submit_initiative",)

    def handle_no_permission(self):
        user = self.request.user
        if user.is_authenticated and user.has_perm(self.following_permission, self.initiative):
            if self.initiative.moderation_state not in services.BEING_PREPARED:
                why = _("This initiative has already been sent to the participation service.")
            else:
                why = _("Only its carriers can submit this initiative.")
            messages.error(self.request, why)
            return redirect(step_url(self.initiative, "review"))
        return super().handle_no_permission()

    def post(self, request, *args, **kwargs):
        initiative = self.initiative
        if self.proposing:
            return self.propose(initiative)
        try:
            services.initiative_submit(initiative=initiative, by=request.user)
        except ValidationError as error:
            return self.refused(error)
        messages.success(
            request,
            _(
                "Thank you! Your initiative has been sent to the participation service. "
                "We will e-mail you once it is published or if we have a question."
            ),
        )
        return redirect(reverse("initiatives:initiative-mine"))

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
            return self.refused(error)
        del self.request.session[change_key(initiative)]
        messages.success(
            self.request,
            _(
                "Your changes have been sent to the participation service. The published "
                "version stays online until they are approved."
            ),
        )
        return redirect(reverse("initiatives:initiative-mine"))


class DiscardChangesView(SubmissionMixin, View):
    """Forget the changes collected for a published initiative."""

    step_slug = "review"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        request.session.pop(change_key(self.initiative), None)
        messages.info(request, _("Your changes have been discarded."))
        return redirect(step_url(self.initiative, "review"))


def chosen(form) -> dict:
    """A step form's many-to-many choices, which the services save after the row itself."""
    return {
        name: form.cleaned_data[name]
        for name in services.MANY_TO_MANY_FIELDS
        if name in form.cleaned_data
    }


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
        if code in LANGUAGE_CODES and base:
            field = Initiative._meta.get_field(base)
            labels.append(f"{field.verbose_name.capitalize()} ({code.upper()})")
        else:
            labels.append(str(Initiative._meta.get_field(name).verbose_name.capitalize()))
    return labels
