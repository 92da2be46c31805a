from django.db.models import Q, QuerySet

from .models import User
from .roles import Role


def user_list(*, q: str = "", role: str = "", to_confirm: bool = False) -> QuerySet[User]:
    users = User.objects.filter(anonymised_at__isnull=True).select_related("organisation")
    if q:
        users = users.filter(
            Q(email__icontains=q)
            | Q(first_name__icontains=q)
            | Q(last_name__icontains=q)
            | Q(organisation__name__icontains=q)
        )
    if role in Role.values:
        users = users.filter(groups__name=role)
    if to_confirm:
        users = users.filter(organisation__isnull=False, organisation_confirmed=False)
    return users.prefetch_related("groups").order_by("last_name", "first_name", "email")
