"""Labels of enum values shown in pages (French by default, English available)."""

from __future__ import annotations

from jinja2 import pass_context
from jinja2.runtime import Context

from recours.dossier.labels import LABELS as MODEL_LABELS


def _metric_labels() -> dict[str, tuple[str, str]]:
    from recours.documents.figures import COMPARATOR_SIGNS, COMPARATOR_WORDS, METRIC_NAMES

    found = {str(m.value): (n.fr, n.en) for m, n in METRIC_NAMES.items()}
    for c, words in COMPARATOR_WORDS.items():
        found[str(c.value)] = (f"{words.fr} ({COMPARATOR_SIGNS[c]})",
                               f"{words.en} ({COMPARATOR_SIGNS[c]})")
    return found


LABELS: dict[str, tuple[str, str]] = {
    **_metric_labels(),
    **{str(k): v for k, v in MODEL_LABELS.items()},
    # contract kinds
    "sale": ("Vente de logiciel", "Software sale"),
    "licence": ("Licence", "Licence"),
    "saas": ("Abonnement SaaS", "SaaS subscription"),
    "custom_development": ("Développement sur mesure", "Custom development"),
    "integration": ("Intégration", "Integration"),
    "maintenance": ("Maintenance", "Maintenance"),
    "mixed": ("Contrats mixtes ou interdépendants", "Mixed or interdependent contracts"),
    # obligation level
    "result": ("Obligation de résultat", "Obligation of result"),
    "means": ("Obligation de moyens", "Obligation of means"),
    "unspecified": ("Non précisée", "Not specified"),
    # price basis
    "one_off": ("Prix forfaitaire", "One-off price"),
    "monthly": ("Mensuel", "Monthly"),
    "quarterly": ("Trimestriel", "Quarterly"),
    "annual": ("Annuel", "Annual"),
    # party kinds
    "company": ("Entreprise", "Company"),
    "public_body": ("Personne publique", "Public body"),
    "consumer": ("Consommateur", "Consumer"),
    # losses
    "loss_suffered": ("Perte subie", "Loss suffered"),
    "lost_profit": ("Gain manqué", "Lost profit"),
    "extra_costs": ("Frais supplémentaires", "Extra costs"),
    "third_party_claims": ("Réclamations de tiers", "Third-party claims"),
    "reputational": ("Préjudice d'image", "Reputational harm"),
    # verdicts and statuses
    "breach_established": ("Manquement établi", "Breach established"),
    "conformity_established": ("Conformité établie", "Conformity established"),
    "inconclusive": ("Non concluant", "Inconclusive"),
    "open": ("En cours", "Open"),
    "due_soon": ("Proche", "Due soon"),
    "expired": ("Expiré", "Expired"),
    "suspended": ("Suspendu", "Suspended"),
    "interrupted": ("Interrompu", "Interrupted"),
    "pending": ("En attente", "Pending"),
    "running": ("En cours", "Running"),
    "done": ("Terminé", "Done"),
    "failed": ("Échec", "Failed"),
    "established": ("Établi", "Established"),
    "arguable": ("Discutable", "Arguable"),
    "weak": ("Faible", "Weak"),
    "met": ("Conditions réunies", "Conditions met"),
    "not_met": ("Conditions non réunies", "Conditions not met"),
    "partial": ("Conditions en partie établies", "Partly established"),
    "info": ("Constat", "Statement"),
    "missing": ("absent", "missing"),
    "present": ("présent", "present"),
    # risk severity (contract review)
    "high": ("élevé", "high"),
    "medium": ("moyen", "medium"),
    "low": ("faible", "low"),
    "bundle": ("Archive de preuve scellée", "Sealed evidence bundle"),
    # documents
    "mise-en-demeure": ("Mise en demeure", "Formal notice"),
    "note": ("Note d'analyse", "Case memo"),
    "rapport": ("Rapport de conformité", "Compliance report"),
    # uploads
    "contract": ("Contrat", "Contract"),
    "data": ("Données", "Data"),
    "spec": ("Spécification", "Specification"),
    "other": ("Autre", "Other"),
    # exhibits (pièces) and proof
    "expert_report_judicial": ("Rapport d'expertise judiciaire", "Court expert's report"),
    "expert_report_private": ("Rapport d'expertise amiable", "Private expert's report"),
    "constat": ("Constat de commissaire de justice", "Constat (bailiff's report)"),
    "incident_log": ("Journal d'incidents", "Incident log"),
    "correspondence": ("Correspondance", "Correspondence"),
    "acceptance_report": ("Procès-verbal de recette", "Acceptance report"),
    "minutes": ("Compte rendu de réunion", "Minutes"),
    "evidence_bundle": ("Archive de preuve scellée", "Sealed evidence bundle"),
    "alleged": ("Allégué", "Alleged"),
    "documented": ("Documenté", "Documented"),
    "contested": ("Contesté", "Contested"),
    "expert": ("Expertise judiciaire", "Court expert"),
    "admission": ("Aveu de l'autre partie", "Admission"),
    "statistical_breach": ("Manquement établi par mesure statistique",
                           "Breach established statistically"),
    "document": ("Pièces", "Exhibits"),
}


@pass_context
def label(ctx: Context, value: object) -> str:
    pair = LABELS.get(str(value))
    if pair is None:
        return str(value)
    return pair[1] if ctx.get("lang") == "en" else pair[0]
