from django.contrib.admin.apps import AdminConfig


class ParticipatieAdminConfig(AdminConfig):
    """The Django admin, branded for the service and closed to staff without a second factor."""

    default_site = "participatie.admin.ParticipatieAdminSite"
