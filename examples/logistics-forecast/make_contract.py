"""Write the (fictitious) SaaS terms of the logistics example as DOCX and PDF.

Usage: python examples/logistics-forecast/make_contract.py [OUTPUT_DIR]
Writes cga-previsia-demand.docx and cga-previsia-demand.pdf (default: next to this script).
Every company, person and number here is invented. The SIREN numbers fail the Luhn check on
purpose, so that none of them can belong to a real company.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contractgen import (
    Annex,
    Article,
    Bullets,
    Contract,
    Heading,
    P,
    Sub,
    Table,
    write_docx,
    write_pdf,
)

NAME = "cga-previsia-demand"

# The words the dossier quotes (dossier.yaml, commitments[].source.quote).
Q_WAPE = ("le WAPE hebdomadaire des Prévisions à l'horizon S+1, calculé sur le Périmètre de "
          "Mesure, n'excède pas 20 %")
Q_MAPE = ("le MAPE hebdomadaire des Prévisions à l'horizon S+1, calculé sur le Périmètre de "
          "Mesure, n'excède pas 25 %")
Q_AVAIL = "le taux de disponibilité mensuel du Service est au moins égal à 99,5 %"
Q_CAP = ("plafonnée au montant des Redevances effectivement payées par le Client au titre des "
         "douze (12) mois précédant le fait générateur")
Q_SOLE = ("Les Crédits de Service constituent la seule et unique indemnisation due au Client au "
          "titre du non-respect des niveaux de service")

PARTIES = [
    ("**PRÉVISIA**, société par actions simplifiée au capital de 640 000 euros, dont le siège "
     "social est situé 19 allée des Sciences, 31400 Toulouse, immatriculée au registre du "
     "commerce et des sociétés de Toulouse sous le numéro 918 653 402, représentée par "
     "Monsieur Antoine Mercier, en sa qualité de Directeur général,",
     "ci-après « **Prévisia** » ou le « **Prestataire** » ;"),
    ("**LOGISTIQUE DU VAL DE LOIRE**, société par actions simplifiée au capital de "
     "2 400 000 euros, dont le siège social est situé 120 rue de la Logistique, 45770 Saran, "
     "immatriculée au registre du commerce et des sociétés d'Orléans sous le numéro "
     "879 064 215, représentée par Madame Nadia Benali, en sa qualité de Présidente,",
     "ci-après le « **Client** »."),
]

PREAMBLE = [
    "Prévisia édite et exploite, en mode logiciel en tant que service (SaaS), une solution de "
    "prévision de la demande fondée sur l'apprentissage automatique, dénommée Prévisia Demand, "
    "destinée aux entreprises de logistique et de distribution.",
    "Le Client exploite quatre entrepôts logistiques pour le compte d'enseignes de la grande "
    "distribution. Il a souscrit au Service par le bon de commande ci-dessous, qui emporte "
    "acceptation des présentes conditions générales d'abonnement (les « **CGA** »), dans leur "
    "version 2025-11 en vigueur à la date de souscription.",
]

ORDER_FORM = [
    Heading("Conditions particulières – Bon de commande n° BC-2026-0142"),
    Table(["Rubrique", "Conditions souscrites"], [
        ["Offre", "Prévisia Demand – formule « Entreprise »"],
        ["Sites couverts", "Saran (45), Tours (37), Blois (41), Vierzon (18)"],
        ["Références", "Jusqu'à 800 références actives, dont 150 par site au Périmètre de "
                       "Mesure à la date de souscription"],
        ["Redevance mensuelle", "6 900,00 € HT, payable mensuellement terme à échoir"],
        ["Frais de mise en service", "12 000,00 € HT, payables à la souscription"],
        ["Date de début", "1er février 2026"],
        ["Durée initiale", "Vingt-quatre (24) mois, renouvelable par périodes de douze (12) "
                           "mois"],
        ["Documents applicables", "CGA version 2025-11 et leurs Annexes 1 à 5"],
    ], caption="Tableau 1 – Conditions particulières"),
    P("Le Client déclare avoir pris connaissance des CGA et de leurs annexes, disponibles sur "
      "le site de Prévisia, et les accepter sans réserve. La signature du bon de commande vaut "
      "acceptation des CGA, qui prévalent sur tout document du Client, notamment ses "
      "conditions générales d'achat."),
]

ARTICLES = [
    Article("1", "Définitions", [
        Sub("1.1", "« **Données Client** » : les historiques de ventes, d'expéditions, de "
                   "stocks, de promotions et de référentiel produits transmis par le Client."),
        Sub("1.2", "« **Maintenance Programmée** » : toute intervention planifiée sur le "
                   "Service, annoncée au moins cinq (5) jours ouvrés à l'avance sur le portail "
                   "et réalisée le dimanche entre 0 h et 6 h."),
        Sub("1.3", "« **Périmètre de Mesure** » : les références actives du Client désignées "
                   "au bon de commande, pour chacun des sites couverts, dont le volume "
                   "hebdomadaire réellement expédié est au moins égal à vingt (20) unités."),
        Sub("1.4", "« **Prévision** » : la quantité hebdomadaire prévue par le Service pour une "
                   "référence et un site. La Prévision à l'horizon S+1 est celle calculée le "
                   "lundi de la semaine S-1 pour la semaine S."),
        Sub("1.5", "« **Redevance** » : le prix mensuel de l'abonnement au Service fixé au bon "
                   "de commande."),
        Sub("1.6", "« **Service** » : le service Prévisia Demand, accessible en ligne par un "
                   "portail web et une interface de programmation (API), y compris les modèles "
                   "de prévision et leurs mises à jour."),
    ]),
    Article("2", "Objet et acceptation des CGA", [
        Sub("2.1", "Les CGA définissent les conditions dans lesquelles Prévisia fournit le "
                   "Service au Client, en contrepartie du paiement de la Redevance."),
        Sub("2.2", "Les CGA s'appliquent à l'exclusion de toutes autres conditions. Prévisia "
                   "peut les modifier ; la version modifiée s'applique à compter du "
                   "renouvellement suivant de l'abonnement."),
    ]),
    Article("3", "Documents contractuels", [
        Sub("3.1", "Le contrat est formé, par ordre de priorité décroissante, du bon de "
                   "commande, des présentes CGA et des annexes suivantes :"),
        Bullets([
            "Annexe 1 – Description du Service ;",
            "Annexe 2 – Niveaux de service et crédits de service ;",
            "Annexe 3 – Engagements de précision des Prévisions ;",
            "Annexe 4 – Accord de traitement des données personnelles ;",
            "Annexe 5 – Tarifs des prestations complémentaires.",
        ]),
    ]),
    Article("4", "Mise en service", [
        Sub("4.1", "Prévisia ouvre les accès au Service dans un délai de cinq (5) jours ouvrés "
                   "à compter de la souscription, puis réalise le paramétrage initial à partir "
                   "d'un historique d'au moins cent quatre (104) semaines de Données Client."),
        Sub("4.2", "Le Client dispose d'un délai de dix (10) jours ouvrés à compter de la "
                   "notification de fin de paramétrage pour formuler ses observations. À défaut "
                   "d'observation dans ce délai, le paramétrage est réputé validé sans réserve.",
            title="Validation du paramétrage"),
        Sub("4.3", "Le Service est réputé mis en production à la première Prévision "
                   "hebdomadaire publiée après la validation du paramétrage."),
    ]),
    Article("5", "Droit d'accès au Service et garanties", [
        Sub("5.1", "Prévisia concède au Client, pour la durée de l'abonnement, un droit "
                   "personnel, non exclusif et non cessible d'accéder au Service et de "
                   "l'utiliser pour ses besoins internes, dans la limite des sites et "
                   "références souscrits."),
        Sub("5.2", "Le Client est responsable de la gestion des identifiants de ses "
                   "utilisateurs et de l'usage du Service fait sous ces identifiants."),
        Sub("5.3", "Prévisia garantit que le Service est fourni conformément à sa description "
                   "figurant à l'Annexe 1. Le Service est fourni « en l'état » : à l'exception "
                   "de la présente garantie et des niveaux de service de l'Annexe 2, Prévisia "
                   "exclut toute autre garantie, expresse ou implicite, notamment d'adéquation "
                   "du Service aux besoins particuliers du Client.", title="Garantie"),
    ]),
    Article("6", "Obligations du Client", [
        Sub("6.1", "Le Client transmet chaque semaine, au plus tard le lundi à 6 h, des Données "
                   "Client complètes et exactes, dans le format décrit à l'Annexe 1."),
        Sub("6.2", "Le Client déclare dans le Service ses opérations promotionnelles au moins "
                   "trois (3) semaines avant leur début."),
        Sub("6.3", "Le Client coopère de bonne foi avec Prévisia, notamment en lui signalant "
                   "sans délai toute anomalie constatée dans les Prévisions."),
    ]),
    Article("7", "Niveaux de service", [
        Sub("7.1", "Prévisia met en œuvre les moyens nécessaires pour assurer les niveaux de "
                   "service décrits à l'Annexe 2, notamment en matière de disponibilité et de "
                   "support."),
        Sub("7.2", "La disponibilité est mesurée par les sondes de supervision de Prévisia. Le "
                   "Client peut obtenir, sur demande, l'export mensuel des résultats des "
                   "sondes et le journal des incidents."),
    ]),
    Article("8", "Engagements de précision", [
        Sub("8.1", "Prévisia s'engage à mettre en œuvre tous les moyens raisonnables pour "
                   "atteindre les niveaux de précision des Prévisions définis à l'Annexe 3."),
        Sub("8.2", "Les niveaux de précision dépendent de la qualité et de la complétude des "
                   "Données Client. Ils ne s'appliquent pas aux semaines au cours desquelles le "
                   "Client n'a pas respecté les obligations de l'article 6."),
        Sub("8.3", "Lorsque le WAPE hebdomadaire excède le niveau de l'Annexe 3 pendant quatre "
                   "(4) semaines consécutives, Prévisia présente au Client, dans un délai de "
                   "quinze (15) jours à compter de sa demande, un plan de remédiation. Si ce "
                   "plan ne rétablit pas le niveau de précision dans un délai de huit (8) "
                   "semaines, le Client peut résilier l'abonnement sans frais."),
    ]),
    Article("9", "Crédits de service", [
        Sub("9.1", "Le non-respect du taux de disponibilité mensuel de l'Annexe 2 ouvre droit, "
                   "au profit du Client, aux crédits de service prévus à cette annexe (les "
                   "« **Crédits de Service** »)."),
        Sub("9.2", "Les Crédits de Service sont imputés sur la facture suivante. Ils ne "
                   "peuvent donner lieu à aucun versement en numéraire."),
        Sub("9.3", Q_SOLE + ". Ils sont plafonnés à trente pour cent (30 %) de la Redevance du "
                   "mois concerné."),
    ]),
    Article("10", "Évolution du Service", [
        Sub("10.1", "Prévisia peut faire évoluer le Service, ses fonctionnalités et ses "
                    "modèles de prévision, notamment pour en améliorer les performances, sans "
                    "que ces évolutions puissent entraîner une dégradation substantielle du "
                    "Service."),
        Sub("10.2", "Toute évolution majeure, notamment tout changement de modèle de "
                    "prévision, est annoncée au Client au moins quinze (15) jours à l'avance, "
                    "avec une note décrivant ses effets attendus sur la précision."),
    ]),
    Article("11", "Responsabilité", [
        Sub("11.1", "Prévisia est tenue d'une obligation de moyens. Le Client reste seul "
                    "responsable de ses décisions d'approvisionnement, de stockage et de "
                    "transport prises sur la base des Prévisions."),
        Sub("11.2", "Prévisia n'est en aucun cas responsable des dommages indirects, ni des "
                    "pertes de chiffre d'affaires, de marge, de clientèle ou de données, ni "
                    "des pénalités dues par le Client à ses propres clients.",
            title="Exclusions"),
        Sub("11.3", "La responsabilité de Prévisia, toutes causes confondues, est " + Q_CAP
                    + ".", title="Plafond"),
        Sub("11.4", "Les limitations des articles 11.2 et 11.3 ne s'appliquent pas en cas de "
                    "faute lourde ou dolosive de Prévisia, ni en cas de dommage corporel."),
        Sub("11.5", "Toute action en responsabilité contre Prévisia doit être introduite dans "
                    "un délai d'un (1) an à compter du fait générateur, à peine de "
                    "forclusion."),
    ]),
    Article("12", "Règlement européen sur l'intelligence artificielle", [
        Sub("12.1", "Prévisia est le fournisseur du Service au sens du règlement (UE) "
                    "2024/1689 (le « **Règlement IA** »). Le Client en est le déployeur."),
        Sub("12.2", "Le Service est destiné à la prévision de volumes de marchandises. Il ne "
                    "relève d'aucun des domaines de l'annexe III du Règlement IA et ne traite "
                    "pas de données relatives à des personnes physiques aux fins de leur "
                    "évaluation. Le Client s'interdit de l'utiliser à de telles fins."),
        Sub("12.3", "Prévisia tient à la disposition du Client une documentation décrivant les "
                    "modèles employés, leurs données d'entraînement, leurs limites connues et "
                    "leurs niveaux de précision mesurés."),
    ]),
    Article("13", "Supervision humaine", [
        Sub("13.1", "Les Prévisions constituent une aide à la décision. Le Client fait "
                    "contrôler les Prévisions par un approvisionneur qualifié avant toute "
                    "commande ou tout engagement de capacité de transport, et peut les "
                    "corriger dans le Service."),
        Sub("13.2", "Le Service signale les Prévisions atypiques, notamment celles qui "
                    "s'écartent de plus de trente pour cent (30 %) de la moyenne des quatre "
                    "dernières semaines."),
    ]),
    Article("14", "Journalisation et historique", [
        Sub("14.1", "Le Service conserve, pendant douze (12) mois, l'historique des Prévisions "
                    "publiées, de la version du modèle utilisée et des Données Client reçues, "
                    "ainsi que le journal des incidents."),
        Sub("14.2", "Le Client peut exporter à tout moment cet historique dans un format "
                    "ouvert (CSV)."),
    ]),
    Article("15", "Données personnelles", [
        Sub("15.1", "Les seules données personnelles traitées sont celles des utilisateurs du "
                    "Service. Prévisia agit en qualité de sous-traitant du Client, dans les "
                    "conditions de l'Annexe 4."),
    ]),
    Article("16", "Propriété intellectuelle", [
        Sub("16.1", "Prévisia est et demeure titulaire de l'ensemble des droits sur le Service "
                    "et les modèles de prévision."),
        Sub("16.2", "Le Client demeure propriétaire des Données Client et des Prévisions "
                    "produites pour son compte. Il autorise Prévisia à utiliser les Données "
                    "Client, sous forme agrégée et anonymisée, pour améliorer ses modèles."),
    ]),
    Article("17", "Confidentialité", [
        Sub("17.1", "Chaque partie garde confidentielles les informations de l'autre partie "
                    "dont elle a connaissance à l'occasion de l'abonnement, pendant sa durée et "
                    "trois (3) ans après son terme."),
    ]),
    Article("18", "Assurance", [
        Sub("18.1", "Prévisia déclare avoir souscrit une assurance de responsabilité civile "
                    "professionnelle auprès d'une compagnie notoirement solvable, pour un "
                    "montant de deux millions d'euros (2 000 000 €) par sinistre et par an."),
    ]),
    Article("19", "Force majeure", [
        Sub("19.1", "Aucune partie n'est responsable d'un manquement dû à un cas de force "
                    "majeure au sens de l'article 1218 du code civil, y compris, de convention "
                    "expresse, les défaillances des fournisseurs d'hébergement, d'énergie ou de "
                    "télécommunications de Prévisia."),
    ]),
    Article("20", "Durée et résiliation", [
        Sub("20.1", "L'abonnement prend effet à la date de début fixée au bon de commande pour "
                    "la durée initiale qui y est indiquée. Il est ensuite renouvelé tacitement "
                    "par périodes de douze (12) mois, sauf dénonciation par lettre recommandée "
                    "avec avis de réception trois (3) mois avant l'échéance."),
        Sub("20.2", "En cas de manquement d'une partie à ses obligations, non réparé dans un "
                    "délai de trente (30) jours suivant une mise en demeure adressée par lettre "
                    "recommandée avec avis de réception, l'autre partie peut résilier "
                    "l'abonnement de plein droit."),
        Sub("20.3", "En cas de résiliation anticipée à l'initiative du Client hors les cas "
                    "prévus aux articles 8.3 et 20.2, les Redevances restant à courir jusqu'au "
                    "terme de la période en cours sont immédiatement exigibles."),
    ]),
    Article("21", "Réversibilité", [
        Sub("21.1", "À la fin de l'abonnement, Prévisia met à la disposition du Client, "
                    "pendant trente (30) jours, un export complet des Données Client et de "
                    "l'historique des Prévisions. Toute assistance complémentaire est facturée "
                    "selon l'Annexe 5."),
    ]),
    Article("22", "Droit applicable et juridiction", [
        Sub("22.1", "Les CGA sont soumises au droit français."),
        Sub("22.2", "Tout litige relatif à leur interprétation, à leur exécution ou à leur "
                    "cessation relève de la compétence exclusive du tribunal de commerce de "
                    "Toulouse, nonobstant pluralité de défendeurs ou appel en garantie."),
    ]),
]

ANNEXES = [
    Annex("1", "Description du Service", [
        Heading("1.1 Fonctionnalités"),
        Bullets([
            "calcul hebdomadaire des Prévisions par référence et par site, aux horizons S+1 à "
            "S+12 ;",
            "intégration des opérations promotionnelles déclarées par le Client ;",
            "tableaux de bord de précision (WAPE, MAPE, biais) par site et par famille ;",
            "API d'export des Prévisions vers le système de gestion d'entrepôt du Client.",
        ]),
        Heading("1.2 Format des Données Client"),
        P("Fichier CSV hebdomadaire contenant, pour chaque référence et chaque site : la "
          "semaine ISO, le volume expédié, le stock de fin de semaine, les ruptures constatées "
          "et les promotions en cours."),
        Heading("1.3 Modèles"),
        P("Les Prévisions sont calculées par un ensemble de modèles de gradient boosting et de "
          "modèles de séries temporelles, réentraînés chaque semaine. La version du modèle "
          "utilisée figure dans l'historique des Prévisions."),
    ]),
    Annex("2", "Niveaux de service et crédits de service", [
        Sub("2.1", ["Le niveau de service de disponibilité est le suivant : " + Q_AVAIL
                    + ", hors Maintenance Programmée.",
                    "Le taux de disponibilité mensuel est le rapport entre le nombre de sondes "
                    "réussies et le nombre total de sondes émises au cours du mois civil, les "
                    "sondes étant émises toutes les cinq (5) minutes vers le portail et l'API. "
                    "Les sondes émises pendant une Maintenance Programmée sont exclues du "
                    "calcul, dans la limite de quatre (4) heures par mois."],
            title="Disponibilité"),
        Sub("2.2", "Le taux de disponibilité mensuel inférieur à l'engagement de l'article 2.1 "
                   "ouvre droit aux Crédits de Service suivants :", title="Crédits de Service"),
        Table(["Taux de disponibilité mensuel", "Crédit de Service"], [
            ["Entre 99,0 % inclus et 99,5 % exclu", "5 % de la Redevance du mois"],
            ["Entre 98,0 % inclus et 99,0 % exclu", "10 % de la Redevance du mois"],
            ["Entre 97,0 % inclus et 98,0 % exclu", "20 % de la Redevance du mois"],
            ["Inférieur à 97,0 %", "30 % de la Redevance du mois"],
        ], caption="Tableau 2 – Crédits de Service"),
        Sub("2.3", "Pour bénéficier d'un Crédit de Service, le Client en fait la demande par "
                   "ticket sur le portail dans un délai de trente (30) jours suivant la fin du "
                   "mois concerné. À défaut, le Client est réputé renoncer au Crédit de "
                   "Service.", title="Demande"),
        Sub("2.4", "Le support est joignable du lundi au vendredi de 8 h à 18 h. Les incidents "
                   "sont pris en compte selon les délais suivants :", title="Support"),
        Table(["Priorité", "Définition", "Prise en compte", "Rétablissement visé"], [
            ["P1", "Service indisponible ou Prévisions non publiées", "1 heure ouvrée",
             "8 heures ouvrées"],
            ["P2", "Fonction importante dégradée", "4 heures ouvrées", "3 jours ouvrés"],
            ["P3", "Autre anomalie", "2 jours ouvrés", "Version suivante"],
        ], caption="Tableau 3 – Délais de support"),
    ]),
    Annex("3", "Engagements de précision des Prévisions", [
        Sub("3.1", "Pour une semaine donnée, le WAPE est le rapport entre la somme des valeurs "
                   "absolues des écarts entre Prévision et volume réel et la somme des volumes "
                   "réels, sur l'ensemble des couples référence-site du Périmètre de Mesure. "
                   "Le MAPE est la moyenne, sur ces mêmes couples, de la valeur absolue de "
                   "l'écart rapporté au volume réel.", title="Indicateurs"),
        Sub("3.2", ["Prévisia s'engage à ce que :",
                    "a) " + Q_WAPE + " ;",
                    "b) " + Q_MAPE + "."], title="Niveaux de précision"),
        Sub("3.3", "Les indicateurs sont calculés chaque semaine ISO à partir de l'historique "
                   "des Prévisions prévu à l'article 14 et des volumes réels transmis par le "
                   "Client. Ils sont affichés dans les tableaux de bord du Service.",
            title="Mesure"),
        Table(["Indicateur", "Niveau", "Période", "Périmètre"], [
            ["WAPE", "≤ 20 %", "Semaine ISO", "Périmètre de Mesure, horizon S+1"],
            ["MAPE", "≤ 25 %", "Semaine ISO", "Périmètre de Mesure, horizon S+1"],
        ], caption="Tableau 4 – Niveaux de précision"),
        Sub("3.4", "Sont exclues de la mesure les semaines au cours desquelles le Client n'a "
                   "pas transmis ses Données Client dans le délai de l'article 6.1, ainsi que "
                   "les références faisant l'objet d'une opération promotionnelle non déclarée "
                   "conformément à l'article 6.2.", title="Exclusions"),
    ]),
    Annex("4", "Accord de traitement des données personnelles", [
        Sub("4.1", "Données traitées : nom, adresse électronique professionnelle et journaux "
                   "de connexion des utilisateurs du Client. Finalité : gestion des accès au "
                   "Service. Durée : durée de l'abonnement et un (1) an au-delà."),
        Sub("4.2", "Les données sont hébergées dans l'Union européenne. Prévisia notifie au "
                   "Client toute violation de données dans un délai de quarante-huit (48) "
                   "heures après en avoir pris connaissance."),
    ]),
    Annex("5", "Tarifs des prestations complémentaires", [
        Table(["Prestation", "Tarif hors taxes"], [
            ["Journée de conseil ou de paramétrage", "1 050,00 €"],
            ["Ajout d'un site", "950,00 € par mois"],
            ["Tranche supplémentaire de 100 références", "400,00 € par mois"],
            ["Assistance à la réversibilité", "1 050,00 € par jour"],
        ], caption="Tableau 5 – Tarifs"),
    ]),
]

CONTRACT = Contract(
    title="CONDITIONS GÉNÉRALES D'ABONNEMENT",
    subtitle="Service Prévisia Demand – version 2025-11",
    reference="Prévisia – CGA 2025-11 – BC-2026-0142",
    header="Prévisia Demand · Conditions générales d'abonnement · version 2025-11",
    parties=PARTIES,
    preamble=PREAMBLE,
    articles=ARTICLES,
    annexes=ANNEXES,
    signatures=[
        ("Prévisia", "Antoine Mercier, Directeur général"),
        ("Logistique du Val de Loire", "Nadia Benali, Présidente"),
    ],
    place_and_date="Bon de commande signé électroniquement le 19 janvier 2026.",
    made_on=datetime(2026, 1, 19, 9, 0, tzinfo=UTC),
    between="ENTRE :",
    extra_front=["Document fictif établi pour l'exemple du logiciel Recours"],
    front_blocks=ORDER_FORM,
    parties_label=("Ci-après désignés ensemble les « **parties** » et individuellement une "
                   "« **partie** »."),
)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    write_docx(CONTRACT, out_dir / f"{NAME}.docx")
    pages = write_pdf(CONTRACT, out_dir / f"{NAME}.pdf")
    print(f"{out_dir / NAME}.docx, .pdf ({pages} pages)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
