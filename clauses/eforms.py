"""Labels of the eForms codes a fiche lets the buyer declare in the contract notice.

All four are closed lists, checked by the model: BT-06 strategic procurement, BT-774 the
eForms "environmental-impact" code list, BT-775 the "social-objective" code list and BT-805
the green procurement criteria.
"""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "BT-06": {
        "env-imp": _("Reduction of environmental impacts"),
        "soc-obj": _("Social objective"),
        "inn-pur": _("Innovative purchase"),
    },
    "BT-774": {
        "biodiv-eco": _("Biodiversity and ecosystems"),
        "circ-econ": _("Circular economy"),
        "clim-adapt": _("Climate change adaptation"),
        "clim-mitig": _("Climate change mitigation"),
        "pollu-prev": _("Pollution prevention and control"),
        "water-mar": _("Water and marine resources"),
        "other": _("Other environmental objective"),
    },
    "BT-775": {
        "acc-all": _("Accessibility for all"),
        "et-eq": _("Ethnic equality"),
        "gen-eq": _("Gender equality"),
        "hum-right": _("Human rights"),
        "work-cond": _("Working conditions"),
        "opp": _("Employment opportunities for disadvantaged people"),
        "other": _("Other social objective"),
    },
    "BT-805": {
        "eu": _("EU criteria"),
        "national": _("National criteria"),
        "other": _("Other criteria"),
    },
}


def label_for(field: str, code: str) -> str:
    return str(LABELS.get(field, {}).get(code, code))
