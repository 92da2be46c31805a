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
    # Whether the law imposes it, and on which contracts.
    obligation: Promise
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
        obligation=_("Legal obligation for every contract (Loi Climat et Résilience, art. 35)."),
        api_name="environmental_execution_condition",
        where=(("kind", (Fiche.Kind.EXECUTION_CONDITION,)), ("env_impact", (True,))),
    ),
    Requirement(
        code="env_award",
        label=_("Award criterion on environmental characteristics"),
        badge=_("environmental award criterion (L2152-7)"),
        reference="L2152-7",
        obligation=_(
            "Legal obligation for every contract: at least one award criterion takes the "
            "environmental characteristics of the offers into account (Loi Climat et "
            "Résilience, art. 35)."
        ),
        api_name="environmental_award_criterion",
        where=(("kind", (Fiche.Kind.AWARD_CRITERION,)), ("env_impact", (True,))),
    ),
    Requirement(
        code="social",
        label=_("Social execution condition"),
        badge=_("social execution condition (L2112-2-1)"),
        reference="L2112-2-1",
        obligation=_(
            "Legal obligation for contracts at or above the EU thresholds (Loi Climat et "
            "Résilience, art. 35), reserved contracts excepted; below them, a good practice. "
            "The 30% target for contracts with a social consideration is set by the "
            "national plan for sustainable procurement (PNAD), not by a law."
        ),
        api_name="social_clause",
        # An execution condition (an insertion clause is one) with a social objective: a fair
        # trade specification or an accessibility requirement does not meet L2112-2-1.
        where=(
            ("kind", (Fiche.Kind.EXECUTION_CONDITION, Fiche.Kind.SOCIAL_CLAUSE)),
            ("social_objective", (True,)),
        ),
    ),
)
BY_CODE = {r.code: r for r in REQUIREMENTS}

SUMMARY = _(
    "The Loi Climat et Résilience (law 2021-1104, art. 35) makes two rules of the public "
    "procurement code apply to every contract from August 2026: an environmental execution "
    "condition (article L2112-2) and at least one award criterion taking environmental "
    "characteristics into account (article L2152-7). A social execution condition (article "
    "L2112-2-1) is mandatory for contracts at or above the EU thresholds. The 30% target for "
    "contracts with a social clause is set by the national plan (PNAD), not by a law."
)


def requirements_met(fiche: Fiche) -> list[Requirement]:
    return [r for r in REQUIREMENTS if r.met_by(fiche)]
