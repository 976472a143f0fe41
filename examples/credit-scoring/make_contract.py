"""Write the (fictitious) contract of the credit-scoring example as DOCX and PDF.

Usage: python examples/credit-scoring/make_contract.py [OUTPUT_DIR]
Writes contrat-credisense.docx and contrat-credisense.pdf (default: next to this script).
Every company, person and number in this contract is invented. The SIREN numbers fail the
Luhn check on purpose, so that none of them can belong to a real company.
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

NAME = "contrat-credisense"

# The words the dossier quotes (dossier.yaml, commitments[].source.quote).
Q_AUC = ("l'aire sous la courbe ROC (AUC) du Score, mesurée sur le Jeu de Test Contractuel, "
         "est supérieure ou égale à 0,80")
Q_RECALL = ("le taux de détection des défauts (rappel) au Seuil de Décision est supérieur ou "
            "égal à 0,70")
Q_FPR = "le taux de faux positifs au Seuil de Décision est inférieur ou égal à 0,15"
Q_FAIR = ("l'écart entre les taux de détection des défauts des différentes tranches d'âge "
          "n'excède pas 0,05 (cinq points)")
Q_LATENCY = ("le 95e centile du temps de réponse de l'API de Notation est inférieur ou égal "
             "à 300 millisecondes")
Q_AVAIL = ("le Taux de Disponibilité mensuel du Service de Notation est au moins égal à "
           "99,5 %")

PARTIES = [
    ("**BANQUE HEXAGONE**, société anonyme à conseil d'administration au capital de "
    "312 500 000 euros, établissement de crédit agréé par l'Autorité de contrôle prudentiel "
    "et de résolution, dont le siège social est situé 27 avenue de l'Europe, 92400 Courbevoie, "
    "immatriculée au registre du commerce et des sociétés de Nanterre sous le numéro "
    "803 117 454, représentée par Madame Sophie Lemaire, en sa qualité de Directrice générale "
    "déléguée, dûment habilitée aux fins des présentes,",
    "ci-après dénommée la « **Banque** » ;"),
    ("**SIGMA SCORING**, société par actions simplifiée au capital de 1 200 000 euros, dont le "
    "siège social est situé 8 rue de la Bourse, 69002 Lyon, immatriculée au registre du "
    "commerce et des sociétés de Lyon sous le numéro 841 297 650, représentée par Monsieur "
    "Julien Carrel, en sa qualité de Président, dûment habilité aux fins des présentes,",
    "ci-après dénommée l'« **Éditeur** » ;"),
    ("**INTÉGRA CONSEIL**, société par actions simplifiée au capital de 450 000 euros, dont le "
    "siège social est situé 14 quai de la Fosse, 44000 Nantes, immatriculée au registre du "
    "commerce et des sociétés de Nantes sous le numéro 902 418 336, représentée par Madame "
    "Camille Roux, en sa qualité de Directrice générale, dûment habilitée aux fins des "
    "présentes,",
    "ci-après dénommée l'« **Intégrateur** »."),
]

PREAMBLE = [
    "La Banque distribue des crédits à la consommation et des crédits renouvelables auprès de "
    "la clientèle de particuliers. Elle a souhaité moderniser l'évaluation de la solvabilité "
    "de ses demandeurs de crédit et a, à cette fin, émis le 4 novembre 2024 un cahier des "
    "charges référencé BH-DSI-CDC-2024-09 (le « **Cahier des Charges** »).",
    "L'Éditeur conçoit et commercialise un progiciel de notation de crédit fondé sur "
    "l'apprentissage automatique, dénommé CrediSense. Il a présenté à la Banque, le "
    "9 décembre 2024, une offre technique et financière (l'« **Offre** ») décrivant les "
    "performances du progiciel, qu'il a déclaré adapté à l'usage décrit au Cahier des Charges.",
    "L'Intégrateur, partenaire de l'Éditeur, intervient pour installer et paramétrer le "
    "progiciel dans la chaîne d'octroi de crédit de la Banque et le connecter à ses systèmes "
    "d'information.",
    "Les Parties reconnaissent que la licence, l'intégration et la maintenance concourent à "
    "une même opération économique, à savoir la mise en service d'un outil de notation "
    "conforme aux engagements stipulés au présent contrat, et que ces prestations sont "
    "interdépendantes. Les Parties reconnaissent en outre que CrediSense constitue un système "
    "d'intelligence artificielle destiné à évaluer la solvabilité de personnes physiques, "
    "relevant à ce titre du point 5, b) de l'annexe III du règlement (UE) 2024/1689 du "
    "13 juin 2024 établissant des règles harmonisées concernant l'intelligence artificielle.",
    "C'est dans ce contexte que les Parties se sont rapprochées et ont conclu le présent "
    "contrat, après négociation de chacune de ses stipulations.",
]

ARTICLES = [
    Article("1", "Définitions", [
        P("Les termes ci-après, lorsqu'ils sont employés avec une majuscule, ont la "
          "signification suivante, au singulier comme au pluriel :"),
        Sub("1.1", "« **API de Notation** » désigne l'interface de programmation par laquelle "
                   "les applications de la Banque soumettent un dossier de crédit au Progiciel "
                   "et reçoivent en retour le Score correspondant."),
        Sub("1.2", "« **Contrat** » désigne le présent contrat, son préambule et ses annexes."),
        Sub("1.3", "« **Défaut** » désigne, pour un crédit, la survenance d'un impayé de plus de "
                   "quatre-vingt-dix (90) jours ou d'une déchéance du terme dans les douze (12) "
                   "mois suivant son octroi, au sens de la politique de risque de la Banque."),
        Sub("1.4", "« **Documentation** » désigne la documentation fonctionnelle et technique du "
                   "Progiciel, y compris la notice d'utilisation destinée au déployeur au sens "
                   "de l'article 13 du Règlement IA."),
        Sub("1.5", "« **Jeu de Test Contractuel** » désigne l'échantillon de vingt mille "
                   "(20 000) dossiers de crédit historiques décrit à l'Annexe 3, dont le "
                   "Défaut est connu, constitué par la Banque et figé à la date de signature."),
        Sub("1.6", "« **Mise en Production** » désigne la date à laquelle le Progiciel est "
                   "utilisé pour la première fois pour des demandes de crédit réelles."),
        Sub("1.7", "« **Progiciel** » ou « **CrediSense** » désigne le progiciel de notation "
                   "de crédit de l'Éditeur, en version 2.3 et dans ses versions ultérieures "
                   "livrées au titre de la maintenance, y compris le modèle de notation "
                   "(le « **Modèle** ») et la Documentation."),
        Sub("1.8", "« **Règlement IA** » désigne le règlement (UE) 2024/1689 du Parlement "
                   "européen et du Conseil du 13 juin 2024."),
        Sub("1.9", "« **Score** » désigne la probabilité de Défaut, comprise entre 0 et 1, "
                   "calculée par le Modèle pour un dossier de crédit."),
        Sub("1.10", "« **Seuil de Décision** » désigne la valeur du Score, fixée à 0,35 à "
                    "l'Annexe 3, à partir de laquelle un dossier est classé « défaut prédit » "
                    "et orienté vers un refus ou une analyse approfondie."),
        Sub("1.11", "« **Service de Notation** » désigne l'API de Notation et l'infrastructure "
                    "hébergée par l'Éditeur qui la rend accessible."),
    ]),
    Article("2", "Objet", [
        Sub("2.1", "Le Contrat a pour objet de définir les conditions dans lesquelles "
                   "(i) l'Éditeur concède à la Banque une licence d'utilisation du Progiciel, "
                   "(ii) l'Intégrateur réalise l'intégration du Progiciel dans le système "
                   "d'information de la Banque et (iii) l'Éditeur assure la maintenance du "
                   "Progiciel et l'exploitation du Service de Notation."),
        Sub("2.2", "L'Éditeur et l'Intégrateur s'engagent à livrer à la Banque un Progiciel "
                   "intégré, en état de fonctionnement, conforme au Cahier des Charges, à la "
                   "Documentation et aux engagements de performance et de niveau de service "
                   "définis aux Annexes 2 et 3."),
    ]),
    Article("3", "Documents contractuels", [
        Sub("3.1", "Le Contrat est constitué des documents suivants, présentés par ordre de "
                   "priorité décroissante :"),
        Bullets([
            "le présent document ;",
            "l'Annexe 1 – Description du Progiciel et du périmètre d'intégration ;",
            "l'Annexe 2 – Niveaux de service ;",
            "l'Annexe 3 – Engagements de performance et Jeu de Test Contractuel ;",
            "l'Annexe 4 – Conditions financières ;",
            "l'Annexe 5 – Accord de sous-traitance de données personnelles ;",
            "le Cahier des Charges ;",
            "l'Offre de l'Éditeur du 9 décembre 2024.",
        ]),
        Sub("3.2", "En cas de contradiction entre ces documents, le document de rang supérieur "
                   "prévaut. Les conditions générales de vente ou d'utilisation de l'Éditeur et "
                   "de l'Intégrateur ne sont pas applicables."),
    ]),
    Article("4", "Licence", [
        Sub("4.1", "L'Éditeur concède à la Banque, pour la durée du Contrat et pour le "
                   "territoire de l'Union européenne, un droit non exclusif et non cessible "
                   "d'utiliser le Progiciel pour les besoins de l'octroi et du suivi de ses "
                   "crédits aux particuliers, y compris par ses filiales au sens de l'article "
                   "L. 233-1 du code de commerce."),
        Sub("4.2", "Le droit d'utilisation comprend le droit de charger, d'afficher, d'exécuter "
                   "et de reproduire le Progiciel dans la mesure nécessaire à cette utilisation, "
                   "ainsi que le droit de faire réaliser des tests et audits de performance par "
                   "un tiers de son choix, tenu à la confidentialité."),
        Sub("4.3", "La Banque s'interdit de décompiler le Progiciel, hors les cas prévus à "
                   "l'article L. 122-6-1 du code de la propriété intellectuelle."),
    ]),
    Article("5", "Intégration", [
        Sub("5.1", "L'Intégrateur réalise l'installation du Progiciel, son raccordement à la "
                   "chaîne d'octroi de crédit de la Banque, la reprise des paramètres et les "
                   "interfaces décrites à l'Annexe 1, selon le planning figurant à cette "
                   "annexe."),
        Sub("5.2", "L'Intégrateur est tenu d'une obligation de conseil, de mise en garde et "
                   "d'information envers la Banque. Il l'alerte par écrit sur tout risque "
                   "d'inadéquation du Progiciel aux besoins exprimés dans le Cahier des "
                   "Charges."),
        Sub("5.3", "Le paramétrage du Seuil de Décision et des règles d'orientation des "
                   "dossiers est réalisé par l'Intégrateur, sur la base des valeurs fixées à "
                   "l'Annexe 3, et validé par la Banque."),
    ]),
    Article("6", "Livraison", [
        Sub("6.1", "Le Progiciel intégré est livré au plus tard le 30 juin 2025 sur "
                   "l'environnement de recette de la Banque, accompagné de la Documentation et "
                   "d'un rapport de mesure des engagements de l'Annexe 3 établi par "
                   "l'Éditeur."),
        Sub("6.2", "La livraison est constatée par un bordereau signé des Parties. Tout retard "
                   "de livraison imputable à l'Éditeur ou à l'Intégrateur donne lieu aux "
                   "pénalités prévues à l'article 11."),
    ]),
    Article("7", "Recette", [
        Sub("7.1", "La Banque dispose d'un délai de trente (30) jours calendaires à compter de "
                   "la livraison pour procéder aux opérations de recette, avec le concours de "
                   "l'Éditeur et de l'Intégrateur, selon le plan de recette établi d'un commun "
                   "accord.", title="Période de recette"),
        Sub("7.2", "La recette porte notamment sur la vérification, sur le Jeu de Test "
                   "Contractuel, des engagements de performance de l'Annexe 3, et sur la "
                   "vérification des niveaux de service de l'Annexe 2 en environnement de "
                   "pré-production.", title="Contenu"),
        Sub("7.3", "À l'issue de la période de recette, la Banque prononce la recette, avec ou "
                   "sans réserves, ou la refuse, par un procès-verbal motivé. Les anomalies "
                   "sont classées en anomalies bloquantes, majeures et mineures selon "
                   "l'Annexe 2. La recette ne peut être refusée qu'en présence d'une anomalie "
                   "bloquante ou de l'inexécution d'un engagement de l'Annexe 3.",
            title="Procès-verbal"),
        Sub("7.4", "Lorsque la recette est prononcée avec réserves, l'Éditeur et l'Intégrateur "
                   "lèvent les réserves dans un délai de trente (30) jours. La levée des "
                   "réserves est constatée par écrit par la Banque. Les réserves non levées "
                   "subsistent après la Mise en Production.", title="Réserves"),
        Sub("7.5", "La Mise en Production ne vaut pas acceptation des défauts ayant fait "
                   "l'objet de réserves, ni des défauts non apparents lors de la recette. "
                   "Pendant les trois (3) mois suivant la Mise en Production, la Banque "
                   "procède à une vérification de service régulier."),
    ]),
    Article("8", "Garanties", [
        Sub("8.1", "L'Éditeur garantit que le Progiciel est conforme à la Documentation et "
                   "qu'il atteint, pendant toute la durée du Contrat, les engagements de "
                   "performance de l'Annexe 3 sur le Jeu de Test Contractuel."),
        Sub("8.2", "L'Éditeur et l'Intégrateur garantissent la correction gratuite de toute "
                   "anomalie signalée pendant une période de six (6) mois à compter de la "
                   "recette (la « **Période de Garantie** »)."),
        Sub("8.3", "L'Éditeur garantit la Banque contre toute action de tiers fondée sur une "
                   "atteinte à leurs droits de propriété intellectuelle du fait de "
                   "l'utilisation du Progiciel conformément au Contrat."),
        Sub("8.4", "À l'exception des garanties expressément stipulées au présent article et "
                   "aux Annexes 2 et 3, toute autre garantie, expresse ou implicite, est "
                   "exclue dans la mesure permise par la loi."),
    ]),
    Article("9", "Maintenance et niveaux de service", [
        Sub("9.1", "L'Éditeur assure la maintenance corrective, évolutive et réglementaire du "
                   "Progiciel, ainsi que l'hébergement et l'exploitation du Service de "
                   "Notation, dans les conditions de l'Annexe 2."),
        Sub("9.2", "L'Éditeur s'engage à respecter les niveaux de service de l'Annexe 2, "
                   "notamment de disponibilité et de temps de réponse. Toute nouvelle version "
                   "du Modèle est soumise, avant son déploiement, à une mesure des engagements "
                   "de l'Annexe 3 communiquée à la Banque."),
        Sub("9.3", "L'Éditeur informe la Banque sans délai de toute dérive des performances "
                   "du Modèle qu'il constate ou dont il a connaissance."),
    ]),
    Article("10", "Engagements de performance", [
        Sub("10.1", "L'Éditeur s'engage à ce que le Progiciel atteigne les engagements de "
                    "performance définis à l'Annexe 3. Ces engagements constituent une "
                    "obligation de résultat."),
        Sub("10.2", "Les engagements sont mesurés sur le Jeu de Test Contractuel, selon la "
                    "méthode décrite à l'Annexe 3, sur la version du Modèle en production. "
                    "La Banque peut faire procéder à la mesure à tout moment, par ses équipes "
                    "ou par un tiers de son choix."),
        Sub("10.3", "Lorsqu'une mesure établit qu'un engagement n'est pas atteint, l'Éditeur "
                    "livre une version corrective dans un délai de trente (30) jours à compter "
                    "de la notification de la Banque, sans préjudice des pénalités de "
                    "l'article 11 et de la faculté de résolution de l'article 21."),
    ]),
    Article("11", "Pénalités et crédits de service", [
        Sub("11.1", "Tout retard de livraison imputable à l'Éditeur ou à l'Intégrateur donne "
                    "lieu à une pénalité de mille cinq cents euros (1 500 €) hors taxes par jour "
                    "calendaire de retard, plafonnée à dix pour cent (10 %) du prix de la "
                    "licence et de l'intégration."),
        Sub("11.2", "Tout retard dans la livraison d'une version corrective au titre de "
                    "l'article 10.3 donne lieu à une pénalité de mille euros (1 000 €) hors "
                    "taxes par jour calendaire de retard."),
        Sub("11.3", "Le non-respect des niveaux de service de l'Annexe 2 donne lieu aux crédits "
                    "de service prévus à cette annexe, imputés sur la facture de maintenance "
                    "suivante."),
        Sub("11.4", "Les pénalités et crédits de service ne sont pas libératoires. Ils ne "
                    "privent pas la Banque du droit de demander l'exécution forcée, la "
                    "réduction du prix, la résolution du Contrat ou la réparation de son "
                    "entier préjudice, dans les limites de l'article 12."),
    ]),
    Article("12", "Responsabilité", [
        Sub("12.1", "Chaque Partie est responsable des dommages directs causés à une autre "
                    "Partie par l'inexécution de ses obligations, dans les conditions du droit "
                    "commun. L'Éditeur et l'Intégrateur sont tenus solidairement envers la "
                    "Banque de la bonne exécution des engagements de l'article 2.2."),
        Sub("12.2", "Ne sont pas réparables au titre du Contrat les dommages indirects, "
                    "notamment la perte d'image ou l'atteinte à la réputation."),
        Sub("12.3", "La responsabilité totale de l'Éditeur et de l'Intégrateur au titre du "
                    "Contrat, toutes causes confondues, est plafonnée au double du montant "
                    "total hors taxes payé par la Banque au titre du Contrat à la date du fait "
                    "générateur.", title="Plafond"),
        Sub("12.4", "Les limitations et exclusions du présent article ne s'appliquent pas en "
                    "cas de faute lourde ou dolosive, de dommage corporel, de manquement aux "
                    "obligations relatives aux données personnelles ou à la confidentialité, ni "
                    "de manquement aux obligations de l'article 13.", title="Exceptions"),
    ]),
    Article("13", "Règlement IA : rôles et conformité", [
        Sub("13.1", "Les Parties reconnaissent que l'Éditeur est le fournisseur du Progiciel "
                    "au sens de l'article 3, point 3, du Règlement IA, et que la Banque en est "
                    "le déployeur au sens de l'article 3, point 4. L'Intégrateur n'apporte au "
                    "Progiciel aucune modification substantielle et n'y appose ni son nom ni "
                    "sa marque."),
        Sub("13.2", "L'Éditeur s'engage à ce que le Progiciel soit conforme aux exigences "
                    "applicables aux systèmes d'IA à haut risque, au plus tard à la date "
                    "d'application des dispositions correspondantes du Règlement IA, "
                    "notamment en matière de gestion des risques, de gouvernance des données, "
                    "de documentation technique, de journalisation, de transparence, de "
                    "contrôle humain, d'exactitude et de robustesse."),
        Sub("13.3", "L'Éditeur fournit à la Banque la notice d'utilisation prévue à l'article 13 "
                    "du Règlement IA, qui indique notamment le niveau d'exactitude attendu du "
                    "Modèle et ses limites connues, ainsi que toute information utile à "
                    "l'analyse d'impact sur les droits fondamentaux que la Banque doit "
                    "réaliser."),
        Sub("13.4", "La Banque utilise le Progiciel conformément à la notice d'utilisation, "
                    "confie le contrôle humain à des personnes compétentes et formées, et "
                    "informe l'Éditeur de tout risque ou incident grave dont elle a "
                    "connaissance."),
    ]),
    Article("14", "Supervision humaine", [
        Sub("14.1", "Le Score constitue une aide à la décision. Aucune décision de refus de "
                    "crédit n'est prise sur le seul fondement du Score : tout dossier classé "
                    "« défaut prédit » est examiné par un analyste crédit de la Banque, qui "
                    "peut s'écarter du Score en motivant sa décision."),
        Sub("14.2", "Le Progiciel restitue, pour chaque Score, les principaux facteurs "
                    "explicatifs, afin de permettre à l'analyste d'en comprendre le sens et "
                    "d'en détecter les anomalies."),
    ]),
    Article("15", "Journalisation", [
        Sub("15.1", "Le Service de Notation enregistre automatiquement, pour chaque appel de "
                    "l'API de Notation, l'horodatage, l'identifiant du dossier, la version du "
                    "Modèle, le Score, le temps de réponse et le code de statut."),
        Sub("15.2", "Ces journaux sont conservés par l'Éditeur pendant au moins douze (12) mois "
                    "et mis à la disposition de la Banque, sur simple demande, dans un format "
                    "ouvert, dans un délai de cinq (5) jours ouvrés."),
    ]),
    Article("16", "Données personnelles", [
        Sub("16.1", "La Banque est responsable des traitements de données personnelles mis en "
                    "œuvre au moyen du Progiciel. L'Éditeur et l'Intégrateur agissent en "
                    "qualité de sous-traitants au sens de l'article 28 du règlement (UE) "
                    "2016/679, dans les conditions de l'Annexe 5."),
        Sub("16.2", "Les données de la Banque ne peuvent être utilisées pour l'entraînement "
                    "de modèles destinés à d'autres clients de l'Éditeur."),
    ]),
    Article("17", "Propriété intellectuelle", [
        Sub("17.1", "L'Éditeur conserve la propriété du Progiciel et du Modèle. Le Contrat "
                    "n'emporte aucune cession de droits de propriété intellectuelle au profit "
                    "de la Banque, hors la licence de l'article 4."),
        Sub("17.2", "La Banque reste propriétaire de ses données, du Jeu de Test Contractuel, "
                    "des paramètres propres à sa politique de risque et des Scores produits pour "
                    "ses dossiers."),
    ]),
    Article("18", "Confidentialité", [
        Sub("18.1", "Chaque Partie garde confidentielles les informations reçues des autres "
                    "Parties pendant la durée du Contrat et cinq (5) ans après son terme."),
        Sub("18.2", "Cette obligation ne fait pas obstacle à la communication d'informations à "
                    "un expert, à un commissaire de justice, à un juge, à l'Autorité de "
                    "contrôle prudentiel et de résolution ou à une autorité de surveillance du "
                    "marché au sens du Règlement IA."),
    ]),
    Article("19", "Assurance", [
        Sub("19.1", "L'Éditeur et l'Intégrateur déclarent être titulaires chacun d'une police "
                    "d'assurance de responsabilité civile professionnelle couvrant les "
                    "conséquences de leur activité, pour un montant minimal de cinq millions "
                    "d'euros (5 000 000 €) par sinistre, et en justifient à première "
                    "demande."),
    ]),
    Article("20", "Force majeure", [
        Sub("20.1", "Aucune Partie n'est responsable d'un manquement causé par un événement de "
                    "force majeure au sens de l'article 1218 du code civil. Ne constituent pas "
                    "des cas de force majeure les défaillances des prestataires d'hébergement "
                    "de l'Éditeur ni les attaques informatiques contre lesquelles l'état de "
                    "l'art permettait de se prémunir."),
        Sub("20.2", "Si l'empêchement dure plus de soixante (60) jours, chaque Partie peut "
                    "résilier le Contrat par lettre recommandée avec avis de réception."),
    ]),
    Article("21", "Durée et résiliation", [
        Sub("21.1", "Le Contrat entre en vigueur à sa signature. La licence et la maintenance "
                    "sont conclues pour une durée initiale de trente-six (36) mois à compter de "
                    "la Mise en Production, renouvelable tacitement par périodes de douze (12) "
                    "mois, sauf dénonciation par lettre recommandée avec avis de réception "
                    "six (6) mois avant l'échéance."),
        Sub("21.2", "En cas de manquement grave d'une Partie à ses obligations, notamment de "
                    "non-respect persistant des engagements de l'Annexe 3, l'autre Partie peut "
                    "résoudre le Contrat trente (30) jours après une mise en demeure adressée "
                    "par lettre recommandée avec avis de réception et restée sans effet, sans "
                    "préjudice des dommages et intérêts auxquels elle peut prétendre."),
        Sub("21.3", "Les mises en demeure et notifications au titre du Contrat sont adressées "
                    "par lettre recommandée avec avis de réception au siège de leur "
                    "destinataire, à l'attention de son représentant légal."),
    ]),
    Article("22", "Réversibilité", [
        Sub("22.1", "À la cessation du Contrat pour quelque cause que ce soit, l'Éditeur "
                    "restitue à la Banque, dans un délai de trente (30) jours, l'ensemble de ses "
                    "données, les journaux de l'article 15 et les Scores produits, dans un "
                    "format ouvert et documenté."),
        Sub("22.2", "L'Éditeur et l'Intégrateur apportent à la Banque, ou au tiers qu'elle "
                    "désigne, l'assistance nécessaire à la reprise de l'activité de notation, "
                    "pendant une durée maximale de six (6) mois, aux tarifs de l'Annexe 4."),
    ]),
    Article("23", "Droit applicable et juridiction", [
        Sub("23.1", "Le Contrat est soumis au droit français."),
        Sub("23.2", "En cas de différend, les Parties se réunissent dans un délai de quinze "
                    "(15) jours à compter de la demande de l'une d'elles pour rechercher une "
                    "solution amiable. Cette démarche ne fait pas obstacle aux mesures "
                    "d'instruction ou conservatoires."),
        Sub("23.3", "À défaut d'accord dans un délai de trente (30) jours, tout différend "
                    "relatif à la formation, à l'exécution ou à la cessation du Contrat est "
                    "soumis à la compétence exclusive du tribunal de commerce de Paris, y "
                    "compris en référé et en cas de pluralité de défendeurs."),
    ]),
]

ANNEXES = [
    Annex("1", "Description du Progiciel et du périmètre d'intégration", [
        Heading("1.1 Progiciel"),
        P("CrediSense version 2.3 : moteur de notation par gradient boosting d'arbres de "
          "décision, entraîné par l'Éditeur sur des données de crédit à la consommation "
          "françaises, puis ajusté sur l'historique 2019–2023 fourni par la Banque. Le Modèle "
          "calcule une probabilité de Défaut à douze (12) mois à partir de quarante-deux (42) "
          "variables décrites dans la Documentation."),
        Heading("1.2 Périmètre d'intégration"),
        Table(["Lot", "Contenu", "Échéance"], [
            ["L1", "Installation de l'environnement de recette et raccordement à l'API de "
                   "Notation", "30 avril 2025"],
            ["L2", "Interface avec le moteur d'octroi (demandes de crédit en agence et en "
                   "ligne)", "31 mai 2025"],
            ["L3", "Paramétrage du Seuil de Décision et des règles d'orientation", "15 juin 2025"],
            ["L4", "Tableaux de bord de suivi du risque et de la performance du Modèle",
             "30 juin 2025"],
        ], caption="Tableau 1 – Lots d'intégration"),
    ]),
    Annex("2", "Niveaux de service", [
        Sub("2.1", ["Le Service de Notation est accessible vingt-quatre heures sur vingt-quatre "
                    "et sept jours sur sept. L'Éditeur garantit que " + Q_AVAIL + ".",
                    "Le Taux de Disponibilité mensuel est le rapport entre le nombre de sondes "
                    "de supervision réussies et le nombre total de sondes émises au cours du "
                    "mois civil, les sondes étant émises toutes les cinq (5) minutes par l'outil "
                    "de supervision de la Banque. Les maintenances programmées notifiées au "
                    "moins cinq (5) jours ouvrés à l'avance et réalisées entre 0 h et 5 h sont "
                    "exclues du calcul, dans la limite de quatre (4) heures par mois."],
            title="Disponibilité"),
        Sub("2.2", "L'Éditeur garantit que " + Q_LATENCY + ", mesuré sur l'ensemble des "
                   "appels d'un mois civil à partir des journaux de l'article 15.",
            title="Temps de réponse"),
        Sub("2.3", "Les anomalies sont classées comme suit, avec les délais de prise en compte "
                   "et de correction ci-dessous, décomptés en heures ouvrées (8 h – 19 h, du "
                   "lundi au samedi).", title="Anomalies"),
        Table(["Niveau", "Définition", "Prise en compte", "Correction"], [
            ["Bloquante", "Service de Notation indisponible ou Scores manifestement erronés",
             "1 heure", "4 heures"],
            ["Majeure", "Fonction dégradée sans solution de contournement", "4 heures",
             "2 jours ouvrés"],
            ["Mineure", "Anomalie sans effet sur l'octroi de crédit", "2 jours ouvrés",
             "version suivante"],
        ], caption="Tableau 2 – Classement des anomalies"),
        Sub("2.4", "Lorsque le Taux de Disponibilité mensuel est inférieur à l'engagement de "
                   "l'article 2.1, la Banque bénéficie des crédits de service suivants, "
                   "calculés sur la redevance mensuelle de maintenance du mois concerné :",
            title="Crédits de service"),
        Table(["Taux de Disponibilité mensuel", "Crédit de service"], [
            ["Entre 99,0 % inclus et 99,5 % exclu", "10 % de la redevance mensuelle"],
            ["Entre 98,0 % inclus et 99,0 % exclu", "25 % de la redevance mensuelle"],
            ["Inférieur à 98,0 %", "50 % de la redevance mensuelle"],
        ], caption="Tableau 3 – Crédits de service"),
        Sub("2.5", "Un Taux de Disponibilité mensuel inférieur à 98,0 % pendant deux (2) mois "
                   "consécutifs ou trois (3) mois sur une période de douze (12) mois constitue "
                   "un manquement grave au sens de l'article 21.2."),
    ]),
    Annex("3", "Engagements de performance et Jeu de Test Contractuel", [
        Sub("3.1", "Le Jeu de Test Contractuel comprend vingt mille (20 000) dossiers de crédit "
                   "à la consommation octroyés par la Banque entre le 1er janvier 2021 et le "
                   "31 décembre 2022, tirés au hasard et stratifiés par tranche d'âge de "
                   "l'emprunteur (18-25 ans, 26-40 ans, 41-60 ans, 61 ans et plus). Pour chaque "
                   "dossier, la survenance d'un Défaut est connue. Ces dossiers n'ont pas été "
                   "utilisés pour l'entraînement ni pour l'ajustement du Modèle. L'empreinte "
                   "SHA-256 du fichier est consignée dans un procès-verbal établi par "
                   "commissaire de justice le jour de la signature.",
            title="Jeu de Test Contractuel"),
        Sub("3.2", "Le Seuil de Décision est fixé à 0,35 : un dossier dont le Score est "
                   "supérieur ou égal à 0,35 est classé « défaut prédit » ; les autres dossiers "
                   "sont classés « non-défaut prédit ». Le Seuil de Décision ne peut être "
                   "modifié que par avenant.", title="Seuil de Décision"),
        Sub("3.3", ["L'Éditeur garantit que, pour chaque version du Modèle en production :",
                    "a) " + Q_AUC + " ;",
                    "b) " + Q_RECALL + " ;",
                    "c) " + Q_FPR + " ;",
                    "d) " + Q_FAIR + ", le taux de détection d'une tranche étant la part des "
                    "dossiers en Défaut de cette tranche classés « défaut prédit »."],
            title="Engagements"),
        Sub("3.4", ["Le taux de détection des défauts (rappel) est la part des dossiers en "
                    "Défaut classés « défaut prédit ». Le taux de faux positifs est la part des "
                    "dossiers sans Défaut classés « défaut prédit ». L'AUC est la probabilité "
                    "qu'un dossier en Défaut tiré au hasard reçoive un Score supérieur à celui "
                    "d'un dossier sans Défaut tiré au hasard.",
                    "Les mesures sont réalisées en soumettant l'intégralité du Jeu de Test "
                    "Contractuel à l'API de Notation en production. Compte tenu de la taille "
                    "du Jeu de Test Contractuel, les Parties conviennent qu'un engagement est "
                    "réputé non atteint lorsque la borne de l'intervalle de confiance à "
                    "95 % la plus favorable à l'Éditeur ne le respecte pas."],
            title="Méthode de mesure"),
        Table(["Indicateur", "Engagement", "Population"], [
            ["AUC", "≥ 0,80", "Jeu de Test Contractuel"],
            ["Taux de détection des défauts (rappel)", "≥ 0,70 au Seuil de Décision",
             "Jeu de Test Contractuel"],
            ["Taux de faux positifs", "≤ 0,15 au Seuil de Décision", "Jeu de Test Contractuel"],
            ["Écart de taux de détection entre tranches d'âge", "≤ 0,05",
             "Jeu de Test Contractuel, par tranche d'âge"],
            ["95e centile du temps de réponse", "≤ 300 ms", "Appels du mois civil (Annexe 2)"],
            ["Taux de Disponibilité mensuel", "≥ 99,5 %", "Mois civil (Annexe 2)"],
        ], caption="Tableau 4 – Récapitulatif des engagements"),
    ]),
    Annex("4", "Conditions financières", [
        Table(["Poste", "Montant hors taxes", "Échéance"], [
            ["Licence CrediSense (redevance de concession)", "360 000,00 €",
             "30 % à la signature, 40 % à la livraison, 30 % à la recette"],
            ["Intégration (forfait)", "185 000,00 €", "50 % à la livraison, 50 % à la recette"],
            ["Maintenance et Service de Notation", "8 500,00 € par mois",
             "Mensuellement à terme échu à compter de la Mise en Production"],
            ["Assistance à la réversibilité", "1 150,00 € par jour", "Sur devis accepté"],
        ], caption="Tableau 5 – Prix"),
        P("Les factures sont payables à quarante-cinq (45) jours fin de mois à compter de leur "
          "date d'émission. Tout retard de paiement entraîne de plein droit les pénalités "
          "prévues à l'article L. 441-10 du code de commerce et l'indemnité forfaitaire pour "
          "frais de recouvrement de quarante euros (40 €)."),
    ]),
    Annex("5", "Accord de sous-traitance de données personnelles", [
        Sub("5.1", "Objet du traitement : évaluation de la solvabilité des demandeurs de crédit "
                   "de la Banque. Catégories de données : identification, situation familiale "
                   "et professionnelle, revenus et charges, historique bancaire interne. "
                   "Personnes concernées : demandeurs et co-emprunteurs."),
        Sub("5.2", "Les données sont hébergées exclusivement dans l'Union européenne. Le "
                   "sous-traitant ne recrute aucun sous-traitant ultérieur sans autorisation "
                   "écrite préalable de la Banque."),
        Sub("5.3", "Le sous-traitant notifie à la Banque toute violation de données dans un "
                   "délai de vingt-quatre (24) heures après en avoir pris connaissance, et "
                   "l'assiste dans la réalisation des analyses d'impact."),
    ]),
]

CONTRACT = Contract(
    title="CONTRAT DE LICENCE, D'INTÉGRATION ET DE MAINTENANCE",
    subtitle="Progiciel de notation de crédit CrediSense",
    reference="Réf. BH-DSI-2025-017",
    header="Banque Hexagone – Sigma Scoring – Intégra Conseil · Contrat CrediSense · "
           "Confidentiel",
    parties=PARTIES,
    preamble=PREAMBLE,
    articles=ARTICLES,
    annexes=ANNEXES,
    signatures=[
        ("Banque Hexagone", "Sophie Lemaire, Directrice générale déléguée"),
        ("Sigma Scoring", "Julien Carrel, Président"),
        ("Intégra Conseil", "Camille Roux, Directrice générale"),
    ],
    place_and_date="Fait à Paris, le 14 mars 2025, en trois exemplaires électroniques.",
    made_on=datetime(2025, 3, 14, 10, 0, tzinfo=UTC),
    between="ENTRE LES SOUSSIGNÉES :",
    extra_front=["Document fictif établi pour l'exemple du logiciel Recours"],
)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    write_docx(CONTRACT, out_dir / f"{NAME}.docx")
    pages = write_pdf(CONTRACT, out_dir / f"{NAME}.pdf")
    print(f"{out_dir / NAME}.docx, .pdf ({pages} pages)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
