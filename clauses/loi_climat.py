"""The Loi Climat / PNAD rule, defined once: which fiches let a contract meet which
requirement, under which article, and how the portal names it.

Every use reads `REQUIREMENTS`: the kit's proposals (`condition()`, in SQL), the selection's
check and the fiche's badges (`met_by(fiche)`, in Python), the API's `loi_climat` object
(`api_name`), and the texts of the kit and the selection pages (`SUMMARY`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import Fiche


@dataclass(frozen=True)
class Requirement:
    code: str
    label: Promise
    badge: Promise
    reference: str
    api_name: str
    # The fiche's field values that meet the requirement (each may list several values).
    where: tuple[tuple[str, tuple[Any, ...]], ...]

    def condition(self) -> Q:
        condition = Q()
        for name, values in self.where:
            condition &= Q(**{f"{name}__in": values})
        return condition

    def met_by(self, fiche: Fiche) -> bool:
        return all(getattr(fiche, name) in values for name, values in self.where)


REQUIREMENTS = (
    Requirement(
        code="env_execution",
        label=_("Environmental execution condition"),
        badge=_("environmental execution condition (L2112-2)"),
        reference="L2112-2",
        api_name="environmental_execution_condition",
        where=(("kind", (Fiche.Kind.EXECUTION_CONDITION,)), ("env_impact", (True,))),
    ),
    Requirement(
        code="env_award",
        label=_("Award criterion on environmental characteristics"),
        badge=_("environmental award criterion (L2152-7)"),
        reference="L2152-7",
        api_name="environmental_award_criterion",
        where=(("kind", (Fiche.Kind.AWARD_CRITERION,)), ("env_impact", (True,))),
    ),
    Requirement(
        code="social",
        label=_("Social clause"),
        badge=_("social clause"),
        reference="PNAD",
        api_name="social_clause",
        where=(("social_objective", (True,)),),
    ),
)
BY_CODE = {r.code: r for r in REQUIREMENTS}

SUMMARY = _(
    "Since August 2026 every contract must carry an environmental execution condition "
    "(article L2112-2 of the public procurement code) and at least one award criterion taking "
    "environmental characteristics into account (article L2152-7), as amended by law "
    "2021-1104. The PNAD also asks for a social clause in 30 % of contracts."
)


def requirements_met(fiche: Fiche) -> list[Requirement]:
    return [r for r in REQUIREMENTS if r.met_by(fiche)]
