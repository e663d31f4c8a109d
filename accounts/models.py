import rules
from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    """Users are identified by their e-mail address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails we send you."),
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def has_perm(self, perm, obj=None):
        """Staff and superusers hold their powers only after the second factor.

        Without it (no TOTP, or not used in this session) the account is an ordinary user: only
        the rules decide, with no superuser shortcut and no model permissions of the admin.
        """
        if self.is_active and (self.is_staff or self.is_superuser):
            from core.second_factor import has_second_factor_in_session

            if not has_second_factor_in_session(self):
                return rules.has_perm(perm, self, obj)
        return super().has_perm(perm, obj)

    def has_module_perms(self, app_label):
        if self.is_active and (self.is_staff or self.is_superuser):
            from core.second_factor import has_second_factor_in_session

            if not has_second_factor_in_session(self):
                return False
        return super().has_module_perms(app_label)

    def clean(self):
        # Addresses are compared case-insensitively everywhere (allauth too): store them so.
        super().clean()
        self.email = self.email.lower()
