from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from core import ratelimit, registry
from core.forms import ContactForm
from core.languages import LANGUAGE_CODES
from core.models import Commune, Page, ParticipationLevel, Theme
from core.services import contact_message_send


class HomeView(TemplateView):
    """The front page: the journey, true key figures, the participation ladder and the blocks
    other apps contribute to the "home" slot of ``core.registry`` (the latest articles, ...).

    Three small queries whatever the amount of data (the taxonomies are short, staff-kept
    lists), plus each registered block's own few queries.
    """

    template_name = "core/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        themes = list(Theme.objects.all())
        context["commune_count"] = Commune.objects.count()
        context["themes"] = themes
        context["theme_count"] = len(themes)
        context["levels"] = list(ParticipationLevel.objects.all())
        context["language_count"] = len(LANGUAGE_CODES)
        # Rendered here, not by the template tag: their stylesheets go into <head>.
        context["home_blocks"] = registry.render_slot("home", self.request)
        context["home_stylesheets"] = registry.stylesheets(context["home_blocks"])
        return context


class PageView(TemplateView):
    """A staff-editable page, chosen by the URL pattern's ``slug``."""

    template_name = "core/page_detail.html"
    slug = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Page.objects.filter(slug=self.slug).first()
        if page is None:
            raise Http404
        context["page"] = page
        return context


class ContactView(FormView):
    """The contact form. Every POST counts towards ``CONTACT_RATE`` per client, valid or not;
    the message is stored and forwarded in the background (``contact_message_send``)."""

    template_name = "core/contact_form.html"
    form_class = ContactForm

    def post(self, request, *args, **kwargs):
        if ratelimit.is_limited(request, "contact", settings.CONTACT_RATE):
            return render(request, "429.html", status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        # A bot that filled the honeypot sees the same success, but nothing is kept or sent.
        if not form.is_spam():
            contact_message_send(
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                subject=form.cleaned_data["subject"],
                message=form.cleaned_data["message"],
                language=get_language(),
            )
        messages.success(
            self.request,
            _(
                "Thank you, your message has been sent. The service answers within five working days."
            ),
        )
        return redirect("core:contact")


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Render without context processors or queries: the database may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))
