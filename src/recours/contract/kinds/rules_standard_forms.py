"""Wordings of published standard forms and licences (CeCILL, Common Paper's forms, online terms
of SaaS vendors), found on the dev split of the real corpus: each trigger with its reason.

- heads of loss declared indirect and not compensated (CeCILL: « constitue un dommage indirect
  et n'ouvre pas droit à réparation », "shall constitute consequential loss and shall not
  provide entitlement to any … compensation"), a liability « ne saurait être engagée » for
  damages, « ne saurait en aucune circonstance être responsable … des dommages indirects », and
  a paragraph that is the list of disclaimed damages after "disclaims the following:";
- a cap stated as a cover-page variable ("will not be more than the General Cap Amount");
- output passed off as made by a person (an AI addendum: "falsely state Output was created by a
  human") — people kept from being misled about AI-generated content;
- "does not provide any representation or warranty that …";
- copyright waived on contributions (a CC0 dedication the user must make);
- an acceptance process with a rejection period; uptime or response-time credits;
- the client's right to extract its data during the contract, help to back it up at the end.
"""

from __future__ import annotations

from recours.contract.kinds.base import KindRule, t

STANDARD_FORM_RULES: tuple[KindRule, ...] = (
    KindRule(
        "liability_exclusion",
        t(
            (
                r"constitu\w+ (un|des) (dommages?|préjudices?) indirects?[^.;]{0,40}?n'ouvr\w+ pas "
                r"droit à (réparation|indemnisation)|(shall|will) constitute consequential loss"
                r"[^.;]{0,40}?(shall|will) not (provide entitlement|give rise|entitle)",
                "préjudices qualifiés d'indirects et non réparés / losses deemed consequential, "
                "not compensated",
            ),
            (
                r"responsabilit\w*\b[^.;]{0,120}?ne (saurait|sauraient|pourra|pourront|peut|"
                r"sera) (pas |en aucun cas )?être (engagée|recherchée|retenue)\b[^.]{0,240}?"
                r"\b(dommages?|préjudices?|pertes?)\b",
                "responsabilité non engagée pour certains dommages",
            ),
            (
                r"ne (saurait|sauraient|pourra|sera) (en aucune circonstance|en aucun cas|jamais) "
                r"(être )?(tenue? )?responsables?\b[^.;]{0,80}?\b(dommages?|préjudices?|pertes?)",
                "exclusion de certains préjudices (en aucune circonstance responsable)",
            ),
            (
                r"^\W{0,3}(indirect|consequential),? (special|incidental|consequential|punitive)"
                r"[^.]{0,120}?\bdamages\b|^\W{0,3}dommages (indirects|consécutifs),? "
                r"(particuliers|accessoires|consécutifs|spéciaux)\b",
                "list of disclaimed heads of loss",
            ),
        ),
        anchor=("indirect", "consequential", "engagée", "recherchée", "retenue",
                "circonstance", "aucun cas", "jamais"),
    ),
    KindRule(
        "liability_cap",
        t(
            (
                r"liabilit\w*\b[^.;]{0,160}?\b(will|shall) not (be more than|exceed) the "
                r"(general |increased )?cap amount\b",
                "cap set by a cover-page amount (General Cap Amount)",
            ),
        ),
        anchor=("cap amount",),
    ),
    KindRule(
        "transparency",
        t(
            (
                r"(falsely|faussement)?\b(state|represent|claim|present|présenter|affirmer|"
                r"prétendre)\w*\b[^.;]{0,40}?\b(output|outputs|content|text|résultats?|"
                r"contenus?|sorties?)\b[^.;]{0,30}?\b(was|were|is|are|a été|ont été|est|sont) "
                r"(created|written|generated|produced|made|créée?s?|rédigée?s?|produite?s?) "
                r"(by a (human|person)|par (un|une) (humain|personne))",
                "no AI output passed off as made by a person",
            ),
        ),
        anchor=("human", "person", "humain", "personne"),
    ),
    KindRule(
        "warranty_exclusion",
        t(
            (
                r"\b(does|do|will) not (provide|give|make) any (representation|warranty|"
                r"guarantee)( or (representation|warranty|guarantee))? that\b",
                "no representation or warranty given",
            ),
        ),
        anchor=("representation", "warranty", "guarantee"),
    ),
    KindRule(
        "ip_ownership",
        t(
            (
                r"\bwaive[ds]? (all )?(copyrights?|intellectual property rights?)\b|"
                r"renonc\w+ à (tous )?(ses |leurs |vos )?droits d'auteur|"
                r"public domain dedication|domaine public",
                "copyright waived (public-domain dedication)",
            ),
        ),
        anchor=("waive", "renonc", "public domain", "domaine public"),
    ),
    KindRule(
        "acceptance_testing",
        t(
            (
                r"\bacceptance process\b|\brejection period\b|deemed to have (approved|accepted) "
                r"(a|the) deliverable|délai de (rejet|refus)",
                "acceptance process with a rejection period",
            ),
        ),
        anchor=("acceptance", "rejection", "deemed to have", "délai de"),
    ),
    KindRule(
        "penalties",
        t(
            (
                r"\b(uptime|response time|availability|downtime) credits?\b|crédits? de "
                r"(disponibilité|temps de réponse)",
                "service credits for uptime or response time",
            ),
        ),
        anchor=("credit", "crédit"),
    ),
    KindRule(
        "reversibility",
        t(
            (
                r"(possibilité|droit|faculté) d'(extraire|exporter|récupérer) (les|ses|leurs|"
                r"l'ensemble des) données|guider\w*\b[^.;]{0,40}?\b(sauvegarde|récupération|export)"
                r"\w* de ses données|\b(may|can|right to) (export|extract|retrieve|download) "
                r"(its|their|all|the) (customer )?(data|content)\b",
                "le client peut extraire ses données / the client may export its data",
            ),
        ),
        anchor=("extraire", "exporter", "récupér", "sauvegarde", "export", "extract",
                "retrieve", "download"),
    ),
)
