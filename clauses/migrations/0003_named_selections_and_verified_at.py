"""Several named selections per buyer (one active), and the date staff last verified a fiche.

Existing rows keep their fiches: each user's one selection becomes their active
"Ma sélection", created now.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("clauses", "0002_postgresql_search"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="selection",
            name="user",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="clause_selections",
                to=settings.AUTH_USER_MODEL,
                verbose_name="user",
            ),
        ),
        migrations.AddField(
            model_name="selection",
            name="name",
            field=models.CharField(
                default="Ma sélection",
                help_text="The contract's object, as the exported document's title.",
                max_length=200,
                verbose_name="name",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="selection",
            name="contract_type",
            field=models.CharField(
                blank=True,
                choices=[("works", "Works"), ("supplies", "Supplies"), ("services", "Services")],
                max_length=20,
                verbose_name="contract type",
            ),
        ),
        migrations.AddField(
            model_name="selection",
            name="segment",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="clauses.segment",
                verbose_name="purchase segment",
            ),
        ),
        migrations.AddField(
            model_name="selection",
            name="is_active",
            field=models.BooleanField(default=True, verbose_name="active"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="selection",
            name="is_active",
            field=models.BooleanField(default=False, verbose_name="active"),
        ),
        migrations.AddField(
            model_name="selection",
            name="created_at",
            field=models.DateTimeField(
                auto_now_add=True,
                default=django.utils.timezone.now,
                verbose_name="created at",
            ),
            preserve_default=False,
        ),
        migrations.AlterModelOptions(
            name="selection",
            options={
                "ordering": ["created_at", "pk"],
                "verbose_name": "selection",
                "verbose_name_plural": "selections",
            },
        ),
        migrations.AddConstraint(
            model_name="selection",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_active", True)),
                fields=("user",),
                name="selection_one_active_per_user",
            ),
        ),
        migrations.AddConstraint(
            model_name="selection",
            constraint=models.CheckConstraint(
                condition=models.Q(("name", ""), _negated=True), name="selection_name_not_empty"
            ),
        ),
        migrations.AddConstraint(
            model_name="selection",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("contract_type", ""),
                    ("contract_type__in", ["works", "supplies", "services"]),
                    _connector="OR",
                ),
                name="selection_contract_type_valid",
            ),
        ),
        migrations.AddField(
            model_name="fiche",
            name="verified_at",
            field=models.DateField(
                blank=True,
                help_text="When staff last checked the clause against the law and the guides.",
                null=True,
                verbose_name="verified on",
            ),
        ),
    ]
