<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CliText</name>
    <message>
        <source>PrivAudit demo</source>
        <translation>Démo PrivAudit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PrivAudit workbench</source>
        <translation>Atelier PrivAudit</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Langue de l&apos;interface (en, de, fr).</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores).</source>
        <translation>Fils de calcul (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Enregistrer une capture de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>A .privaudit project to open.</source>
        <translation>Un projet .privaudit à ouvrir.</translation>
    </message>
    <message>
        <source>With a project: start this job or sweep spec at start (repeatable).</source>
        <translation>Avec un projet : lancer cette spécification de tâche ou de balayage au démarrage (répétable).</translation>
    </message>
    <message>
        <source>Quit when the jobs started with --run-spec have finished.</source>
        <translation>Quitter lorsque les tâches lancées avec --run-spec sont terminées.</translation>
    </message>
    <message>
        <source>Open a view at start (calculator; with a project: checklist, matrix, compare, run:RUN, sweep:RUN, attribute:RUN, canary:RUN, reconstruction:RUN, mi-face:RUN, dataset:ID).</source>
        <translation>Ouvrir une vue au démarrage (calculator ; avec un projet : checklist, matrix, compare, run:EXÉCUTION, sweep:EXÉCUTION, attribute:EXÉCUTION, canary:EXÉCUTION, reconstruction:EXÉCUTION, mi-face:EXÉCUTION, dataset:ID).</translation>
    </message>
</context>
<context>
    <name>privaudit</name>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>&apos;%1&apos; est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (a device, FIFO or socket); give a file.</source>
        <translation>&apos;%1&apos; n&apos;est pas un fichier ordinaire (un périphérique, FIFO ou socket) ; donnez un fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MiB, more than this kind of file can be.</source>
        <translation>&apos;%1&apos; dépasse %2 Mio, plus que ce type de fichier ne peut faire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::Translations</name>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::Assessment</name>
    <message>
        <source>The assessment is not valid JSON: %1 at byte %2.</source>
        <translation>L&apos;évaluation n&apos;est pas un JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>This is not a PrivAudit assessment export (its &quot;format&quot; is not &quot;privaudit.assessment&quot;).</source>
        <translation>Ce n&apos;est pas un export d&apos;évaluation PrivAudit (son « format » n&apos;est pas « privaudit.assessment »).</translation>
    </message>
    <message>
        <source>The assessment has format version %1; this PrivAudit reads version %2.</source>
        <translation>L&apos;évaluation a la version de format %1 ; cette version de PrivAudit lit la version %2.</translation>
    </message>
    <message>
        <source>Unknown access mode &apos;%1&apos;.</source>
        <translation>Mode d&apos;accès inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Checklist item &apos;%1&apos; is in no rule pack.</source>
        <translation>Le point de contrôle « %1 » n&apos;appartient à aucun référentiel.</translation>
    </message>
    <message>
        <source>Checklist item %1: &apos;%2&apos; is not one of %3.</source>
        <translation>Point de contrôle %1 : « %2 » ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>Unknown matrix cell &apos;%1&apos; / &apos;%2&apos;.</source>
        <translation>Cellule de matrice inconnue « %1 » / « %2 ».</translation>
    </message>
    <message>
        <source>Privacy assessment</source>
        <translation>Évaluation de la confidentialité</translation>
    </message>
    <message>
        <source>AI Act classification</source>
        <translation>Classification selon le règlement sur l&apos;IA</translation>
    </message>
    <message>
        <source>Role: %1. Result: **%2**.</source>
        <translation>Rôle : %1. Résultat : **%2**.</translation>
    </message>
    <message>
        <source>BLOCKER</source>
        <translation>BLOQUANT</translation>
    </message>
    <message>
        <source>Obligations and dates</source>
        <translation>Obligations et échéances</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(ouvert)</translation>
    </message>
    <message>
        <source>%1 (%2): the matrix holds a suggested likelihood L%3, but the current runs of the model under review (%4) suggest L%5; suggest from evidence again.</source>
        <translation>%1 (%2) : la matrice contient une vraisemblance proposée L%3, mais les exécutions actuelles du modèle examiné (%4) donnent L%5 ; relancez la proposition à partir des preuves.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::Classification</name>
    <message>
        <source>Not an AI system or GPAI model placed on the EU market or used in the EU: the AI Act does not apply.</source>
        <translation>Ni un système d&apos;IA ni un modèle d&apos;IA à usage général mis sur le marché de l&apos;UE ou dont la sortie est utilisée dans l&apos;UE : le règlement sur l&apos;IA ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>An Art 2 exclusion applies (defence, research, personal use or open source); note that the open-source exclusion does not cover high-risk systems, Art 5 or Art 50.</source>
        <translation>Une exclusion de l&apos;art. 2 s&apos;applique (défense, recherche, usage personnel ou logiciel libre) ; l&apos;exclusion des logiciels libres ne couvre pas les systèmes à haut risque, l&apos;art. 5 ni l&apos;art. 50.</translation>
    </message>
    <message>
        <source>In scope: an AI system (or GPAI model) on the EU market; role: %1.</source>
        <translation>Dans le champ : un système d&apos;IA (ou un modèle GPAI) sur le marché de l&apos;UE ; rôle : %1.</translation>
    </message>
    <message>
        <source>%1: answered &apos;%2&apos; to &quot;%3&quot; — a prohibited practice.</source>
        <translation>%1 : réponse « %2 » à « %3 » — une pratique interdite.</translation>
    </message>
    <message>
        <source>The prohibition applies from %1.</source>
        <translation>L&apos;interdiction s&apos;applique à partir du %1.</translation>
    </message>
    <message>
        <source>Safety component of (or itself) an Annex I product that needs third-party conformity assessment: high-risk.</source>
        <translation>Composant de sécurité d&apos;un produit de l&apos;annexe I (ou ce produit lui-même) soumis à une évaluation de la conformité par un tiers : haut risque.</translation>
    </message>
    <message>
        <source>Intended purpose in Annex III point(s) %1.</source>
        <translation>Destination prévue relevant de l&apos;annexe III, point(s) %1.</translation>
    </message>
    <message>
        <source>The system profiles natural persons, so the Art 6(3) derogation is unavailable even though a derogation condition is met: high-risk.</source>
        <translation>Le système effectue un profilage de personnes physiques ; la dérogation de l&apos;art. 6, par. 3, est donc exclue même si l&apos;une de ses conditions est remplie : haut risque.</translation>
    </message>
    <message>
        <source>The system profiles natural persons: high-risk.</source>
        <translation>Le système effectue un profilage de personnes physiques : haut risque.</translation>
    </message>
    <message>
        <source>Art 6(3) derogation: a condition (a)-(d) holds and no significant risk is reasoned, so not high-risk; the assessment must be documented before placing on the market and the system registered.</source>
        <translation>Dérogation de l&apos;art. 6, par. 3 : une condition (a)–(d) est remplie et l&apos;absence de risque important est motivée, donc pas de haut risque ; l&apos;évaluation doit être documentée avant la mise sur le marché et le système enregistré.</translation>
    </message>
    <message>
        <source>No Art 6(3) derogation claimed: high-risk.</source>
        <translation>Aucune dérogation de l&apos;art. 6, par. 3, invoquée : haut risque.</translation>
    </message>
    <message>
        <source>No Annex III area reported.</source>
        <translation>Aucun domaine de l&apos;annexe III signalé.</translation>
    </message>
    <message>
        <source>tell people they interact with AI</source>
        <translation>informer les personnes qu&apos;elles interagissent avec une IA</translation>
    </message>
    <message>
        <source>mark synthetic output machine-readably</source>
        <translation>marquer les contenus synthétiques de façon lisible par machine</translation>
    </message>
    <message>
        <source>inform people exposed to emotion recognition or biometric categorisation</source>
        <translation>informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique</translation>
    </message>
    <message>
        <source>disclose deepfakes and AI-generated public-interest text</source>
        <translation>signaler les hypertrucages et les textes d&apos;intérêt public générés par IA</translation>
    </message>
    <message>
        <source>Transparency duty: %1.</source>
        <translation>Obligation de transparence : %1.</translation>
    </message>
    <message>
        <source>General-purpose AI model with systemic risk: Art 53 and Art 55 duties.</source>
        <translation>Modèle d&apos;IA à usage général présentant un risque systémique : obligations des art. 53 et 55.</translation>
    </message>
    <message>
        <source>General-purpose AI model: Art 53 duties.</source>
        <translation>Modèle d&apos;IA à usage général : obligations de l&apos;art. 53.</translation>
    </message>
    <message>
        <source>Minimal risk: AI literacy (Art 4) still applies; codes of conduct are voluntary.</source>
        <translation>Risque minimal : la maîtrise de l&apos;IA (art. 4) s&apos;applique toujours ; les codes de conduite sont volontaires.</translation>
    </message>
    <message>
        <source>applies since %1</source>
        <translation>s&apos;applique depuis le %1</translation>
    </message>
    <message>
        <source>applies from %1 (in %2 days)</source>
        <translation>s&apos;applique à partir du %1 (dans %2 jours)</translation>
    </message>
    <message>
        <source>(originally %1; moved by Regulation (EU) 2026/1744)</source>
        <translation>(initialement le %1 ; reporté par le règlement (UE) 2026/1744)</translation>
    </message>
    <message>
        <source>applies now</source>
        <translation>s&apos;applique dès maintenant</translation>
    </message>
    <message>
        <source>outside the AI Act</source>
        <translation>hors du règlement sur l&apos;IA</translation>
    </message>
    <message>
        <source>prohibited practice (blocker)</source>
        <translation>pratique interdite (bloquant)</translation>
    </message>
    <message>
        <source>high-risk</source>
        <translation>haut risque</translation>
    </message>
    <message>
        <source>transparency duties</source>
        <translation>obligations de transparence</translation>
    </message>
    <message>
        <source>minimal risk</source>
        <translation>risque minimal</translation>
    </message>
    <message>
        <source>general-purpose AI model</source>
        <translation>modèle d&apos;IA à usage général</translation>
    </message>
    <message>
        <source>general-purpose AI model with systemic risk</source>
        <translation>modèle d&apos;IA à usage général présentant un risque systémique</translation>
    </message>
    <message>
        <source>Scope not answered: the AI Act duties are listed as if the system were in scope, but whether the AI Act applies is not established.</source>
        <translation>Champ d&apos;application sans réponse : les obligations du règlement sur l&apos;IA sont listées comme si le système en relevait, mais son application n&apos;est pas établie.</translation>
    </message>
    <message>
        <source>%1 of %2 Art 5 screening questions are unanswered: a prohibited practice is not ruled out.</source>
        <translation>%1 des %2 questions de filtrage de l&apos;art. 5 sont sans réponse : une pratique interdite n&apos;est pas exclue.</translation>
    </message>
    <message>
        <source>No prohibited practice: every Art 5 screening question was answered and none reports one.</source>
        <translation>Aucune pratique interdite : chaque question de filtrage de l&apos;art. 5 a reçu une réponse et aucune n&apos;en signale.</translation>
    </message>
    <message numerus="yes">
        <source>%n Art 6 screening question(s) unanswered: high risk is not ruled out.</source>
        <translation>
            <numerusform>%n question(s) de filtrage de l&apos;art. 6 sans réponse : le haut risque n&apos;est pas exclu.</numerusform>
            <numerusform>%n question(s) de filtrage de l&apos;art. 6 sans réponse : le haut risque n&apos;est pas exclu.</numerusform>
        </translation>
    </message>
    <message>
        <source>provisional: %1 of %2 screening questions unanswered</source>
        <translation>provisoire : %1 des %2 questions de filtrage sans réponse</translation>
    </message>
    <message>
        <source>%1 (established so far: %2)</source>
        <translation>%1 (établi à ce stade : %2)</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::ClassificationInput</name>
    <message>
        <source>The answers are not valid JSON: %1 at byte %2.</source>
        <translation>Les réponses ne sont pas un JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in the answers (allowed: role, today, answers).</source>
        <translation>Clé inconnue « %1 » dans les réponses (autorisées : role, today, answers).</translation>
    </message>
    <message>
        <source>role must be one of %1, got &apos;%2&apos;.</source>
        <translation>role doit être l&apos;une des valeurs %1, reçu « %2 ».</translation>
    </message>
    <message>
        <source>&apos;today&apos; must be a date (YYYY-MM-DD).</source>
        <translation>« today » doit être une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Unknown item &apos;%1&apos; in the answers.</source>
        <translation>Point inconnu « %1 » dans les réponses.</translation>
    </message>
    <message>
        <source>Item %1: &apos;%2&apos; is not one of %3.</source>
        <translation>Point %1 : « %2 » ne fait pas partie de %3.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::ModelUnderReview</name>
    <message>
        <source>The designated run %1 or its model is no longer in the project.</source>
        <translation>L&apos;exécution désignée %1 ou son modèle n&apos;est plus dans le projet.</translation>
    </message>
    <message>
        <source>There is no run %1 in the project.</source>
        <translation>Le projet n&apos;a pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <source>Run %1 is not a completed membership-inference run; only such a run&apos;s target model can be under review.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution d&apos;inférence d&apos;appartenance terminée ; seul le modèle cible d&apos;une telle exécution peut être examiné.</translation>
    </message>
    <message>
        <source>Run %1 has no target model to review.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de modèle cible à examiner.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::RiskMatrix</name>
    <message>
        <source>Likelihood thresholds (PrivAudit defaults, not regulatory values): L1 when TPR at 0.1% FPR &lt;= %1, AUC &lt;= %2 and empirical epsilon &lt; %3 (or DP with epsilon &lt;= %4 and nothing above L2); L2 up to %5, %6 and %7; L3 up to %8, %9 and %10; L4 above. Published weights or full-score APIs add one level; rate-limited label-only access removes one.</source>
        <translation>Seuils de vraisemblance (valeurs par défaut de PrivAudit, non réglementaires) : L1 si TPR à 0,1 % de FPR &lt;= %1, AUC &lt;= %2 et epsilon empirique &lt; %3 (ou DP avec epsilon &lt;= %4 et rien au-delà de L2) ; L2 jusqu&apos;à %5, %6 et %7 ; L3 jusqu&apos;à %8, %9 et %10 ; L4 au-delà. Des poids publiés ou une API renvoyant les scores complets ajoutent un niveau ; un accès limité en débit aux seules étiquettes en retire un.</translation>
    </message>
    <message>
        <source>Membership inference</source>
        <translation>Inférence d&apos;appartenance</translation>
    </message>
    <message>
        <source>Attribute inference</source>
        <translation>Inférence d&apos;attributs</translation>
    </message>
    <message>
        <source>Model inversion and data reconstruction</source>
        <translation>Inversion de modèle et reconstruction de données</translation>
    </message>
    <message>
        <source>Gradient leakage (federated learning)</source>
        <translation>Fuite par les gradients (apprentissage fédéré)</translation>
    </message>
    <message>
        <source>Model extraction</source>
        <translation>Extraction de modèle</translation>
    </message>
    <message>
        <source>Property inference</source>
        <translation>Inférence de propriétés</translation>
    </message>
    <message>
        <source>Memorisation and training-data extraction</source>
        <translation>Mémorisation et extraction de données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Data poisoning</source>
        <translation>Empoisonnement des données</translation>
    </message>
    <message>
        <source>Data collection and preparation</source>
        <translation>Collecte et préparation des données</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Deployment and inference API</source>
        <translation>Déploiement et API d&apos;inférence</translation>
    </message>
    <message>
        <source>Monitoring and retraining</source>
        <translation>Surveillance et réentraînement</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Confidentialité différentielle</translation>
    </message>
    <message>
        <source>Bounds what any attack can learn; costs accuracy (see the trade-off explorer) and training time.</source>
        <translation>Borne ce que toute attaque peut apprendre ; coûte en exactitude (voir l&apos;explorateur de compromis) et en temps d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Federated learning</source>
        <translation>Apprentissage fédéré</translation>
    </message>
    <message>
        <source>Data stays with its holders; updates can still leak without secure aggregation; more engineering.</source>
        <translation>Les données restent chez leurs détenteurs ; les mises à jour peuvent encore fuir sans agrégation sécurisée ; plus d&apos;ingénierie.</translation>
    </message>
    <message>
        <source>Secure aggregation / multi-party computation</source>
        <translation>Agrégation sécurisée / calcul multipartite</translation>
    </message>
    <message>
        <source>The server sees only the sum of updates; communication overhead and client drop-outs.</source>
        <translation>Le serveur ne voit que la somme des mises à jour ; surcoût de communication et clients qui décrochent.</translation>
    </message>
    <message>
        <source>Homomorphic encryption</source>
        <translation>Chiffrement homomorphe</translation>
    </message>
    <message>
        <source>Inference on encrypted inputs; orders of magnitude slower, limited model types.</source>
        <translation>Inférence sur des entrées chiffrées ; plusieurs ordres de grandeur plus lente, types de modèles limités.</translation>
    </message>
    <message>
        <source>Output restriction</source>
        <translation>Restriction des sorties</translation>
    </message>
    <message>
        <source>Labels only or rounded scores; less useful outputs, and label-only attacks still work.</source>
        <translation>Étiquettes seules ou scores arrondis ; sorties moins utiles, et les attaques par étiquettes fonctionnent encore.</translation>
    </message>
    <message>
        <source>Rate limiting and query monitoring</source>
        <translation>Limitation de débit et surveillance des requêtes</translation>
    </message>
    <message>
        <source>Slows extraction and attacks needing many queries; throttles heavy legitimate users, not insiders.</source>
        <translation>Ralentit l&apos;extraction et les attaques nécessitant beaucoup de requêtes ; bride les gros utilisateurs légitimes, pas les initiés.</translation>
    </message>
    <message>
        <source>Data minimisation</source>
        <translation>Minimisation des données</translation>
    </message>
    <message>
        <source>Fewer and coarser features lower the harm of a leak; may lower accuracy.</source>
        <translation>Des variables moins nombreuses et plus grossières réduisent le préjudice d&apos;une fuite ; peut réduire l&apos;exactitude.</translation>
    </message>
    <message>
        <source>Worst measurement: %1 on run %2 (AUC %3, TPR at 0.1% FPR %4, empirical epsilon &gt;= %5) gives L%6.</source>
        <translation>Pire mesure : %1 sur l&apos;exécution %2 (AUC %3, TPR à 0,1 % de FPR %4, epsilon empirique &gt;= %5) donne L%6.</translation>
    </message>
    <message>
        <source>Every measured model was trained with DP at epsilon &lt;= %1: L1.</source>
        <translation>Chaque modèle mesuré a été entraîné avec DP à epsilon &lt;= %1 : L1.</translation>
    </message>
    <message>
        <source>Access mode &apos;%1&apos; (weights or full scores available): one level up.</source>
        <translation>Mode d&apos;accès « %1 » (poids ou scores complets disponibles) : un niveau de plus.</translation>
    </message>
    <message>
        <source>Access is label-only, but the worst measurement already used label-only access: no reduction.</source>
        <translation>L&apos;accès se limite aux étiquettes, mais la pire mesure utilisait déjà cet accès : pas de réduction.</translation>
    </message>
    <message>
        <source>Access mode &apos;%1&apos; (authenticated, rate-limited, labels only): one level down.</source>
        <translation>Mode d&apos;accès « %1 » (authentifié, débit limité, étiquettes seules) : un niveau de moins.</translation>
    </message>
    <message>
        <source>Sensitive columns in the data (%1): at least S3.</source>
        <translation>Colonnes sensibles dans les données (%1) : au moins S3.</translation>
    </message>
    <message>
        <source>Membership itself reveals a sensitive fact: at least S3.</source>
        <translation>L&apos;appartenance elle-même révèle un fait sensible : au moins S3.</translation>
    </message>
    <message>
        <source>Personal data without special categories: S2.</source>
        <translation>Données personnelles sans catégorie particulière : S2.</translation>
    </message>
    <message>
        <source>Children or other vulnerable people are affected: one level up.</source>
        <translation>Des enfants ou d&apos;autres personnes vulnérables sont concernés : un niveau de plus.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium-high</source>
        <translation>Moyen à élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Attribute inference: L1 when an attack that queries the model is right on members at most %1 more often than on non-members, L2 up to %2, L3 up to %3, L4 above.</source>
        <translation>Inférence d&apos;attribut : L1 lorsqu&apos;une attaque qui interroge le modèle a raison sur les membres au plus %1 plus souvent que sur les non-membres, L2 jusqu&apos;à %2, L3 jusqu&apos;à %3, L4 au-delà.</translation>
    </message>
    <message>
        <source>Worst attribute inference: %1 on column %2 of run %3 (members right %4 more often than non-members) gives L%5.</source>
        <translation>Pire inférence d&apos;attribut : %1 sur la colonne %2 de l&apos;exécution %3 (juste %4 plus souvent sur les membres que sur les non-membres) donne L%5.</translation>
    </message>
    <message>
        <source>That difference has no interval (the run skipped the bootstrap): it is a point estimate only.</source>
        <translation>Cette différence n&apos;a pas d&apos;intervalle (l&apos;exécution a omis le bootstrap) : ce n&apos;est qu&apos;une estimation ponctuelle.</translation>
    </message>
    <message>
        <source>Its 95% interval [%1, %2] reaches L%3: the run cannot rule out more leakage; more candidates narrow it.</source>
        <translation>Son intervalle à 95 % [%1, %2] atteint L%3 : l&apos;exécution ne peut exclure une fuite plus forte ; davantage de candidats le resserrent.</translation>
    </message>
    <message>
        <source>On run %1 the model also predicts %2 for people outside its training data better than imputation (by %3): what it learned about the population, not about its members; not counted in this likelihood.</source>
        <translation>Dans l&apos;exécution %1, le modèle prédit aussi %2 pour des personnes hors de ses données d&apos;entraînement mieux que l&apos;imputation (de %3) : ce qu&apos;il a appris sur la population, non sur ses membres ; non compté dans cette vraisemblance.</translation>
    </message>
    <message>
        <source>Memorisation: L1 when canaries inserted at most %1 times rank at most %2 bits above chance and the never-inserted controls, L2 up to %3, L3 up to %4 bits, L4 above.</source>
        <translation>Mémorisation : L1 lorsque les canaris insérés au plus %1 fois se classent au plus %2 bits au-dessus du hasard et des contrôles jamais insérés, L2 jusqu&apos;à %3, L3 jusqu&apos;à %4 bits, L4 au-delà.</translation>
    </message>
    <message>
        <source>Largest canary exposure: canaries inserted %1 times on run %2 rank %3 bits above chance and the never-inserted controls (exposure %4 bits) gives L%5.</source>
        <translation>Plus forte exposition des canaris : les canaris insérés %1 fois dans l&apos;exécution %2 se classent %3 bits au-dessus du hasard et des contrôles jamais insérés (exposition %4 bits), d&apos;où L%5.</translation>
    </message>
    <message>
        <source>That exposure has no interval (the run skipped the bootstrap): it is a point estimate only.</source>
        <translation>Cette exposition n&apos;a pas d&apos;intervalle (l&apos;exécution a omis le bootstrap) : ce n&apos;est qu&apos;une estimation ponctuelle.</translation>
    </message>
    <message>
        <source>Its 95% interval reaches %1 bits, L%2: the run cannot rule out more memorisation; more canaries per level narrow it.</source>
        <translation>Son intervalle à 95 % atteint %1 bits, L%2 : l&apos;exécution ne peut exclure davantage de mémorisation ; plus de canaris par niveau le resserrent.</translation>
    </message>
    <message>
        <source>Counterfactual memorisation: L1 when the share of members memorised beyond chance exceeds chance by at most %1 (the lower end of its interval), L2 up to %2, L3 up to %3, L4 above.</source>
        <translation>Mémorisation contrefactuelle : L1 quand la part des membres mémorisés au-delà du hasard dépasse le hasard d&apos;au plus %1 (la borne inférieure de son intervalle), L2 jusqu&apos;à %2, L3 jusqu&apos;à %3, L4 au-delà.</translation>
    </message>
    <message>
        <source>Run %1&apos;s counterfactual memorisation has too few reference models (%2) for a record to reach p &lt;= 0.05: not used.</source>
        <translation>La mémorisation contrefactuelle de l&apos;exécution %1 a trop peu de modèles de référence (%2) pour qu&apos;un enregistrement atteigne p &lt;= 0,05 : non utilisée.</translation>
    </message>
    <message>
        <source>Counterfactual memorisation: %1% of run %2&apos;s members are memorised beyond chance (95% interval from %3%; chance gives %4%), an excess of at least %5 gives L%6.</source>
        <translation>Mémorisation contrefactuelle : %1 % des membres de l&apos;exécution %2 sont mémorisés au-delà du hasard (intervalle à 95 % à partir de %3 % ; le hasard donne %4 %) ; un excédent d&apos;au moins %5 donne L%6.</translation>
    </message>
    <message>
        <source>Model inversion and reconstruction: L1 when the informed adversary recovers at most %1 more of a row&apos;s columns than the guess that needs no model (the lower end of its interval), L2 up to %2, L3 up to %3, L4 above.</source>
        <translation>Inversion de modèle et reconstruction : L1 lorsque l&apos;adversaire informé retrouve au plus %1 de plus des colonnes d&apos;une ligne que l&apos;estimation sans modèle (borne inférieure de son intervalle), L2 jusqu&apos;à %2, L3 jusqu&apos;à %3, L4 au-delà.</translation>
    </message>
    <message>
        <source>Informed reconstruction, run %1: %2 of %3 training rows recovered completely; the adversary recovers %4 points more of a row&apos;s columns than the guess that needs no model (95% interval from %5), L%6.</source>
        <translation>Reconstruction informée, exécution %1 : %2 des %3 lignes d&apos;entraînement entièrement retrouvées ; l&apos;adversaire retrouve %4 points de plus des colonnes d&apos;une ligne que l&apos;estimation sans modèle (intervalle à 95 % à partir de %5), L%6.</translation>
    </message>
    <message>
        <source>That adversary knows every other training row: a worst case, which an attacker who knows less may not reach; lower the likelihood only with a reason why no one can know that much.</source>
        <translation>Cet adversaire connaît toutes les autres lignes d&apos;entraînement : un pire cas, qu&apos;un attaquant qui en sait moins n&apos;atteint peut-être pas ; n&apos;abaissez la vraisemblance qu&apos;avec une raison pour laquelle personne ne peut en savoir autant.</translation>
    </message>
    <message>
        <source>That advantage has no interval (the run skipped the bootstrap): it is a point estimate only.</source>
        <translation>Cet avantage n&apos;a pas d&apos;intervalle (l&apos;exécution a omis le bootstrap) : ce n&apos;est qu&apos;une estimation ponctuelle.</translation>
    </message>
    <message>
        <source>MI-Face, run %1: %2% of %3 class representatives sit nearer a training row than a held-out row (permutation test p = %4): inverting the model reveals members, at least L3.</source>
        <translation>MI-Face, exécution %1 : %2 % des %3 représentants de classe sont plus proches d&apos;une ligne d&apos;entraînement que d&apos;une ligne réservée (test de permutation p = %4) : inverser le modèle révèle des membres, au moins L3.</translation>
    </message>
    <message>
        <source>The MI-Face finding outweighs the reconstruction&apos;s lower level.</source>
        <translation>Le résultat de MI-Face l&apos;emporte sur le niveau plus bas de la reconstruction.</translation>
    </message>
    <message>
        <source>MI-Face, run %1: no evidence that its %2 class representatives sit nearer training rows than held-out ones at p &lt; 0.01 (permutation test p = %3); a failed inversion lowers nothing.</source>
        <translation>MI-Face, exécution %1 : rien n&apos;indique à p &lt; 0,01 que ses %2 représentants de classe soient plus proches des lignes d&apos;entraînement que des lignes réservées (test de permutation p = %3) ; une inversion qui échoue n&apos;abaisse rien.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::RulePack</name>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>« %1 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty list of strings</source>
        <translation>« %1 » doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain only strings</source>
        <translation>« %1 » ne doit contenir que des chaînes</translation>
    </message>
    <message>
        <source>&apos;%1.original&apos; must be a date (YYYY-MM-DD) or null</source>
        <translation>« %1.original » doit être une date (AAAA-MM-JJ) ou null</translation>
    </message>
    <message>
        <source>&apos;%1.amended&apos; must be a date (YYYY-MM-DD)</source>
        <translation>« %1.amended » doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; is not valid JSON: %2 at byte %3.</source>
        <translation>Le référentiel « %1 » n&apos;est pas un JSON valide : %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PrivAudit rule pack (its &quot;format&quot; is not &quot;privaudit.rulepack&quot;).</source>
        <translation>« %1 » n&apos;est pas un référentiel PrivAudit (son « format » n&apos;est pas « privaudit.rulepack »).</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; has format version %2; this PrivAudit reads version %3.</source>
        <translation>Le référentiel « %1 » a la version de format %2 ; cette version de PrivAudit lit la version %3.</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; needs an id, a title and a version.</source>
        <translation>Le référentiel « %1 » doit avoir un identifiant, un titre et une version.</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; has no items.</source>
        <translation>Le référentiel « %1 » n&apos;a aucun point.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos;, item %2: %3.</source>
        <translation>Référentiel « %1 », point %2 : %3.</translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation>un point doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; is not on the scale yes, no, partial, n.a.</source>
        <translation>la réponse « %1 » n&apos;est pas sur l&apos;échelle yes, no, partial, n.a.</translation>
    </message>
    <message>
        <source>blocker answer &apos;%1&apos; is not one of the item&apos;s answers</source>
        <translation>la réponse bloquante « %1 » ne fait pas partie des réponses du point</translation>
    </message>
    <message>
        <source>applicable_when &apos;%1&apos; is not one of %2</source>
        <translation>applicable_when « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>kind must be screening or obligation, got &apos;%1&apos;</source>
        <translation>kind doit être screening ou obligation, reçu « %1 »</translation>
    </message>
    <message>
        <source>The built-in rule pack %1 is missing.</source>
        <translation>Le référentiel intégré %1 est manquant.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; is not valid JSON: %2 at byte %3.</source>
        <translation>La traduction du référentiel « %1 » n&apos;est pas un JSON valide : %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PrivAudit rule-pack translation of format version 1.</source>
        <translation>« %1 » n&apos;est pas une traduction de référentiel PrivAudit au format version 1.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; is for %2 version %3, not for %4 version %5.</source>
        <translation>La traduction du référentiel « %1 » concerne %2 version %3, et non %4 version %5.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; needs a title and a source note.</source>
        <translation>La traduction du référentiel « %1 » doit avoir un titre et une note de source.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; has no question for item %2.</source>
        <translation>La traduction du référentiel « %1 » n&apos;a pas de question pour le point %2.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos;, item %2: the question cites %3, the original cites %4.</source>
        <translation>Traduction du référentiel « %1 », point %2 : la question cite %3, l&apos;original cite %4.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; has no heading for the group &apos;%2&apos;.</source>
        <translation>La traduction du référentiel « %1 » n&apos;a pas de titre pour le groupe « %2 ».</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; names item %2, which the pack does not have.</source>
        <translation>La traduction du référentiel « %1 » nomme le point %2, que le référentiel n&apos;a pas.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::AttackCatalogue</name>
    <message>
        <source>LOSS threshold</source>
        <translation>Seuil sur la perte (LOSS)</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Seuil sur la confiance</translation>
    </message>
    <message>
        <source>Entropy threshold</source>
        <translation>Seuil sur l&apos;entropie</translation>
    </message>
    <message>
        <source>Modified entropy threshold</source>
        <translation>Seuil sur l&apos;entropie modifiée</translation>
    </message>
    <message>
        <source>LiRA</source>
        <translation>LiRA</translation>
    </message>
    <message>
        <source>RMIA</source>
        <translation>RMIA</translation>
    </message>
    <message>
        <source>Shadow models</source>
        <translation>Modèles fantômes</translation>
    </message>
    <message>
        <source>Label-only</source>
        <translation>Étiquettes seules</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known attack</source>
        <translation>« %1 » n&apos;est pas une attaque connue</translation>
    </message>
    <message>
        <source>it trains reference models on the data with the target&apos;s recipe, which a predictions file does not give</source>
        <translation>elle entraîne des modèles de référence sur les données avec la recette de la cible, ce qu&apos;un fichier de prédictions ne fournit pas</translation>
    </message>
    <message>
        <source>it queries the model on perturbed inputs, which a predictions file cannot answer</source>
        <translation>elle interroge le modèle sur des entrées perturbées, auxquelles un fichier de prédictions ne peut répondre</translation>
    </message>
    <message>
        <source>Unknown attack &apos;%1&apos;; available: %2.</source>
        <translation>Attaque inconnue &apos;%1&apos; ; disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::AttributeInference</name>
    <message>
        <source>Imputation baseline (no model access)</source>
        <translation>Référence d&apos;imputation (sans accès au modèle)</translation>
    </message>
    <message>
        <source>Marginal prior (Fredrikson et al. 2014)</source>
        <translation>A priori marginal (Fredrikson et al. 2014)</translation>
    </message>
    <message>
        <source>Confidence score (CSMIA, Mehnaz et al. 2022)</source>
        <translation>Score de confiance (CSMIA, Mehnaz et al. 2022)</translation>
    </message>
    <message>
        <source>Label only</source>
        <translation>Étiquette seule</translation>
    </message>
    <message>
        <source>Black-box attack model on probabilities</source>
        <translation>Modèle d&apos;attaque boîte noire sur les probabilités</translation>
    </message>
    <message>
        <source>Membership-inference based (calibrated loss)</source>
        <translation>Fondée sur l&apos;inférence d&apos;appartenance (perte calibrée)</translation>
    </message>
    <message>
        <source>Unknown attribute attack &apos;%1&apos;; available: %2</source>
        <translation>Attaque d&apos;attribut inconnue « %1 » ; disponibles : %2</translation>
    </message>
    <message>
        <source>At least 10 candidates per side are needed, got %1.</source>
        <translation>Il faut au moins 10 candidats de chaque côté, reçu %1.</translation>
    </message>
    <message>
        <source>The numeric tolerance must be at least 0 and below 10, got %1.</source>
        <translation>La tolérance numérique doit être au moins 0 et inférieure à 10, reçu %1.</translation>
    </message>
    <message>
        <source>The numeric grid needs 2 to 1000 values, got %1.</source>
        <translation>La grille numérique exige de 2 à 1000 valeurs, reçu %1.</translation>
    </message>
    <message>
        <source>k of PPV at top k must be at least 1, got %1.</source>
        <translation>Le k de la VPP aux k premiers doit être au moins 1, reçu %1.</translation>
    </message>
    <message>
        <source>mia-based needs 0 to 64 reference models, got %1.</source>
        <translation>mia-based exige de 0 à 64 modèles de référence, reçu %1.</translation>
    </message>
    <message>
        <source>No column has the role sensitive: name the column attribute inference targets.</source>
        <translation>Aucune colonne n&apos;a le rôle sensitive : nommez la colonne visée par l&apos;inférence d&apos;attribut.</translation>
    </message>
    <message>
        <source>The sensitive column &apos;%1&apos; is not in the data; columns: %2</source>
        <translation>La colonne sensible « %1 » n&apos;est pas dans les données ; colonnes : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the label: attribute inference targets an input column.</source>
        <translation>« %1 » est l&apos;étiquette : l&apos;inférence d&apos;attribut vise une colonne d&apos;entrée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an input of the model (role %2): the model cannot leak what it never saw.</source>
        <translation>« %1 » n&apos;est pas une entrée du modèle (rôle %2) : le modèle ne peut divulguer ce qu&apos;il n&apos;a jamais vu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Attribute inference needs auxiliary records (the population rows outside the target&apos;s members and non-members) with &apos;%1&apos; known: %2 found, at least 20 needed. Use fewer member rows or a larger table.</source>
        <translation>L&apos;inférence d&apos;attribut exige des enregistrements auxiliaires (les lignes de la population hors des membres et non-membres de la cible) où « %1 » est connu : %2 trouvés, au moins 20 nécessaires. Utilisez moins de lignes membres ou une table plus grande.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a single value in the auxiliary records: there is nothing to infer.</source>
        <translation>« %1 » ne prend qu&apos;une valeur dans les enregistrements auxiliaires : il n&apos;y a rien à inférer.</translation>
    </message>
    <message>
        <source>The target value &apos;%1&apos; is not among the values of &apos;%2&apos; in the auxiliary records: %3</source>
        <translation>La valeur cible « %1 » ne figure pas parmi les valeurs de « %2 » dans les enregistrements auxiliaires : %3</translation>
    </message>
    <message>
        <source>Attribute inference needs at least 10 members and 10 non-members with &apos;%1&apos; known.</source>
        <translation>L&apos;inférence d&apos;attribut exige au moins 10 membres et 10 non-membres où « %1 » est connu.</translation>
    </message>
    <message>
        <source>Querying the target model</source>
        <translation>Interrogation du modèle cible</translation>
    </message>
    <message>
        <source>Training the target model</source>
        <translation>Entraînement du modèle cible</translation>
    </message>
    <message>
        <source>Training the target model, epoch %1 of %2</source>
        <translation>Entraînement du modèle cible, époque %1 sur %2</translation>
    </message>
    <message>
        <source>Querying the target once per value of &apos;%1&apos;</source>
        <translation>Interrogation de la cible une fois par valeur de « %1 »</translation>
    </message>
    <message>
        <source>Training the imputation baseline on %1 auxiliary records</source>
        <translation>Entraînement de la référence d&apos;imputation sur %1 enregistrements auxiliaires</translation>
    </message>
    <message>
        <source>Training the black-box attack model</source>
        <translation>Entraînement du modèle d&apos;attaque boîte noire</translation>
    </message>
    <message>
        <source>Training reference model %1 of %2</source>
        <translation>Entraînement du modèle de référence %1 sur %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>%1 (no interval: the run used no bootstrap)</source>
        <translation>%1 (pas d&apos;intervalle : l&apos;exécution n&apos;a pas utilisé de bootstrap)</translation>
    </message>
    <message>
        <source>Only the imputation baseline ran: nothing about the model was measured.</source>
        <translation>Seule la référence d&apos;imputation a tourné : rien n&apos;a été mesuré sur le modèle.</translation>
    </message>
    <message>
        <source>With access to the model, &apos;%1&apos; is inferred better than by imputation from the other columns: advantage %2 (%3).</source>
        <translation>Avec l&apos;accès au modèle, « %1 » est mieux inféré que par imputation à partir des autres colonnes : avantage %2 (%3).</translation>
    </message>
    <message>
        <source>No attack infers &apos;%1&apos; better than the imputation baseline beyond its interval (largest advantage %2, %3).</source>
        <translation>Aucune attaque n&apos;infère « %1 » mieux que la référence d&apos;imputation au-delà de son intervalle (plus grand avantage %2, %3).</translation>
    </message>
    <message>
        <source>Members&apos; values are inferred more often than non-members&apos;: individual leakage %1 (%2). The model leaks about the records it was trained on.</source>
        <translation>Les valeurs des membres sont inférées plus souvent que celles des non-membres : fuite individuelle %1 (%2). Le modèle divulgue des informations sur les enregistrements de son entraînement.</translation>
    </message>
    <message>
        <source>No attack infers members&apos; values more often than non-members&apos; beyond its interval (largest individual leakage %1, %2).</source>
        <translation>Aucune attaque n&apos;infère les valeurs des membres plus souvent que celles des non-membres au-delà de son intervalle (plus grande fuite individuelle %1, %2).</translation>
    </message>
    <message>
        <source>An interval is wider than %1: too wide to rule out a leak of that size; more candidates narrow it.</source>
        <translation>Un intervalle est plus large que %1 : trop large pour exclure une fuite de cette taille ; davantage de candidats le resserrent.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::CanaryExposure</name>
    <message>
        <source>Give at least one repetition count for the canaries.</source>
        <translation>Indiquez au moins un nombre de répétitions pour les canaris.</translation>
    </message>
    <message>
        <source>Canary repetitions must be between 1 and 10000, got %1.</source>
        <translation>Les répétitions des canaris doivent être comprises entre 1 et 10000, reçu %1.</translation>
    </message>
    <message>
        <source>The canaries per repetition level must be between 2 and 10000, got %1.</source>
        <translation>Les canaris par niveau de répétition doivent être compris entre 2 et 10000, reçu %1.</translation>
    </message>
    <message>
        <source>The reference canaries must number between 1024 and 10,000,000, got %1; the Secret Sharer&apos;s test uses at least 65,536 (2^16).</source>
        <translation>Le nombre de canaris de référence doit être compris entre 1024 et 10 000 000, reçu %1 ; le test du Secret Sharer en utilise au moins 65 536 (2^16).</translation>
    </message>
    <message>
        <source>The bootstrap count cannot be negative.</source>
        <translation>Le nombre de rééchantillonnages bootstrap ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Drawing canaries</source>
        <translation>Tirage des canaris</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Training the labelling model (the target without canaries)</source>
        <translation>Entraînement du modèle d&apos;étiquetage (la cible sans canaris)</translation>
    </message>
    <message>
        <source>Training the target with %1 canary rows</source>
        <translation>Entraînement de la cible avec %1 lignes canaris</translation>
    </message>
    <message>
        <source>Scoring %1 reference canaries</source>
        <translation>Évaluation de %1 canaris de référence</translation>
    </message>
    <message>
        <source>Rows seen once in training are memorised: canaries inserted once rank clearly above chance (%1 bits) and above the never-inserted controls.</source>
        <translation>Les lignes vues une fois à l&apos;entraînement sont mémorisées : les canaris insérés une fois se classent nettement au-dessus du hasard (%1 bits) et des contrôles jamais insérés.</translation>
    </message>
    <message>
        <source>Rows repeated %1 times or more are memorised: their canaries rank clearly above chance (%2 bits) and above the never-inserted controls; rows repeated less often are not shown to be.</source>
        <translation>Les lignes répétées %1 fois ou plus sont mémorisées : leurs canaris se classent nettement au-dessus du hasard (%2 bits) et des contrôles jamais insérés ; ce n&apos;est pas démontré pour les lignes moins répétées.</translation>
    </message>
    <message>
        <source>No repetition level ranks clearly above chance (%1 bits) and the never-inserted controls: this run shows no memorisation of the canaries (which is not proof that there is none; more canaries per level narrow the intervals).</source>
        <translation>Aucun niveau de répétition ne se classe nettement au-dessus du hasard (%1 bits) et des contrôles jamais insérés : cette exécution ne montre aucune mémorisation des canaris (ce qui ne prouve pas qu&apos;il n&apos;y en a pas ; plus de canaris par niveau resserrent les intervalles).</translation>
    </message>
    <message>
        <source>The control canaries, never inserted, also rank above chance: the test is not measuring memorisation alone on these data (its references differ from the canaries).</source>
        <translation>Les canaris de contrôle, jamais insérés, se classent eux aussi au-dessus du hasard : sur ces données le test ne mesure pas la seule mémorisation (ses références diffèrent des canaris).</translation>
    </message>
    <message>
        <source>At least one level reaches the ceiling of %1 bits that %2 references can measure; the extrapolated exposure estimates beyond it, and more references raise the ceiling.</source>
        <translation>Au moins un niveau atteint le plafond de %1 bits que %2 références peuvent mesurer ; l&apos;exposition extrapolée estime au-delà, et davantage de références relèvent le plafond.</translation>
    </message>
    <message>
        <source>The skew-normal fits the references&apos; losses poorly (Kolmogorov-Smirnov distance %1): read the extrapolated exposures as indicative only; the interpolated ones rest on the ranks alone.</source>
        <translation>La loi normale asymétrique s&apos;ajuste mal aux pertes des références (distance de Kolmogorov-Smirnov %1) : les expositions extrapolées ne sont qu&apos;indicatives ; les interpolées reposent sur les seuls rangs.</translation>
    </message>
    <message>
        <source>With DP-SGD a row inserted r times is protected as a group of r: roughly r times the run&apos;s epsilon, so repeated rows can show exposure within the guarantee.</source>
        <translation>Avec DP-SGD, une ligne insérée r fois est protégée comme un groupe de r : environ r fois l&apos;epsilon de l&apos;exécution, de sorte que des lignes répétées peuvent montrer une exposition dans les limites de la garantie.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::CanaryGenerator</name>
    <message>
        <source>Canaries need a label column.</source>
        <translation>Les canaris ont besoin d&apos;une colonne cible.</translation>
    </message>
    <message>
        <source>Canaries need a label with at least two classes.</source>
        <translation>Les canaris ont besoin d&apos;une cible à au moins deux classes.</translation>
    </message>
    <message>
        <source>The canary space (2^%1 distinct rows) is too small for %2 distinct canaries.</source>
        <translation>L&apos;espace des canaris (2^%1 lignes distinctes) est trop petit pour %2 canaris distincts.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::InformedReconstruction</name>
    <message>
        <source>The reconstruction needs at least one target and one known row.</source>
        <translation>La reconstruction a besoin d&apos;au moins une cible et d&apos;une ligne connue.</translation>
    </message>
    <message>
        <source>The L2 penalty must be a positive number, got %1.</source>
        <translation>La pénalité L2 doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The reconstruction needs %1 member rows (%2 known and %3 targets); the split has %4.</source>
        <translation>La reconstruction a besoin de %1 lignes membres (%2 connues et %3 cibles) ; la partition en a %4.</translation>
    </message>
    <message>
        <source>The baseline needs population rows outside training; the split has none.</source>
        <translation>La référence a besoin de lignes de population hors entraînement ; la partition n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>[%1, %2] points</source>
        <translation>[%1, %2] points</translation>
    </message>
    <message>
        <source>(no interval)</source>
        <translation>(pas d&apos;intervalle)</translation>
    </message>
    <message>
        <source>The adversary who knows every training row but one recovered %1 of %2 missing rows completely and %3% of their columns (numeric within %4 standard deviations, categorical exactly); the guess that needs no model, each column&apos;s class-conditional mean or mode, gets %5%.</source>
        <translation>L&apos;adversaire qui connaît toutes les lignes d&apos;entraînement sauf une a reconstruit entièrement %1 des %2 lignes manquantes et %3 % de leurs colonnes (numériques à %4 écarts-types près, catégorielles exactement) ; l&apos;estimation sans modèle, la moyenne ou le mode conditionnel à la classe de chaque colonne, obtient %5 %.</translation>
    </message>
    <message>
        <source>The released minimiser was reached only to a gradient of %1: part of the error is the optimiser&apos;s, not the model&apos;s protection.</source>
        <translation>Le minimum publié n&apos;a été atteint qu&apos;à un gradient de %1 près : une partie de l&apos;erreur vient de l&apos;optimiseur, non d&apos;une protection du modèle.</translation>
    </message>
    <message>
        <source>With DP-SGD at epsilon %1 the reconstruction is no better than the baseline: its advantage %2 stays below %3 points.</source>
        <translation>Avec DP-SGD à epsilon %1, la reconstruction ne fait pas mieux que la référence : son avantage %2 reste sous %3 points.</translation>
    </message>
    <message>
        <source>With DP-SGD at epsilon %1 the reconstruction still beats the baseline, advantage %2: the DP model lets this adversary recover part of the missing row.</source>
        <translation>Avec DP-SGD à epsilon %1, la reconstruction bat encore la référence, avantage %2 : le modèle DP laisse cet adversaire retrouver une partie de la ligne manquante.</translation>
    </message>
    <message>
        <source>With DP-SGD at epsilon %1 the advantage over the baseline is %2: too wide an interval to say whether the reconstruction beats the baseline; more targets narrow it.</source>
        <translation>Avec DP-SGD à epsilon %1, l&apos;avantage sur la référence est %2 : un intervalle trop large pour dire si la reconstruction bat la référence ; davantage de cibles le resserrent.</translation>
    </message>
    <message>
        <source>This is a worst case: the adversary knows the other %1 training rows, the objective and its L2 penalty %2%3.</source>
        <translation>C&apos;est un pire cas : l&apos;adversaire connaît les %1 autres lignes d&apos;entraînement, l&apos;objectif et sa pénalité L2 %2%3.</translation>
    </message>
    <message>
        <source>The DP models learned little: training accuracy %1% against %2% for always answering the commonest label. A reconstruction that fails against a model that learned nothing says little about a model that is useful.</source>
        <translation>Les modèles DP ont peu appris : exactitude d&apos;entraînement %1 % contre %2 % en répondant toujours l&apos;étiquette la plus fréquente. Une reconstruction qui échoue contre un modèle qui n&apos;a rien appris dit peu d&apos;un modèle utile.</translation>
    </message>
    <message>
        <source>Only %1 rows were reconstructed: the intervals are wide.</source>
        <translation>Seules %1 lignes ont été reconstruites : les intervalles sont larges.</translation>
    </message>
    <message>
        <source>The informed adversary reads the row off a stationary point&apos;s gradient, which a ReLU network with weight decay does not have (its minima sit on kinks): use a logistic regression or an MLP with tanh, for example mlp:16:tanh.</source>
        <translation>L&apos;adversaire informé lit la ligne sur le gradient d&apos;un point stationnaire, qu&apos;un réseau ReLU avec weight decay n&apos;a pas (ses minima se trouvent sur des coudes) : utilisez une régression logistique ou un MLP avec tanh, par exemple mlp:16:tanh.</translation>
    </message>
    <message>
        <source>The informed adversary needs the training objective itself; dropout makes it random: use an MLP without dropout.</source>
        <translation>L&apos;adversaire informé a besoin de l&apos;objectif d&apos;entraînement lui-même ; le dropout le rend aléatoire : utilisez un MLP sans dropout.</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>régression logistique</translation>
    </message>
    <message>
        <source>MLP (hidden layers %1, %2)</source>
        <translation>MLP (couches cachées %1, %2)</translation>
    </message>
    <message>
        <source>Without DP the trained %1 gives its training rows away to such an adversary: the model&apos;s parameters determine the missing row (mean squared error %2 in standardised inputs, advantage over the baseline %3).</source>
        <translation>Sans DP, le modèle entraîné (%1) livre ses lignes d&apos;entraînement à un tel adversaire : les paramètres du modèle déterminent la ligne manquante (erreur quadratique moyenne %2 sur les entrées standardisées, avantage sur la référence %3).</translation>
    </message>
    <message>
        <source>, and the model is the exact minimiser of that objective (a model stopped earlier is not covered by this closed form)</source>
        <translation>, et le modèle est le minimiseur exact de cet objectif (un modèle arrêté plus tôt n&apos;est pas couvert par cette forme close)</translation>
    </message>
    <message>
        <source>, and the model is a stationary point of that objective (an MLP stopped earlier, as training usually is, is not covered: that needs Balle et al.&apos;s reconstructor network)</source>
        <translation>, et le modèle est un point stationnaire de cet objectif (un MLP arrêté plus tôt, comme l&apos;est d&apos;ordinaire l&apos;entraînement, n&apos;est pas couvert : il faudrait le réseau de reconstruction de Balle et al.)</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MembershipInference</name>
    <message>
        <source>global threshold</source>
        <translation>seuil global</translation>
    </message>
    <message>
        <source>LiRA and RMIA need at least %1 reference models, got %2.</source>
        <translation>LiRA et RMIA ont besoin d&apos;au moins %1 modèles de référence, reçu %2.</translation>
    </message>
    <message>
        <source>Membership inference needs both members and non-members.</source>
        <translation>L&apos;inférence d&apos;appartenance a besoin de membres et de non-membres.</translation>
    </message>
    <message>
        <source>Querying the target model</source>
        <translation>Interrogation du modèle cible</translation>
    </message>
    <message>
        <source>Training the target model</source>
        <translation>Entraînement du modèle cible</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Training reference model %1 of %2</source>
        <translation>Entraînement du modèle de référence %1 sur %2</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Calcul des scores</translation>
    </message>
    <message>
        <source>online, gamma 1</source>
        <translation>en ligne, gamma 1</translation>
    </message>
    <message>
        <source>offline, a = %1, gamma 1</source>
        <translation>hors ligne, a = %1, gamma 1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>noise robustness, %1 queries, sigma %2</source>
        <translation>robustesse au bruit, %1 requêtes, sigma %2</translation>
    </message>
    <message>
        <source>%1 shadow models, one attack model per class</source>
        <translation>%1 modèles fantômes, un modèle d&apos;attaque par classe</translation>
    </message>
    <message>
        <source>Training the attack model for class %1 failed.</source>
        <translation>L&apos;entraînement du modèle d&apos;attaque pour la classe %1 a échoué.</translation>
    </message>
    <message>
        <source>Training the target model, epoch %1 of %2</source>
        <translation>Entraînement du modèle cible, époque %1 sur %2</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MemorisationSummary</name>
    <message>
        <source>No member has a memorisation estimate: every reference model trained on all of them or on none.</source>
        <translation>Aucun membre n&apos;a d&apos;estimation de mémorisation : chaque modèle de référence a été entraîné sur tous ou sur aucun d&apos;eux.</translation>
    </message>
    <message>
        <source>Counterfactual memorisation of %1 members from %2 reference models (each record trained on by half of them): mean %3 (95% CI %4 to %5) in accuracy, %6 nats (95% CI %7 to %8) in loss.</source>
        <translation>Mémorisation contrefactuelle de %1 membres à partir de %2 modèles de référence (chaque enregistrement appris par la moitié d&apos;entre eux) : moyenne %3 (IC 95 % %4 à %5) en exactitude, %6 nats (IC 95 % %7 à %8) en perte.</translation>
    </message>
    <message>
        <source>With %1 reference models no record&apos;s permutation test can go below p = %2, so this run cannot show memorisation beyond chance either way; use at least 8 reference models (16 for claims about single records).</source>
        <translation>Avec %1 modèles de référence, le test de permutation d&apos;aucun enregistrement ne peut descendre sous p = %2 : cette exécution ne peut ni montrer ni exclure une mémorisation au-delà du hasard. Utilisez au moins 8 modèles de référence (16 pour des conclusions sur des enregistrements isolés).</translation>
    </message>
    <message>
        <source>%1 of the members (%2, 95% CI %3 to %4) are memorised beyond chance (permutation test of the loss form, p &lt;= %5); about %6 would be if none were.</source>
        <translation>%1 des membres (%2, IC 95 % %3 à %4) sont mémorisés au-delà du hasard (test de permutation de la forme en perte, p &lt;= %5) ; sans aucune mémorisation, ce serait environ %6.</translation>
    </message>
    <message>
        <source>More members are memorised than chance explains.</source>
        <translation>Plus de membres sont mémorisés que le hasard ne l&apos;explique.</translation>
    </message>
    <message>
        <source>This is within what chance explains: no evidence of memorisation.</source>
        <translation>Cela reste dans ce que le hasard explique : aucun indice de mémorisation.</translation>
    </message>
    <message>
        <source>The interval includes chance: no clear evidence either way.</source>
        <translation>L&apos;intervalle inclut le hasard : aucune conclusion nette dans un sens ou dans l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 members have exact copies in the data (same encoded features and label): their mean memorisation is %2 against %3 for unique members; %4 of them against %5 are memorised beyond chance. The reference models saw or missed all copies of a record together.</source>
        <translation>%1 membres ont des copies exactes dans les données (mêmes caractéristiques encodées et même étiquette) : leur mémorisation moyenne est de %2 contre %3 pour les membres uniques ; %4 d&apos;entre eux contre %5 sont mémorisés au-delà du hasard. Les modèles de référence ont vu toutes les copies d&apos;un enregistrement ensemble ou aucune.</translation>
    </message>
    <message>
        <source>LiRA exposes %1 members at %2 false positives; %3 of them are memorised beyond chance.</source>
        <translation>LiRA expose %1 membres à %2 de faux positifs ; %3 d&apos;entre eux sont mémorisés au-delà du hasard.</translation>
    </message>
    <message>
        <source>LiRA exposes %1 members at %2 false positives.</source>
        <translation>LiRA expose %1 membres à %2 de faux positifs.</translation>
    </message>
    <message>
        <source>With %1 reference models a record&apos;s accuracy-form estimate moves in steps of %2 and its permutation test cannot go below p = %3; use at least 16 for claims about single records.</source>
        <translation>Avec %1 modèles de référence, l&apos;estimation d&apos;un enregistrement en exactitude varie par pas de %2 et son test de permutation ne peut descendre sous p = %3 ; utilisez-en au moins 16 pour des conclusions sur des enregistrements isolés.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MiFace</name>
    <message>
        <source>MI-Face needs at least one start and one iteration, a positive step size and a confidence between 0 and 1.</source>
        <translation>MI-Face demande au moins un départ et une itération, un pas positif et une confiance entre 0 et 1.</translation>
    </message>
    <message>
        <source>MI-Face compares with members and held-out rows; the split lacks one of them.</source>
        <translation>MI-Face compare aux membres et aux lignes réservées ; le partage n&apos;a pas l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>MI-Face found %1 class representatives (%2 classes); the model gives them a mean confidence of %3% in their class, and %4 reached the stopping confidence.</source>
        <translation>MI-Face a trouvé %1 représentants de classe (%2 classes) ; le modèle leur attribue une confiance moyenne de %3 % dans leur classe, et %4 ont atteint la confiance d&apos;arrêt.</translation>
    </message>
    <message>
        <source>The representatives sit closer to training rows than to held-out rows of their class (mean gap %1, %2% of them nearer a member; permutation test p = %3): the inversion recovers something specific to the members.</source>
        <translation>Les représentants sont plus proches des lignes d&apos;entraînement que des lignes réservées de leur classe (écart moyen %1, %2 % d&apos;entre eux plus proches d&apos;un membre ; test de permutation p = %3) : l&apos;inversion retrouve quelque chose de propre aux membres.</translation>
    </message>
    <message>
        <source>No evidence that the representatives sit closer to training rows than to held-out rows of their class (mean gap %1, %2% nearer a member; permutation test p = %3): they describe the class, not its members. This does not show that no inversion works against the model, only that this one did not.</source>
        <translation>Rien n&apos;indique que les représentants soient plus proches des lignes d&apos;entraînement que des lignes réservées de leur classe (écart moyen %1, %2 % plus proches d&apos;un membre ; test de permutation p = %3) : ils décrivent la classe, pas ses membres. Cela ne montre pas qu&apos;aucune inversion ne fonctionne contre le modèle, seulement que celle-ci n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>A representative agrees with the class-conditional mean or mode on %1% of the columns; it recovers %2% of the columns of its closest member and %3% of its closest held-out row (numeric within %4 standard deviations, categorical exactly).</source>
        <translation>Un représentant concorde avec la moyenne ou le mode conditionnel à la classe sur %1 % des colonnes ; il retrouve %2 % des colonnes de son membre le plus proche et %3 % de sa ligne réservée la plus proche (numérique à %4 écarts-types près, catégorielle exactement).</translation>
    </message>
    <message>
        <source>The target was trained with DP-SGD at epsilon %1.</source>
        <translation>Le modèle cible a été entraîné avec DP-SGD à epsilon %1.</translation>
    </message>
    <message>
        <source>The target learned nothing measurable: an inversion that finds nothing in a model that learned nothing says nothing about a useful one.</source>
        <translation>Le modèle cible n&apos;a rien appris de mesurable : une inversion qui ne trouve rien dans un modèle qui n&apos;a rien appris ne dit rien d&apos;un modèle utile.</translation>
    </message>
    <message>
        <source>Most representatives stopped before the model was confident of their class: the model&apos;s confidence is bounded on the box, or the step budget ran out.</source>
        <translation>La plupart des représentants se sont arrêtés avant que le modèle soit sûr de leur classe : la confiance du modèle est bornée sur la boîte, ou le budget de pas était épuisé.</translation>
    </message>
    <message>
        <source>Only %1 representatives against %2 rows on each side: the test has little power.</source>
        <translation>Seulement %1 représentants face à %2 lignes de chaque côté : le test a peu de puissance.</translation>
    </message>
    <message>
        <source>Weak evidence that the representatives sit closer to training rows than to held-out rows of their class (mean gap %1, %2% nearer a member; permutation test p = %3): one run in twenty gets this far by chance. Repeat with more starts or another seed before acting on it.</source>
        <translation>Indice faible que les représentants soient plus proches des lignes d&apos;entraînement que des lignes réservées de leur classe (écart moyen %1, %2 % plus proches d&apos;un membre ; test de permutation p = %3) : une exécution sur vingt va aussi loin par hasard. Répéter avec plus de départs ou une autre graine avant d&apos;agir.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::OneRunAudit</name>
    <message>
        <source>The audit needs between 2 and %1 canaries (the population pool), got %2.</source>
        <translation>L&apos;audit a besoin de 2 à %1 canaris (la réserve de population), reçu %2.</translation>
    </message>
    <message>
        <source>The number of guesses must be between 2 and the number of canaries (%1), got %2.</source>
        <translation>Le nombre de paris doit être compris entre 2 et le nombre de canaris (%1), reçu %2.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::OneRunAuditSummary</name>
    <message>
        <source>Without DP there is no privacy claim to check: the audit shows epsilon &gt;= %1 with %2% confidence (%3 of %4 guesses right).</source>
        <translation>Sans DP, il n&apos;y a aucune garantie de confidentialité à vérifier : l&apos;audit montre epsilon &gt;= %1 avec %2 % de confiance (%3 suppositions justes sur %4).</translation>
    </message>
    <message>
        <source>The empirical epsilon (&gt;= %1 with %2% confidence) exceeds the accountant&apos;s epsilon %3: the DP training or its accounting is broken; the accountant&apos;s figure must not be relied on.</source>
        <translation>L&apos;epsilon empirique (&gt;= %1 avec %2 % de confiance) dépasse l&apos;epsilon du comptable %3 : l&apos;entraînement DP ou sa comptabilité est défaillant ; il ne faut pas se fier au chiffre du comptable.</translation>
    </message>
    <message>
        <source>No privacy loss was detected (epsilon lower bound 0 with %1% confidence). This does not confirm the accountant&apos;s epsilon %2; it only finds no contradiction.</source>
        <translation>Aucune perte de confidentialité détectée (borne inférieure d&apos;epsilon 0 avec %1 % de confiance). Cela ne confirme pas l&apos;epsilon %2 du comptable ; cela montre seulement qu&apos;il n&apos;est pas contredit.</translation>
    </message>
    <message>
        <source>Consistent with the accountant: epsilon &gt;= %1 measured with %2% confidence, at most %3 claimed. The audit can only refute a claim, not prove it.</source>
        <translation>Cohérent avec le comptable : epsilon &gt;= %1 mesuré avec %2 % de confiance, au plus %3 annoncé. L&apos;audit peut seulement réfuter une garantie, pas la prouver.</translation>
    </message>
</context>
<context>
    <name>privaudit::cli::CliText</name>
    <message>
        <source>--sampling-rate must be in (0, 1], got %1</source>
        <translation>--sampling-rate doit être dans (0, 1], reçu %1</translation>
    </message>
    <message>
        <source>--noise-multiplier must be a positive number, got %1</source>
        <translation>--noise-multiplier doit être un nombre positif, reçu %1</translation>
    </message>
    <message>
        <source>--steps must be at least 1, got %1</source>
        <translation>--steps doit valoir au moins 1, reçu %1</translation>
    </message>
    <message>
        <source>--delta must be in (0, 1), got %1</source>
        <translation>--delta doit être dans (0, 1), reçu %1</translation>
    </message>
    <message>
        <source>--epsilon must be a positive finite number, got %1</source>
        <translation>--epsilon doit être un nombre positif fini, reçu %1</translation>
    </message>
    <message>
        <source>--phase must be SAMPLING_RATE:NOISE_MULTIPLIER:STEPS, got &apos;%1&apos;</source>
        <translation>--phase doit avoir la forme TAUX:MULTIPLICATEUR_DE_BRUIT:ÉTAPES, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accountant: unknown subcommand &apos;%1&apos; (epsilon, delta, calibrate, steps)</source>
        <translation>accountant : sous-commande inconnue &apos;%1&apos; (epsilon, delta, calibrate, steps)</translation>
    </message>
    <message>
        <source>Differential-privacy accounting for DP-SGD (Poisson-subsampled Gaussian mechanism, add/remove-one adjacency, example level).
  accountant [epsilon]  epsilon for --sampling-rate, --noise-multiplier, --steps, --delta
  accountant delta      delta for --epsilon instead of --delta
  accountant calibrate  noise multiplier for --epsilon, --sampling-rate, --steps, --delta
  accountant steps      largest number of steps within --epsilon</source>
        <translation>Comptabilité de confidentialité différentielle pour DP-SGD (mécanisme gaussien sous-échantillonné de Poisson, voisinage par ajout/retrait d&apos;un exemple, niveau exemple).
  accountant [epsilon]  epsilon pour --sampling-rate, --noise-multiplier, --steps, --delta
  accountant delta      delta pour --epsilon au lieu de --delta
  accountant calibrate  multiplicateur de bruit pour --epsilon, --sampling-rate, --steps, --delta
  accountant steps      plus grand nombre d&apos;étapes dans la limite de --epsilon</translation>
    </message>
    <message>
        <source>Poisson sampling rate q in (0, 1]; 1 is the plain Gaussian mechanism.</source>
        <translation>Taux d&apos;échantillonnage de Poisson q dans (0, 1] ; 1 est le mécanisme gaussien simple.</translation>
    </message>
    <message>
        <source>Noise standard deviation / clipping norm (sigma &gt; 0).</source>
        <translation>Écart type du bruit / norme d’écrêtage (sigma &gt; 0).</translation>
    </message>
    <message>
        <source>Number of training steps (&gt;= 1).</source>
        <translation>Nombre d&apos;étapes d&apos;entraînement (&gt;= 1).</translation>
    </message>
    <message>
        <source>Target delta in (0, 1).</source>
        <translation>Delta cible dans (0, 1).</translation>
    </message>
    <message>
        <source>Target epsilon (delta, calibrate, steps).</source>
        <translation>Epsilon cible (delta, calibrate, steps).</translation>
    </message>
    <message>
        <source>A training phase q:sigma:steps (repeatable) instead of the three options.</source>
        <translation>Une phase d&apos;entraînement q:sigma:étapes (répétable) au lieu des trois options.</translation>
    </message>
    <message>
        <source>rdp, pld or all (default: all; calibrate and steps: rdp).</source>
        <translation>rdp, pld ou all (par défaut : all ; calibrate et steps : rdp).</translation>
    </message>
    <message>
        <source>PLD discretisation interval (default 1e-4).</source>
        <translation>Pas de discrétisation PLD (par défaut 1e-4).</translation>
    </message>
    <message>
        <source>RDP to (epsilon, delta): improved (default) or classic.</source>
        <translation>Conversion RDP vers (epsilon, delta) : improved (par défaut) ou classic.</translation>
    </message>
    <message>
        <source>Calibration epsilon tolerance (default 0.01).</source>
        <translation>Tolérance sur epsilon pour la calibration (par défaut 0.01).</translation>
    </message>
    <message>
        <source>Also print the plain-language DP statement.</source>
        <translation>Afficher aussi la déclaration DP en langage clair.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par machine.</translation>
    </message>
    <message>
        <source>--accountant must be rdp, pld%1, got &apos;%2&apos;</source>
        <translation>--accountant doit valoir rdp, pld%1, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source> or all</source>
        <translation> ou all</translation>
    </message>
    <message>
        <source>--conversion must be improved or classic, got &apos;%1&apos;</source>
        <translation>--conversion doit valoir improved ou classic, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tolerance must be in (0, 1), got %1</source>
        <translation>--tolerance doit être dans (0, 1), reçu %1</translation>
    </message>
    <message>
        <source>--phase cannot be combined with &apos;accountant %1&apos;</source>
        <translation>--phase ne peut pas être combiné avec &apos;accountant %1&apos;</translation>
    </message>
    <message>
        <source>RDP: epsilon = %1 at delta = %2 (optimal order %3, %4 conversion)</source>
        <translation>RDP : epsilon = %1 pour delta = %2 (ordre optimal %3, conversion %4)</translation>
    </message>
    <message>
        <source>PLD: epsilon = %1 at delta = %2 (interval %3)</source>
        <translation>PLD : epsilon = %1 pour delta = %2 (pas %3)</translation>
    </message>
    <message>
        <source>%1: delta = %2 at epsilon = %3</source>
        <translation>%1 : delta = %2 pour epsilon = %3</translation>
    </message>
    <message>
        <source>%1: noise multiplier %2 gives epsilon = %3 (target %4) at delta = %5</source>
        <translation>%1 : le multiplicateur de bruit %2 donne epsilon = %3 (cible %4) pour delta = %5</translation>
    </message>
    <message>
        <source>%1: at most %2 steps stay within epsilon = %3 (reaching %4) at delta = %5</source>
        <translation>%1 : au plus %2 étapes restent dans la limite epsilon = %3 (atteint %4) pour delta = %5</translation>
    </message>
    <message>
        <source>--lang must be one of %1, got &apos;%2&apos;</source>
        <translation>--lang doit être l&apos;une des valeurs %1, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number, got &apos;%1&apos;</source>
        <translation>--threads doit être un entier positif, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;privaudit-cli --help&apos;</source>
        <translation>commande inconnue &apos;%1&apos; ; voir &apos;privaudit-cli --help&apos;</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>option obligatoire --%1 manquante</translation>
    </message>
    <message>
        <source>--%1 must be a number, got &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, got &apos;%2&apos;</source>
        <translation>--%1 doit être un entier, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Matrix size for the speed test (default 1024).</source>
        <translation>Taille des matrices pour le test de vitesse (par défaut 1024).</translation>
    </message>
    <message>
        <source>--size must be between 16 and 8192, got %1</source>
        <translation>--size doit être compris entre 16 et 8192, reçu %1</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>OpenBLAS loaded: %1 (%2)</source>
        <translation>OpenBLAS chargé : %1 (%2)</translation>
    </message>
    <message>
        <source>the slow reference BLAS is loaded (%1): model training will be about 30x slower. Install libopenblas0-pthread (installer/setup-deps.sh).</source>
        <translation>la BLAS de référence, lente, est chargée (%1) : l&apos;entraînement des modèles sera environ 30 fois plus lent. Installez libopenblas0-pthread (installer/setup-deps.sh).</translation>
    </message>
    <message>
        <source>BLAS library not identified (%1)</source>
        <translation>bibliothèque BLAS non identifiée (%1)</translation>
    </message>
    <message>
        <source>none mapped</source>
        <translation>aucune chargée</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>%1 LibTorch intra-op thread(s), %2 BLAS thread(s), %3 core(s)</source>
        <translation>%1 fil(s) intra-op LibTorch, %2 fil(s) BLAS, %3 cœur(s)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>CUDA available (%1 device(s)); using %2</source>
        <translation>CUDA disponible (%1 périphérique(s)) ; utilisation de %2</translation>
    </message>
    <message>
        <source>CPU (this LibTorch build or machine has no CUDA)</source>
        <translation>CPU (cette version de LibTorch ou cette machine n’a pas CUDA)</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Fichiers temporaires</translation>
    </message>
    <message>
        <source>cannot create files in %1</source>
        <translation>impossible de créer des fichiers dans %1</translation>
    </message>
    <message>
        <source>Matrix multiply</source>
        <translation>Produit matriciel</translation>
    </message>
    <message>
        <source>%1 GFLOP/s (float32, %2 x %2, best of 5)%3</source>
        <translation>%1 GFLOP/s (float32, %2 x %2, meilleur de 5)%3</translation>
    </message>
    <message>
        <source>; below %1 GFLOP/s: check the BLAS library</source>
        <translation> ; moins de %1 GFLOP/s : vérifiez la bibliothèque BLAS</translation>
    </message>
    <message>
        <source>PrivAudit %1 (%2)</source>
        <translation>PrivAudit %1 (%2)</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2, Eigen %3, SQLite %4, %5</source>
        <translation>Qt %1, LibTorch %2, Eigen %3, SQLite %4, %5</translation>
    </message>
    <message>
        <source>BLAS: %1 (%2), %3 thread(s)</source>
        <translation>BLAS : %1 (%2), %3 fil(s)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Compute: %1 LibTorch thread(s) on %2 core(s), device %3</source>
        <translation>Calcul : %1 fil(s) LibTorch sur %2 cœur(s), périphérique %3</translation>
    </message>
    <message>
        <source>missing required option --label</source>
        <translation>option obligatoire --label manquante</translation>
    </message>
    <message>
        <source>CSV file, or &apos;demo&apos; for the built-in synthetic patient records.</source>
        <translation>Fichier CSV, ou &apos;demo&apos; pour les dossiers de patients synthétiques intégrés.</translation>
    </message>
    <message>
        <source>Label column (the demo data has one).</source>
        <translation>Colonne cible (les données de démonstration en ont une).</translation>
    </message>
    <message>
        <source>logreg or mlp:WIDTH,WIDTH[:relu|tanh][:dropout] (default mlp:256,256).</source>
        <translation>logreg ou mlp:LARGEUR,LARGEUR[:relu|tanh][:dropout] (par défaut mlp:256,256).</translation>
    </message>
    <message>
        <source>sgd or adam (default adam).</source>
        <translation>sgd ou adam (par défaut adam).</translation>
    </message>
    <message>
        <source>L2 weight decay (default 0).</source>
        <translation>Décroissance des poids L2 (par défaut 0).</translation>
    </message>
    <message>
        <source>Train with DP-SGD.</source>
        <translation>Entraîner avec DP-SGD.</translation>
    </message>
    <message>
        <source>DP noise multiplier sigma.</source>
        <translation>Multiplicateur de bruit DP sigma.</translation>
    </message>
    <message>
        <source>DP: calibrate sigma for this epsilon before training.</source>
        <translation>DP : calibrer sigma pour cet epsilon avant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>DP per-example clipping norm C (default 1).</source>
        <translation>Norme d&apos;écrêtage DP C par exemple (par défaut 1).</translation>
    </message>
    <message>
        <source>DP delta (default 1e-5).</source>
        <translation>Delta DP (par défaut 1e-5).</translation>
    </message>
    <message>
        <source>DP noise from the operating system&apos;s cryptographic source.</source>
        <translation>Bruit DP tiré de la source aléatoire cryptographique du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Training (member) rows; default 40% of the rows.</source>
        <translation>Lignes d&apos;entraînement (membres) ; par défaut 40 % des lignes.</translation>
    </message>
    <message>
        <source>Seed for the split, initialisation, sampling and noise (default 1).</source>
        <translation>Graine pour la partition, l&apos;initialisation, l&apos;échantillonnage et le bruit (par défaut 1).</translation>
    </message>
    <message>
        <source>Save the trained model as TorchScript.</source>
        <translation>Enregistrer le modèle entraîné au format TorchScript.</translation>
    </message>
    <message>
        <source>--optimizer must be sgd or adam, got &apos;%1&apos;</source>
        <translation>--optimizer doit valoir sgd ou adam, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dp needs exactly one of --noise-multiplier and --target-epsilon</source>
        <translation>--dp exige exactement l&apos;une des options --noise-multiplier et --target-epsilon</translation>
    </message>
    <message>
        <source>--noise-multiplier and --target-epsilon need --dp</source>
        <translation>--noise-multiplier et --target-epsilon exigent --dp</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>époque %1 sur %2</translation>
    </message>
    <message>
        <source>Model %1 trained on %2 rows in %3 s (%4 steps).</source>
        <translation>Modèle %1 entraîné sur %2 lignes en %3 s (%4 étapes).</translation>
    </message>
    <message>
        <source>Accuracy: train %1, test %2 (%3 held-out rows).</source>
        <translation>Précision : entraînement %1, test %2 (%3 lignes réservées).</translation>
    </message>
    <message>
        <source>DP-SGD: epsilon = %1 at delta = %2 (RDP), noise multiplier %3, sampling rate %4, clipping norm %5.</source>
        <translation>DP-SGD : epsilon = %1 pour delta = %2 (RDP), multiplicateur de bruit %3, taux d&apos;échantillonnage %4, norme d&apos;écrêtage %5.</translation>
    </message>
    <message>
        <source>No differential privacy: epsilon is infinite.</source>
        <translation>Pas de confidentialité différentielle : epsilon est infini.</translation>
    </message>
    <message>
        <source>Dataset SHA-256: %1</source>
        <translation>SHA-256 du jeu de données : %1</translation>
    </message>
    <message>
        <source>Model saved as TorchScript: %1</source>
        <translation>Modèle enregistré au format TorchScript : %1</translation>
    </message>
    <message>
        <source>Membership inference: train a target (or load --target-model, or read --predictions), run the attacks and report AUC, advantage, TPR at 0.1%, 1% and 10% FPR with bootstrap intervals and an empirical epsilon lower bound. With --target-model, members are the rows the same --seed and --train-rows selected when &apos;privaudit-cli train&apos; trained it.</source>
        <translation>Inférence d&apos;appartenance : entraîner une cible (ou charger --target-model, ou lire --predictions), lancer les attaques et indiquer l&apos;AUC, l&apos;avantage, le TPR à 0,1 %, 1 % et 10 % de FPR avec des intervalles bootstrap et une borne inférieure empirique d&apos;epsilon. Avec --target-model, les membres sont les lignes choisies par les mêmes --seed et --train-rows lors de l&apos;entraînement par &apos;privaudit-cli train&apos;.</translation>
    </message>
    <message>
        <source>Reference models for LiRA and RMIA (default 16).</source>
        <translation>Modèles de référence pour LiRA et RMIA (par défaut 16).</translation>
    </message>
    <message>
        <source>LiRA and RMIA offline (OUT reference models only).</source>
        <translation>LiRA et RMIA hors ligne (modèles de référence OUT uniquement).</translation>
    </message>
    <message>
        <source>LiRA with per-example variances (needs many reference models).</source>
        <translation>LiRA avec des variances par exemple (nécessite de nombreux modèles de référence).</translation>
    </message>
    <message>
        <source>A TorchScript target model to attack as a black box.</source>
        <translation>Un modèle cible TorchScript à attaquer en boîte noire.</translation>
    </message>
    <message>
        <source>A predictions CSV (per-class scores, label, member) to audit without a model.</source>
        <translation>Un CSV de prédictions (scores par classe, cible, membre) à auditer sans modèle.</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 200).</source>
        <translation>Rééchantillonnages bootstrap pour les intervalles (par défaut 200).</translation>
    </message>
    <message>
        <source>Write every record&apos;s score to this CSV.</source>
        <translation>Écrire le score de chaque enregistrement dans ce CSV.</translation>
    </message>
    <message>
        <source>--attack: unknown attack &apos;%1&apos;; available: %2</source>
        <translation>--attack : attaque inconnue &apos;%1&apos; ; disponibles : %2</translation>
    </message>
    <message>
        <source>--predictions: the file has no &apos;member&apos; column, so there is no ground truth to measure an attack against.</source>
        <translation>--predictions : le fichier n&apos;a pas de colonne &apos;member&apos;, il n&apos;y a donc pas de vérité de terrain pour mesurer une attaque.</translation>
    </message>
    <message>
        <source>missing required option --data (or --predictions)</source>
        <translation>option obligatoire --data (ou --predictions) manquante</translation>
    </message>
    <message>
        <source>%1 (%2): AUC %3 [%4, %5], advantage %6, TPR at 0.1% / 1% / 10% FPR: %7 / %8 / %9, empirical epsilon &gt;= %10</source>
        <translation>%1 (%2) : AUC %3 [%4, %5], avantage %6, TPR à 0,1 % / 1 % / 10 % de FPR : %7 / %8 / %9, epsilon empirique &gt;= %10</translation>
    </message>
    <message>
        <source>DP: stop before the epoch that would exceed this epsilon.</source>
        <translation>DP : s&apos;arrêter avant l&apos;époque qui dépasserait cet epsilon.</translation>
    </message>
    <message>
        <source>One-run privacy audit (Steinke, Nasr &amp; Jagielski 2023): add mislabelled canaries from the population pool to the training set with probability 1/2 each, train once with the given recipe, guess membership from the canaries&apos; losses and report an empirical epsilon lower bound next to the accountant&apos;s epsilon.</source>
        <translation>Audit de confidentialité en un seul entraînement (Steinke, Nasr &amp; Jagielski 2023) : ajouter à l&apos;ensemble d&apos;entraînement, chacun avec la probabilité 1/2, des canaris mal étiquetés tirés de la réserve de population, entraîner une fois avec la recette donnée, deviner l&apos;appartenance à partir des pertes des canaris et indiquer une borne inférieure empirique d&apos;epsilon à côté de l&apos;epsilon comptabilisé.</translation>
    </message>
    <message>
        <source>Number of canaries (default 1000).</source>
        <translation>Nombre de canaris (par défaut 1000).</translation>
    </message>
    <message>
        <source>Number of guesses, half IN and half OUT (default 200).</source>
        <translation>Nombre de paris, moitié IN et moitié OUT (par défaut 200).</translation>
    </message>
    <message>
        <source>One-run audit: %1 of %2 guesses right on %3 canaries (%4 included).</source>
        <translation>Audit en un entraînement : %1 paris justes sur %2 pour %3 canaris (%4 inclus).</translation>
    </message>
    <message>
        <source>infinite (no DP)</source>
        <translation>infini (pas de DP)</translation>
    </message>
    <message>
        <source>RDP orders, comma-separated, each &gt; 1 (default: dp_accounting&apos;s grid).</source>
        <translation>Ordres RDP, séparés par des virgules, chacun &gt; 1 (par défaut : la grille de dp_accounting).</translation>
    </message>
    <message>
        <source>--orders: every order must be a number greater than 1, got &apos;%1&apos;</source>
        <translation>--orders : chaque ordre doit être un nombre supérieur à 1, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--orders: no order given</source>
        <translation>--orders : aucun ordre indiqué</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>missing required option --answers</source>
        <translation>option obligatoire --answers manquante</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>Classification : %1</translation>
    </message>
    <message>
        <source>BLOCKER: %1</source>
        <translation>BLOQUANT : %1</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Raisonnement :</translation>
    </message>
    <message>
        <source>Obligations (%1):</source>
        <translation>Obligations (%1) :</translation>
    </message>
    <message>
        <source>Classify a system under the EU AI Act (as amended in 2026) from screening answers {&quot;role&quot;: ..., &quot;answers&quot;: {&quot;AIA-ART5-F&quot;: &quot;no&quot;, ...}}: tiers, reasoning with articles, blockers, and the obligations with their dates.</source>
        <translation>Classer un système selon le règlement sur l&apos;IA (modifié en 2026) à partir de réponses de filtrage {&quot;role&quot;: ..., &quot;answers&quot;: {&quot;AIA-ART5-F&quot;: &quot;no&quot;, ...}} : niveaux, raisonnement avec articles, points bloquants et obligations avec leurs échéances.</translation>
    </message>
    <message>
        <source>Export a project&apos;s assessment (checklists and risk matrix) as JSON, CSV or Markdown.</source>
        <translation>Exporter l&apos;évaluation d&apos;un projet (listes de contrôle et matrice des risques) en JSON, CSV ou Markdown.</translation>
    </message>
    <message>
        <source>Import an assessment JSON export into a project (every change goes into the audit trail).</source>
        <translation>Importer un export JSON d&apos;évaluation dans un projet (chaque modification va dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Screening answers (JSON).</source>
        <translation>Réponses de filtrage (JSON).</translation>
    </message>
    <message>
        <source>The .privaudit project.</source>
        <translation>Le projet .privaudit.</translation>
    </message>
    <message>
        <source>json, csv or md (default json).</source>
        <translation>json, csv ou md (json par défaut).</translation>
    </message>
    <message>
        <source>For CSV: checklist or matrix (default checklist).</source>
        <translation>Pour CSV : checklist ou matrix (checklist par défaut).</translation>
    </message>
    <message>
        <source>Assessment JSON to import.</source>
        <translation>JSON d&apos;évaluation à importer.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>missing required option --in</source>
        <translation>option obligatoire --in manquante</translation>
    </message>
    <message>
        <source>Imported %1 checklist answers and the risk matrix.</source>
        <translation>%1 réponses de liste de contrôle et la matrice des risques importées.</translation>
    </message>
    <message>
        <source>--what must be checklist or matrix, got &apos;%1&apos;</source>
        <translation>--what doit être checklist ou matrix, reçu « %1 »</translation>
    </message>
    <message>
        <source>--format must be json, csv or md, got &apos;%1&apos;</source>
        <translation>--format doit être json, csv ou md, reçu « %1 »</translation>
    </message>
    <message>
        <source>Demo: non-private target</source>
        <translation>Démo : modèle cible non privé</translation>
    </message>
    <message>
        <source>Demo: DP-SGD target (epsilon 2)</source>
        <translation>Démo : modèle cible DP-SGD (epsilon 2)</translation>
    </message>
    <message>
        <source>Scores individual patients from their records.</source>
        <translation>Évalue chaque patient à partir de son dossier.</translation>
    </message>
    <message>
        <source>LOSS, LiRA and RMIA with 16 reference models on both candidate models.</source>
        <translation>LOSS, LiRA et RMIA avec 16 modèles de référence sur les deux modèles candidats.</translation>
    </message>
    <message>
        <source>ML engineering</source>
        <translation>Ingénierie ML</translation>
    </message>
    <message>
        <source>RDP accountant epsilon 2 at delta 1e-5; empirical lower bounds recorded per attack.</source>
        <translation>Comptable RDP : epsilon 2 pour delta 1e-5 ; bornes inférieures empiriques consignées par attaque.</translation>
    </message>
    <message>
        <source>Confidentiality attacks tested; poisoning and evasion tests are planned.</source>
        <translation>Attaques de confidentialité testées ; les tests d&apos;empoisonnement et d&apos;évasion sont prévus.</translation>
    </message>
    <message>
        <source>Security team</source>
        <translation>Équipe sécurité</translation>
    </message>
    <message>
        <source>Health data; Art 9(2)(h) condition to be confirmed by the DPO.</source>
        <translation>Données de santé ; condition de l&apos;art. 9, par. 2, point h), à confirmer par le DPD.</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>Criteria 1, 4, 5 and 8 of WP248 met: DPIA required.</source>
        <translation>Critères 1, 4, 5 et 8 du WP248 remplis : AIPD requise.</translation>
    </message>
    <message>
        <source>Measured on the release candidate, the DP-SGD model (run %1); the non-private model (run %2) leaked measurably and is not released.</source>
        <translation>Mesuré sur le candidat à la publication, le modèle DP-SGD (exécution %1) ; le modèle non privé (exécution %2) a fui de manière mesurable et n&apos;est pas publié.</translation>
    </message>
    <message>
        <source>Diagnosis is sensitive; the API returns a risk band, not scores.</source>
        <translation>Le diagnostic est sensible ; l&apos;API renvoie une classe de risque, pas de scores.</translation>
    </message>
    <message>
        <source>Tabular model with DP-SGD; no free-text fields.</source>
        <translation>Modèle tabulaire avec DP-SGD ; aucun champ de texte libre.</translation>
    </message>
    <message>
        <source>Authenticated clinical users only; query volume monitored.</source>
        <translation>Utilisateurs cliniques authentifiés uniquement ; volume de requêtes surveillé.</translation>
    </message>
    <message>
        <source>Records come from the hospital&apos;s own systems.</source>
        <translation>Les enregistrements proviennent des propres systèmes de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The main job on the built-in synthetic patient records: train a non-private and a DP-SGD target model, run membership inference (LOSS, LiRA, RMIA) on both, store everything in DIR/demo.privaudit (an existing demo project gets two more runs) and print a summary.</source>
        <translation>La tâche principale sur les dossiers de patients synthétiques intégrés : entraîner un modèle cible non privé et un avec DP-SGD, exécuter l&apos;inférence d&apos;appartenance (LOSS, LiRA, RMIA) sur les deux, tout enregistrer dans DIR/demo.privaudit (un projet de démo existant reçoit deux exécutions de plus) et afficher un résumé.</translation>
    </message>
    <message>
        <source>Output directory (default ./privaudit-demo).</source>
        <translation>Répertoire de sortie (./privaudit-demo par défaut).</translation>
    </message>
    <message>
        <source>cannot create the output directory &apos;%1&apos;</source>
        <translation>impossible de créer le répertoire de sortie « %1 »</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>impossible d&apos;écrire « %1 »</translation>
    </message>
    <message>
        <source>PrivAudit demo</source>
        <translation>Démo PrivAudit</translation>
    </message>
    <message>
        <source>Outputs in %1:</source>
        <translation>Sorties dans %1 :</translation>
    </message>
    <message>
        <source>  demo.privaudit         the project: runs, models, statistics, scores, assessment, audit trail</source>
        <translation>  demo.privaudit         le projet : exécutions, modèles, statistiques, scores, évaluation, journal d&apos;audit</translation>
    </message>
    <message>
        <source>  demo-report.pdf        the audit report (PDF/A-1b, %1 pages)</source>
        <translation>  demo-report.pdf        le rapport d&apos;audit (PDF/A-1b, %1 pages)</translation>
    </message>
    <message>
        <source>  demo-patients.csv      the synthetic data</source>
        <translation>  demo-patients.csv      les données synthétiques</translation>
    </message>
    <message>
        <source>  demo-nonprivate.json   the job specs; rerun with: privaudit-cli run SPEC --project FILE</source>
        <translation>  demo-nonprivate.json   les spécifications de tâches ; à relancer avec : privaudit-cli run SPEC --project FILE</translation>
    </message>
    <message>
        <source>  demo-dp.json</source>
        <translation>  demo-dp.json</translation>
    </message>
    <message>
        <source>Audit trail verified (%1 rows).</source>
        <translation>Journal d&apos;audit vérifié (%1 entrées).</translation>
    </message>
    <message>
        <source>Audit trail verification FAILED: %1</source>
        <translation>Vérification du journal d&apos;audit ÉCHOUÉE : %1</translation>
    </message>
    <message>
        <source>Next: privaudit-cli project info %1</source>
        <translation>Ensuite : privaudit-cli project info %1</translation>
    </message>
    <message>
        <source>Created the project &apos;%1&apos; in %2.</source>
        <translation>Projet « %1 » créé dans %2.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; (%2), schema %3, created %4 by %5 with PrivAudit %6.</source>
        <translation>Projet « %1 » (%2), schéma %3, créé le %4 par %5 avec PrivAudit %6.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Lecture seule : %1.</translation>
    </message>
    <message>
        <source>%1 datasets, %2 models, %3 runs, %4 results, %5 audit-trail rows.</source>
        <translation>%1 jeux de données, %2 modèles, %3 exécutions, %4 résultats, %5 entrées du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Newest audit-trail hash: %1</source>
        <translation>Empreinte la plus récente du journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>Verification FAILED:</source>
        <translation>Vérification ÉCHOUÉE :</translation>
    </message>
    <message>
        <source>Create an empty .privaudit project.</source>
        <translation>Créer un projet .privaudit vide.</translation>
    </message>
    <message>
        <source>Show a project&apos;s contents and runs.</source>
        <translation>Afficher le contenu et les exécutions d&apos;un projet.</translation>
    </message>
    <message>
        <source>Check a project&apos;s integrity and its audit trail&apos;s hash chain; exits with 1 and names the first broken row when anything was changed outside PrivAudit.</source>
        <translation>Vérifier l&apos;intégrité d&apos;un projet et la chaîne de hachage de son journal d&apos;audit ; se termine avec 1 et nomme la première entrée rompue si quelque chose a été modifié hors de PrivAudit.</translation>
    </message>
    <message>
        <source>The .privaudit project file.</source>
        <translation>Le fichier de projet .privaudit.</translation>
    </message>
    <message>
        <source>Project name (default: the file name).</source>
        <translation>Nom du projet (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <source>project %1: give exactly one project file</source>
        <translation>project %1 : indiquer exactement un fichier de projet</translation>
    </message>
    <message>
        <source>Export a run: its spec, software versions and statistics as JSON, or every record&apos;s score as CSV (attack,row,member,score).</source>
        <translation>Exporter une exécution : sa spécification, les versions logicielles et les statistiques en JSON, ou le score de chaque enregistrement en CSV (attack,row,member,score).</translation>
    </message>
    <message>
        <source>Run id (see &apos;project info&apos;).</source>
        <translation>Identifiant de l&apos;exécution (voir « project info »).</translation>
    </message>
    <message>
        <source>json or csv (default json).</source>
        <translation>json ou csv (json par défaut).</translation>
    </message>
    <message>
        <source>--format must be json or csv, got &apos;%1&apos;</source>
        <translation>--format doit être json ou csv, reçu « %1 »</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>pdf or html (default pdf).</source>
        <translation>pdf ou html (pdf par défaut).</translation>
    </message>
    <message>
        <source>Name of the assessor, printed on the cover and the sign-off.</source>
        <translation>Nom de l&apos;auditeur, imprimé sur la couverture et la validation.</translation>
    </message>
    <message>
        <source>--format must be pdf or html, got &apos;%1&apos;</source>
        <translation>--format doit être pdf ou html, reçu « %1 »</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages, %3 s).</source>
        <translation>Rapport écrit dans %1 (%2 pages, %3 s).</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>Run a job spec (JSON) and store everything in a project: the run&apos;s spec, seed, software versions, dataset and model hashes, the target model, statistics and per-record scores. Ctrl+C cancels the run and records it as cancelled.</source>
        <translation>Exécuter une spécification de tâche (JSON) et tout enregistrer dans un projet : spécification, graine, versions logicielles, empreintes du jeu de données et du modèle, modèle cible, statistiques et scores par enregistrement. Ctrl+C annule l&apos;exécution et la consigne comme annulée.</translation>
    </message>
    <message>
        <source>The job spec (JSON).</source>
        <translation>La spécification de tâche (JSON).</translation>
    </message>
    <message>
        <source>The .privaudit project file (created when missing).</source>
        <translation>Le fichier de projet .privaudit (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>usage: privaudit-cli run SPEC.json --project FILE [--json]</source>
        <translation>usage : privaudit-cli run SPEC.json --project FILE [--json]</translation>
    </message>
    <message>
        <source>Cannot run into &apos;%1&apos;: it is read-only (%2).</source>
        <translation>Impossible d&apos;exécuter dans « %1 » : lecture seule (%2).</translation>
    </message>
    <message>
        <source>Run %1 &apos;%2&apos; completed in %3 s: target accuracy train %4, test %5; %6.</source>
        <translation>Exécution %1 « %2 » terminée en %3 s : exactitude du modèle cible entraînement %4, test %5 ; %6.</translation>
    </message>
    <message>
        <source>DP-SGD, epsilon = %1 at delta = %2</source>
        <translation>DP-SGD, epsilon = %1 pour delta = %2</translation>
    </message>
    <message>
        <source>no differential privacy</source>
        <translation>sans confidentialité différentielle</translation>
    </message>
    <message>
        <source>  %1: AUC %2 [%3, %4], TPR at 1% FPR %5, empirical epsilon &gt;= %6</source>
        <translation>  %1 : AUC %2 [%3, %4], TPR à 1 % de FPR %5, epsilon empirique &gt;= %6</translation>
    </message>
    <message>
        <source>Privacy-utility sweep: for every target epsilon (inf = no DP) and seed, calibrate the noise, train with DP-SGD, and measure utility (accuracy, loss, task AUC) and attack success. Every point is stored in the project as it finishes; running the same sweep again completes only the missing points.</source>
        <translation>Balayage confidentialité–utilité : pour chaque epsilon cible (inf = sans DP) et chaque graine, calibrer le bruit, entraîner avec DP-SGD et mesurer l&apos;utilité (exactitude, perte, AUC de la tâche) et le succès des attaques. Chaque point est enregistré dès qu&apos;il est fini ; relancer le même balayage ne complète que les points manquants.</translation>
    </message>
    <message>
        <source>Comma-separated target epsilons; &apos;inf&apos; means no DP (default 0.5,1,2,4,8,inf).</source>
        <translation>Epsilons cibles séparés par des virgules ; « inf » signifie sans DP (0.5,1,2,4,8,inf par défaut).</translation>
    </message>
    <message>
        <source>Seeds per epsilon (default 1).</source>
        <translation>Graines par epsilon (1 par défaut).</translation>
    </message>
    <message>
        <source>Attacks at every point (default loss,lira).</source>
        <translation>Attaques à chaque point (loss,lira par défaut).</translation>
    </message>
    <message>
        <source>Reference models for LiRA and RMIA (default 4).</source>
        <translation>Modèles de référence pour LiRA et RMIA (4 par défaut).</translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 200).</source>
        <translation>Rééchantillonnages bootstrap (200 par défaut).</translation>
    </message>
    <message>
        <source>Points trained side by side (default: one per core).</source>
        <translation>Points entraînés en parallèle (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>A sweep spec (JSON) instead of the options above.</source>
        <translation>Une spécification de balayage (JSON) au lieu des options ci-dessus.</translation>
    </message>
    <message>
        <source>The .privaudit project (created when missing).</source>
        <translation>Le projet .privaudit (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>missing required option --data (or --spec)</source>
        <translation>option obligatoire --data (ou --spec) manquante</translation>
    </message>
    <message>
        <source>sweep: the epsilons come from --epsilons; do not give --dp, --target-epsilon or --noise-multiplier</source>
        <translation>sweep : les epsilons viennent de --epsilons ; ne pas donner --dp, --target-epsilon ni --noise-multiplier</translation>
    </message>
    <message>
        <source>%1 points were already complete in the project; %2 ran now.</source>
        <translation>%1 points étaient déjà terminés dans le projet ; %2 ont été exécutés maintenant.</translation>
    </message>
    <message>
        <source>target eps | points | accuracy (mean +- sd) | accountant eps | per attack: AUC, TPR at 0.1% FPR, empirical eps &gt;=</source>
        <translation>eps cible | points | exactitude (moy. +- é.-t.) | eps comptable | par attaque : AUC, TPR à 0,1 % de FPR, eps empirique &gt;=</translation>
    </message>
    <message>
        <source>Sweep stored as run %1 in %2.</source>
        <translation>Balayage enregistré comme exécution %1 dans %2.</translation>
    </message>
    <message>
        <source>Running two jobs; each trains a target and 16 reference models (about 15 seconds on two cores).</source>
        <translation>Deux tâches s&apos;exécutent ; chacune entraîne un modèle cible et 16 modèles de référence (environ 15 secondes sur deux cœurs).</translation>
    </message>
    <message>
        <source>The report was written, but its export could not be recorded in the audit trail: %1</source>
        <translation>Le rapport a été écrit, mais son export n&apos;a pas pu être consigné dans la piste d&apos;audit : %1</translation>
    </message>
    <message>
        <source>--max-distinct-ratio must be above 0 and at most 1</source>
        <translation>--max-distinct-ratio doit être supérieur à 0 et au plus 1</translation>
    </message>
    <message>
        <source>--max-label-classes must be at least 2</source>
        <translation>--max-label-classes doit valoir au moins 2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Declare a column&apos;s type: NAME=categorical|numeric|boolean (repeatable).</source>
        <translation>Déclarer le type d&apos;une colonne : NOM=categorical|numeric|boolean (répétable).</translation>
    </message>
    <message>
        <source>Declare a column&apos;s role: NAME=identifier|ignored|sensitive|feature (repeatable); identifier and ignored columns are never model inputs.</source>
        <translation>Déclarer le rôle d&apos;une colonne : NOM=identifier|ignored|sensitive|feature (répétable) ; les identifiants et les colonnes ignorées ne sont jamais des entrées du modèle.</translation>
    </message>
    <message>
        <source>Categorical columns with more distinct values than this share of the rows are left out of the inputs unless given a role (default 0.5).</source>
        <translation>Les colonnes catégorielles ayant plus de valeurs distinctes que cette part des lignes sont exclues des entrées, sauf si un rôle leur est donné (par défaut 0,5).</translation>
    </message>
    <message>
        <source>A numeric label with at most this many whole-number values is read as classes (default 50).</source>
        <translation>Une étiquette numérique d&apos;au plus autant de valeurs entières est lue comme des classes (par défaut 50).</translation>
    </message>
    <message>
        <source>Unanswered screening items (the classification is provisional until they are answered): %1</source>
        <translation>Questions de filtrage sans réponse (la classification reste provisoire tant qu’elles ne sont pas répondues) : %1</translation>
    </message>
    <message>
        <source>assess: use &apos;assess classify --answers FILE&apos;, &apos;assess export --project FILE&apos;, &apos;assess import --project FILE --in FILE&apos;, &apos;assess suggest --project FILE&apos; or &apos;assess review --project FILE [--run N | --clear]&apos;</source>
        <translation>assess : utilisez &apos;assess classify --answers FILE&apos;, &apos;assess export --project FILE&apos;, &apos;assess import --project FILE --in FILE&apos;, &apos;assess suggest --project FILE&apos; ou &apos;assess review --project FILE [--run N | --clear]&apos;</translation>
    </message>
    <message>
        <source>Show or designate the model under review (the release candidate the audit is about): --run N designates run N&apos;s target model, --clear removes the designation. Audited.</source>
        <translation>Afficher ou désigner le modèle examiné (le candidat à la mise en production visé par l&apos;audit) : --run N désigne le modèle cible de l&apos;exécution N, --clear retire la désignation. Journalisé.</translation>
    </message>
    <message>
        <source>Suggest risk-matrix likelihoods and severities from the attack results of the model under review (every run when none is designated) and the datasets, and store the suggestions.</source>
        <translation>Proposer les vraisemblances et gravités de la matrice des risques à partir des résultats d&apos;attaque du modèle examiné (de toutes les exécutions si aucun n&apos;est désigné) et des jeux de données, et les enregistrer.</translation>
    </message>
    <message>
        <source>For review: the run whose target model is under review.</source>
        <translation>Pour review : l&apos;exécution dont le modèle cible est examiné.</translation>
    </message>
    <message>
        <source>For review: remove the designation.</source>
        <translation>Pour review : retirer la désignation.</translation>
    </message>
    <message>
        <source>--run must be a run id (a positive whole number), got &apos;%1&apos;</source>
        <translation>--run doit être un identifiant d&apos;exécution (entier positif), reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No model under review is designated.</source>
        <translation>Aucun modèle examiné n&apos;est désigné.</translation>
    </message>
    <message>
        <source>Model under review: %1 (SHA-256 %2), designated from run %3.</source>
        <translation>Modèle examiné : %1 (SHA-256 %2), désigné depuis l&apos;exécution %3.</translation>
    </message>
    <message>
        <source>Its runs: %1. Comparisons: %2.</source>
        <translation>Ses exécutions : %1. Comparaisons : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>       old: %1</source>
        <translation>       ancien : %1</translation>
    </message>
    <message>
        <source>       new: %1</source>
        <translation>       nouveau : %1</translation>
    </message>
    <message>
        <source>project: use &apos;project create FILE&apos;, &apos;project info FILE&apos;, &apos;project verify FILE&apos; or &apos;project log FILE&apos;</source>
        <translation>project : utilisez &apos;project create FILE&apos;, &apos;project info FILE&apos;, &apos;project verify FILE&apos; ou &apos;project log FILE&apos;</translation>
    </message>
    <message>
        <source>Show the audit trail: every row with its time, user, host, action, subject, and the old and the new value of an edit.</source>
        <translation>Afficher la piste d&apos;audit : chaque ligne avec l&apos;heure, l&apos;utilisateur, l&apos;hôte, l&apos;action, l&apos;objet, et l&apos;ancienne et la nouvelle valeur d&apos;une modification.</translation>
    </message>
    <message>
        <source>File whose first line is the key bundle&apos;s password (else PRIVAUDIT_SIGN_PASSWORD).</source>
        <translation>Fichier dont la première ligne est le mot de passe du paquet de clés (sinon PRIVAUDIT_SIGN_PASSWORD).</translation>
    </message>
    <message>
        <source>The signer&apos;s role, written into the signature (default: assessor).</source>
        <translation>Le rôle du signataire, écrit dans la signature (par défaut : assessor).</translation>
    </message>
    <message>
        <source>A final report needs:
- %1</source>
        <translation>Un rapport définitif nécessite :
- %1</translation>
    </message>
    <message>
        <source>Write the audit report of a project: cover, executive summary, scope and method, data, attack results with ROC curves, differential privacy, risk matrix, checklists, audit-trail verification, limitations, sign-off and appendix, as an archival PDF (PDF/A-1b) or HTML. The language follows --lang. A report is a draft (marked DRAFT on every page, with what is missing) unless --final is given and every condition for a final report holds; a final report is kept in the project as an immutable record. --sign adds a PAdES signature.</source>
        <translation>Écrire le rapport d&apos;audit d&apos;un projet : couverture, synthèse, périmètre et méthode, données, résultats d&apos;attaque avec courbes ROC, confidentialité différentielle, matrice des risques, listes de contrôle, vérification de la piste d&apos;audit, limites, validation et annexe, en PDF d&apos;archivage (PDF/A-1b) ou HTML. La langue suit --lang. Un rapport est un brouillon (marqué BROUILLON sur chaque page, avec ce qui manque) sauf si --final est donné et que toutes les conditions d&apos;un rapport définitif sont remplies ; un rapport définitif est conservé dans le projet comme enregistrement immuable. --sign ajoute une signature PAdES.</translation>
    </message>
    <message>
        <source>A final report: refused, with the list of what is missing, unless every condition holds.</source>
        <translation>Un rapport définitif : refusé, avec la liste de ce qui manque, tant que toutes les conditions ne sont pas remplies.</translation>
    </message>
    <message>
        <source>Sign the PDF with this PKCS#12 key bundle (.p12).</source>
        <translation>Signer le PDF avec ce paquet de clés PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>usage: privaudit-cli report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]</source>
        <translation>usage : privaudit-cli report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]</translation>
    </message>
    <message>
        <source>--sign needs --format pdf: an HTML report cannot carry a PDF signature</source>
        <translation>--sign nécessite --format pdf : un rapport HTML ne peut pas porter de signature PDF</translation>
    </message>
    <message>
        <source>The report was written to %1 but not signed: %2</source>
        <translation>Le rapport a été écrit dans %1 mais n&apos;a pas été signé : %2</translation>
    </message>
    <message>
        <source>The report was written, but it could not be kept in the project as a final report: %1</source>
        <translation>Le rapport a été écrit mais n&apos;a pas pu être conservé dans le projet comme rapport définitif : %1</translation>
    </message>
    <message>
        <source>Final report, kept in the project as report %1 (SHA-256 %2).</source>
        <translation>Rapport définitif, conservé dans le projet comme rapport %1 (SHA-256 %2).</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n item(s) missing for a final report.</source>
        <translation>
            <numerusform>Brouillon : %n élément(s) manquent pour un rapport définitif.</numerusform>
            <numerusform>Brouillon : %n élément(s) manquent pour un rapport définitif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <source>Add a signature to a PDF report (a PDF incremental update: earlier signatures stay valid), for example the data protection officer after the assessor. With --project the signing is recorded in the audit trail, and the signed version of a final report is kept beside it.</source>
        <translation>Ajouter une signature à un rapport PDF (mise à jour incrémentale : les signatures antérieures restent valides), par exemple celle du délégué à la protection des données après l&apos;évaluateur. Avec --project, la signature est consignée dans la piste d&apos;audit et la version signée d&apos;un rapport définitif est conservée à côté.</translation>
    </message>
    <message>
        <source>The PDF to sign (changed in place).</source>
        <translation>Le PDF à signer (modifié sur place).</translation>
    </message>
    <message>
        <source>PKCS#12 key bundle (.p12).</source>
        <translation>Paquet de clés PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>Reason written into the signature.</source>
        <translation>Motif écrit dans la signature.</translation>
    </message>
    <message>
        <source>Record the signature in this project&apos;s audit trail.</source>
        <translation>Consigner la signature dans la piste d&apos;audit de ce projet.</translation>
    </message>
    <message>
        <source>usage: privaudit-cli sign --pdf report.pdf --key KEY.p12 [--password-file F] [--role dpo] [--project FILE]</source>
        <translation>usage : privaudit-cli sign --pdf report.pdf --key KEY.p12 [--password-file F] [--role dpo] [--project FILE]</translation>
    </message>
    <message>
        <source>%1: privacy audit report</source>
        <translation>%1 : rapport d&apos;audit de confidentialité</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3).</source>
        <translation>%1 signé en tant que %2 (%3).</translation>
    </message>
    <message>
        <source>Majority-class baseline: %1; task AUC %2.</source>
        <translation>Référence de la classe majoritaire : %1 ; AUC de la tâche %2.</translation>
    </message>
    <message>
        <source>Draft: every condition for a final report holds; --final makes it final.</source>
        <translation>Brouillon : toutes les conditions d’un rapport définitif sont remplies ; --final le rend définitif.</translation>
    </message>
    <message>
        <source>--sign: cannot read the key bundle &apos;%1&apos;</source>
        <translation>--sign : impossible de lire le paquet de clés &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not run: %1: %2</source>
        <translation>non exécutée : %1 : %2</translation>
    </message>
    <message>
        <source>Note: %1 carries no encoder.json; its inputs are encoded as &apos;privaudit-cli train&apos; %2 would encode them (see train --help for the contract).</source>
        <translation>Remarque : %1 ne contient pas d&apos;encoder.json ; ses entrées sont encodées comme &apos;privaudit-cli train&apos; %2 les encoderait (voir le contrat dans train --help).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries no encoder.json (only models saved by PrivAudit do); give the encoder file instead.</source>
        <translation>&apos;%1&apos; ne contient pas d&apos;encoder.json (seuls les modèles enregistrés par PrivAudit en ont) ; donnez plutôt le fichier de l&apos;encodeur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas du JSON : %2</translation>
    </message>
    <message>
        <source>Encode a CSV file as a model&apos;s inputs: one float per input of the encoder (its input_names, in order), as the TorchScript models saved by &apos;privaudit-cli train&apos; expect them. The encoder is the MODEL.encoder.json written beside the model, or the model itself (it carries the same file).</source>
        <translation>Encoder un fichier CSV comme entrées d&apos;un modèle : un flottant par entrée de l&apos;encodeur (ses input_names, dans l&apos;ordre), comme les modèles TorchScript enregistrés par &apos;privaudit-cli train&apos; les attendent. L&apos;encodeur est le fichier MODELE.encoder.json écrit à côté du modèle, ou le modèle lui-même (il contient le même fichier).</translation>
    </message>
    <message>
        <source>CSV file to encode, or &apos;demo&apos;.</source>
        <translation>Fichier CSV à encoder, ou &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>encoder.json, or a TorchScript model saved by PrivAudit.</source>
        <translation>encoder.json, ou un modèle TorchScript enregistré par PrivAudit.</translation>
    </message>
    <message>
        <source>Where to write the encoded CSV.</source>
        <translation>Où écrire le CSV encodé.</translation>
    </message>
    <message>
        <source>Add a final &apos;label&apos; column with the class index (0-based, in the encoder&apos;s class order).</source>
        <translation>Ajouter une dernière colonne &apos;label&apos; avec l&apos;indice de classe (à partir de 0, dans l&apos;ordre des classes de l&apos;encodeur).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit the encoder: %2.</source>
        <translation>&apos;%1&apos; ne correspond pas à l&apos;encodeur : %2.</translation>
    </message>
    <message>
        <source>Row %1: the label &apos;%2&apos; is not one of the encoder&apos;s classes (%3).</source>
        <translation>Ligne %1 : l&apos;étiquette &apos;%2&apos; n&apos;est pas une des classes de l&apos;encodeur (%3).</translation>
    </message>
    <message>
        <source>Encoded %1 rows into %2 inputs: %3</source>
        <translation>%1 lignes encodées en %2 entrées : %3</translation>
    </message>
    <message>
        <source>The model&apos;s encoder does not fit this data: %1.</source>
        <translation>L&apos;encodeur du modèle ne correspond pas à ces données : %1.</translation>
    </message>
    <message>
        <source>Train a target model on a CSV file (or the built-in demo data), with or without DP-SGD, and report its accuracy and privacy.

The model&apos;s input contract (written to MODEL.encoder.json beside --out and inside the model as the extra file encoder.json; &apos;privaudit-cli encode&apos; applies it to a CSV):
- a float32 tensor [rows, input_width], inputs in column order over the feature and sensitive columns (identifier, ignored and label columns are never inputs);
- numeric column: (value - mean) * scale; a missing value gives 0 there and 1 in the NAME_missing input that follows, present when the fitting rows had missing values;
- categorical or boolean column: one-hot over its categories in sorted order, then NAME=&lt;unseen&gt; for any other value (unseen, rare or missing);
- output: one logit per class, classes in sorted order.
With --dp the categories, classes and scaling come from the rows not used for training, with categories seen fewer than 5 times there grouped into NAME=&lt;unseen&gt;, so the model&apos;s shape reveals nothing about its training rows; without --dp they come from the training rows.</source>
        <translation>Entraîner un modèle cible sur un fichier CSV (ou les données de démo intégrées), avec ou sans DP-SGD, et rendre compte de son exactitude et de sa confidentialité.

Le contrat d&apos;entrée du modèle (écrit dans MODELE.encoder.json à côté de --out et dans le modèle comme fichier annexe encoder.json ; &apos;privaudit-cli encode&apos; l&apos;applique à un CSV) :
- un tenseur float32 [lignes, input_width], entrées dans l&apos;ordre des colonnes de caractéristiques et sensibles (les colonnes d&apos;identifiant, ignorées et d&apos;étiquette ne sont jamais des entrées) ;
- colonne numérique : (valeur - mean) * scale ; une valeur manquante donne 0 et un 1 dans l&apos;entrée NAME_missing qui suit, présente quand les lignes d&apos;ajustement avaient des valeurs manquantes ;
- colonne catégorielle ou booléenne : one-hot sur ses catégories triées, puis NAME=&lt;unseen&gt; pour toute autre valeur (inédite, rare ou manquante) ;
- sortie : un logit par classe, classes triées.
Avec --dp, catégories, classes et mise à l&apos;échelle viennent des lignes non utilisées pour l&apos;entraînement, les catégories vues moins de 5 fois y étant regroupées dans NAME=&lt;unseen&gt;, de sorte que la forme du modèle ne révèle rien de ses lignes d&apos;entraînement ; sans --dp, elles viennent des lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>cannot write the encoder to &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire l&apos;encodeur dans &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Its input encoding (also inside the model as encoder.json): %1</source>
        <translation>Son encodage d&apos;entrée (aussi dans le modèle comme encoder.json) : %1</translation>
    </message>
    <message>
        <source>Epochs (default %1; with --dp %2).</source>
        <translation>Époques (par défaut %1 ; avec --dp %2).</translation>
    </message>
    <message>
        <source>Batch size; with DP the expected batch size (default %1; with --dp %2).</source>
        <translation>Taille de lot ; avec DP, la taille de lot attendue (par défaut %1 ; avec --dp %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON object: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>The declared encoder does not fit this data: %1.</source>
        <translation>L&apos;encodeur déclaré ne correspond pas à ces données : %1.</translation>
    </message>
    <message>
        <source>Use this declared encoder (encoder.json format: categories, classes, mean and scale known to be public) instead of fitting one on the data.</source>
        <translation>Utiliser cet encodeur déclaré (format encoder.json : catégories, classes, moyenne et échelle connues comme publiques) au lieu d&apos;en ajuster un sur les données.</translation>
    </message>
    <message>
        <source>--interval must be in [1e-6, 0.1], got %1</source>
        <translation>--interval doit être dans [1e-6, 0.1], reçu %1</translation>
    </message>
    <message>
        <source>%1: more than %2 steps stay within epsilon = %3 (%2 steps reach %4) at delta = %5; the search stops there</source>
        <translation>%1 : plus de %2 pas restent dans epsilon = %3 (%2 pas atteignent %4) à delta = %5 ; la recherche s&apos;arrête là</translation>
    </message>
    <message>
        <source>%1: not enough memory for this computation; use smaller parameters.</source>
        <translation>%1 : pas assez de mémoire pour ce calcul ; utilisez des paramètres plus petits.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>impossible de lire le fichier de mot de passe : %1</translation>
    </message>
    <message>
        <source>Verified: the database is intact, its schema is the one PrivAudit creates, the audit trail&apos;s %1 rows chain correctly, the content matches the seal of the last row and all %2 stored results match their recorded hashes.</source>
        <translation>Vérifié : la base de données est intacte, son schéma est celui que crée PrivAudit, les %1 lignes de la piste d&apos;audit sont correctement chaînées, le contenu correspond au sceau de la dernière ligne et les %2 résultats enregistrés correspondent à leurs empreintes enregistrées.</translation>
    </message>
    <message>
        <source>The audit-trail head %1 is not in this project&apos;s trail: the history it stood for (in the report or check that quoted it) was lost or rewritten.</source>
        <translation>La tête de piste d&apos;audit %1 ne figure pas dans la piste de ce projet : l&apos;historique qu&apos;elle représentait (dans le rapport ou la vérification qui la citait) a été perdu ou réécrit.</translation>
    </message>
    <message>
        <source>The expected head %1 is row %2 of the trail; %3 rows were added after it.</source>
        <translation>La tête attendue %1 est la ligne %2 de la piste ; %3 lignes ont été ajoutées depuis.</translation>
    </message>
    <message>
        <source>Also check that the trail still contains this audit-trail head (the hash a signed report or &apos;project info&apos; printed): fails when that history was lost or rewritten.</source>
        <translation>Vérifier aussi que la piste contient encore cette tête de piste d&apos;audit (le hachage imprimé par un rapport signé ou par « project info ») : échoue si cet historique a été perdu ou réécrit.</translation>
    </message>
    <message>
        <source>Comma-separated: %1, or all (default %2).</source>
        <translation>Séparées par des virgules : %1, ou all (par défaut %2).</translation>
    </message>
    <message>
        <source>--predictions: none of the requested attacks can run on a predictions file; use %1.</source>
        <translation>--predictions : aucune des attaques demandées ne peut s&apos;exécuter sur un fichier de prédictions ; utilisez %1.</translation>
    </message>
    <message>
        <source>no temporary folder to try it in</source>
        <translation>aucun dossier temporaire pour l&apos;essayer</translation>
    </message>
    <message>
        <source>a new project did not verify</source>
        <translation>un nouveau projet n&apos;a pas passé la vérification</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>SQLite %1: a project was created, reopened and verified</source>
        <translation>SQLite %1 : un projet a été créé, rouvert et vérifié</translation>
    </message>
    <message>
        <source>SQLite %1 cannot hold a project: %2</source>
        <translation>SQLite %1 ne peut pas contenir de projet : %2</translation>
    </message>
    <message>
        <source>The run&apos;s name in the project.</source>
        <translation>Le nom de l&apos;exécution dans le projet.</translation>
    </message>
    <message>
        <source>attack audit: --secure-noise is not available for an audit (a job spec has no such setting); leave it out.</source>
        <translation>attack audit : --secure-noise n&apos;est pas disponible pour un audit (une spécification de tâche n&apos;a pas ce réglage) ; omettez-le.</translation>
    </message>
    <message>
        <source>Empirical epsilon &gt;= %1 with %2% confidence; accountant epsilon %3.</source>
        <translation>Epsilon empirique &gt;= %1 avec %2 % de confiance ; epsilon du comptable %3.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Store the run in this .privaudit project (created when missing); without it the run uses a temporary project and only its figures are printed.</source>
        <translation>Enregistrer l&apos;exécution dans ce projet .privaudit (créé s&apos;il manque) ; sans cette option, elle s&apos;exécute dans un projet temporaire et seuls ses chiffres sont affichés.</translation>
    </message>
    <message>
        <source>cannot write the scores to &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire les scores dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Stored as run %1 in %2.</source>
        <translation>Enregistré comme exécution %1 dans %2.</translation>
    </message>
    <message>
        <source>The data has no label column: name one with --label (dataset.label in a spec).</source>
        <translation>Les données n&apos;ont pas de colonne d&apos;étiquette : indiquez-en une avec --label (dataset.label dans une spécification).</translation>
    </message>
    <message>
        <source>Learning rate (default %1; with --dp %2, and for train with --dp %3 below %4 training rows).</source>
        <translation>Taux d&apos;apprentissage (par défaut %1 ; avec --dp %2, et pour train avec --dp %3 sous %4 lignes d&apos;entraînement).</translation>
    </message>
    <message>
        <source>DP only: estimate the encoder&apos;s categories and standardisation from the training rows with this epsilon (DP quantiles and category counts), charged to the run&apos;s epsilon; --target-epsilon and --epsilon-budget are then the total. Default: fit it on the rows outside training, which costs none.</source>
        <translation>DP uniquement : estimer les catégories et la standardisation de l&apos;encodeur à partir des lignes d&apos;entraînement avec cet epsilon (quantiles DP et comptages de catégories), imputé à l&apos;epsilon de l&apos;exécution ; --target-epsilon et --epsilon-budget sont alors le total. Par défaut : l&apos;ajuster sur les lignes hors entraînement, ce qui ne coûte rien.</translation>
    </message>
    <message>
        <source>--encoder-epsilon needs --dp and excludes --encoder.</source>
        <translation>--encoder-epsilon exige --dp et exclut --encoder.</translation>
    </message>
    <message>
        <source>--encoder-epsilon must be positive, got %1.</source>
        <translation>--encoder-epsilon doit être positif, reçu %1.</translation>
    </message>
    <message>
        <source>Run total: epsilon = %1 at delta = %2 (DP-SGD %3 plus the encoder&apos;s DP estimates %4, composed sequentially).</source>
        <translation>Total de l&apos;exécution : epsilon = %1 pour delta = %2 (DP-SGD %3 plus les estimations DP de l&apos;encodeur %4, composées séquentiellement).</translation>
    </message>
    <message>
        <source>DP, epsilon = %1 at delta = %2 (DP-SGD %3 and the encoder&apos;s DP estimates %4)</source>
        <translation>DP, epsilon = %1 pour delta = %2 (DP-SGD %3 et les estimations DP de l&apos;encodeur %4)</translation>
    </message>
    <message>
        <source>Attribute inference at deployment: suggested S%1, L%2.</source>
        <translation>Inférence d&apos;attribut au déploiement : suggéré S%1, L%2.</translation>
    </message>
    <message>
        <source>Attribute inference of &apos;%1&apos; (%2 values) on %3 members and %4 non-members, the attacker holding %5 auxiliary records.</source>
        <translation>Inférence d&apos;attribut de « %1 » (%2 valeurs) sur %3 membres et %4 non-membres, l&apos;attaquant détenant %5 enregistrements auxiliaires.</translation>
    </message>
    <message>
        <source>  %1: accuracy members %2, non-members %3; advantage over imputation %4, individual leakage %5, distributional leakage %6</source>
        <translation>  %1 : exactitude membres %2, non-membres %3 ; avantage sur l&apos;imputation %4, fuite individuelle %5, fuite distributionnelle %6</translation>
    </message>
    <message>
        <source>Attribute inference (Jayaraman &amp; Evans 2022&apos;s setting): the attacker knows every input of a record but the sensitive column, and its label, and holds auxiliary records of the same population. Every attack is judged against the imputation baseline (the same model family trained on the auxiliary records, no access to the target) on members and non-members: advantage over imputation, individual leakage (members minus non-members) and distributional leakage (non-members minus imputation), with bootstrap intervals.</source>
        <translation>Inférence d&apos;attribut (cadre de Jayaraman &amp; Evans 2022) : l&apos;attaquant connaît toutes les entrées d&apos;un enregistrement sauf la colonne sensible, ainsi que son étiquette, et détient des enregistrements auxiliaires de la même population. Chaque attaque est jugée face à la référence d&apos;imputation (la même famille de modèles entraînée sur les enregistrements auxiliaires, sans accès à la cible) sur les membres et les non-membres : avantage sur l&apos;imputation, fuite individuelle (membres moins non-membres) et fuite distributionnelle (non-membres moins imputation), avec intervalles bootstrap.</translation>
    </message>
    <message>
        <source>The column to infer (given the role sensitive).</source>
        <translation>La colonne à inférer (elle reçoit le rôle sensitive).</translation>
    </message>
    <message>
        <source>Comma-separated: %1, or all (default all).</source>
        <translation>Séparées par des virgules : %1, ou all (par défaut all).</translation>
    </message>
    <message>
        <source>Members and as many non-members to attack (default 2500).</source>
        <translation>Membres, et autant de non-membres, à attaquer (par défaut 2500).</translation>
    </message>
    <message>
        <source>Numeric column: a guess within this share of the true value is right (default 0.1).</source>
        <translation>Colonne numérique : une estimation dans cette part de la vraie valeur est juste (par défaut 0.1).</translation>
    </message>
    <message>
        <source>The value PPV at top k looks for (default: the rarest).</source>
        <translation>La valeur que cherche la VPP aux k premiers (par défaut : la plus rare).</translation>
    </message>
    <message>
        <source>k of PPV at top k (default 100).</source>
        <translation>k de la VPP aux k premiers (par défaut 100).</translation>
    </message>
    <message>
        <source>Reference models of the membership-based attack (default 2).</source>
        <translation>Modèles de référence de l&apos;attaque fondée sur l&apos;appartenance (par défaut 2).</translation>
    </message>
    <message>
        <source>--sensitive %1: the column has the role %2, so it is not an input of the model and cannot leak through it.</source>
        <translation>--sensitive %1 : la colonne a le rôle %2 ; elle n&apos;est donc pas une entrée du modèle et ne peut fuir par lui.</translation>
    </message>
    <message>
        <source>Memorisation at deployment: suggested S%1, L%2.</source>
        <translation>Mémorisation au déploiement : suggéré S%1, L%2.</translation>
    </message>
    <message>
        <source>Canary exposure: %1 canaries per level (%2 labels) inserted into %3 members (%4 rows added), ranked among %5 never-inserted references; chance is %6 bits, the most this many references can show %7 bits.</source>
        <translation>Exposition des canaris : %1 canaris par niveau (étiquettes : %2) insérés parmi %3 membres (%4 lignes ajoutées), classés parmi %5 références jamais insérées ; le hasard vaut %6 bits, le maximum mesurable avec autant de références %7 bits.</translation>
    </message>
    <message>
        <source>controls (never inserted)</source>
        <translation>contrôles (jamais insérés)</translation>
    </message>
    <message>
        <source>inserted %1 times</source>
        <translation>insérés %1 fois</translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1 ; %2]</translation>
    </message>
    <message>
        <source>(no interval)</source>
        <translation>(pas d&apos;intervalle)</translation>
    </message>
    <message>
        <source>  %1: exposure %2 bits %3; extrapolated %4 bits</source>
        <translation>  %1 : exposition %2 bits %3 ; extrapolée %4 bits</translation>
    </message>
    <message>
        <source>--repetitions: &apos;%1&apos; is not a whole number of at least 1.</source>
        <translation>--repetitions : « %1 » n&apos;est pas un entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Canary exposure (Carlini et al. 2019, the Secret Sharer): secret canary rows, drawn from the data&apos;s columns, are inserted into the members 1, 10 or 100 times each, the model&apos;s recipe is trained once on them, and each canary&apos;s loss is ranked among never-inserted reference canaries from the same generator. Exposure log2(references) - log2(rank) is about 1.44 bits (chance) for a canary the model did not memorise and up to log2(references) for one it did; the skew-normal extrapolation estimates beyond that.</source>
        <translation>Exposition des canaris (Carlini et al. 2019, le Secret Sharer) : des lignes canaris secrètes, tirées des colonnes des données, sont insérées 1, 10 ou 100 fois chacune parmi les membres, la recette du modèle est entraînée une fois dessus, et la perte de chaque canari est classée parmi des canaris de référence jamais insérés du même générateur. L&apos;exposition log2(références) - log2(rang) vaut environ 1,44 bit (hasard) pour un canari que le modèle n&apos;a pas mémorisé et jusqu&apos;à log2(références) pour un canari mémorisé ; l&apos;extrapolation normale asymétrique estime au-delà.</translation>
    </message>
    <message>
        <source>Comma-separated insertion counts (default 1,10,100).</source>
        <translation>Nombres d&apos;insertions séparés par des virgules (par défaut 1,10,100).</translation>
    </message>
    <message>
        <source>Secret canaries per repetition level, and as many never-inserted controls (default 10).</source>
        <translation>Canaris secrets par niveau de répétition, et autant de contrôles jamais insérés (par défaut 10).</translation>
    </message>
    <message>
        <source>Never-inserted reference canaries to rank against (default 65536 = 2^16).</source>
        <translation>Canaris de référence jamais insérés pour le classement (par défaut 65536 = 2^16).</translation>
    </message>
    <message>
        <source>flipped (default: the class the model&apos;s recipe trained without canaries finds least likely) or random.</source>
        <translation>flipped (par défaut : la classe que la recette du modèle entraînée sans canaris juge la moins probable) ou random.</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 1000).</source>
        <translation>Rééchantillonnages bootstrap pour les intervalles (par défaut 1000).</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoires</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>inversées</translation>
    </message>
    <message>
        <source>Memorisation: none measured (the run trained no reference models; LiRA, RMIA and the shadow attack do).</source>
        <translation>Mémorisation : non mesurée (l&apos;exécution n&apos;a entraîné aucun modèle de référence ; LiRA, RMIA et l&apos;attaque par modèles fantômes le font).</translation>
    </message>
    <message>
        <source>Most memorised members:</source>
        <translation>Membres les plus mémorisés :</translation>
    </message>
    <message>
        <source>  data row %1: memorisation %2 (standard error %3), loss form %4 nats, p = %5, copies %6%7</source>
        <translation>  ligne de données %1 : mémorisation %2 (erreur type %3), forme en perte %4 nats, p = %5, copies %6%7</translation>
    </message>
    <message>
        <source>, exposed by LiRA</source>
        <translation>, exposé par LiRA</translation>
    </message>
    <message>
        <source>Counterfactual memorisation (Feldman &amp; Zhang 2020): reference models are trained with the target&apos;s recipe on random halves of the candidates, as LiRA does; a record&apos;s memorisation is the models&apos; accuracy on it when they trained on it minus when they did not (and the same in loss), tested against chance by re-splitting the models. Reports the members memorised beyond chance, duplicated against unique records, the overlap with the members LiRA exposes, and the most memorised records. Stored as a membership run of LiRA.</source>
        <translation>Mémorisation contrefactuelle (Feldman &amp; Zhang 2020) : des modèles de référence sont entraînés avec la recette de la cible sur des moitiés aléatoires des candidats, comme le fait LiRA ; la mémorisation d&apos;un enregistrement est l&apos;exactitude des modèles sur lui quand ils l&apos;ont appris moins quand ils ne l&apos;ont pas appris (de même en perte), testée contre le hasard en répartissant à nouveau les modèles. Indique les membres mémorisés au-delà du hasard, les enregistrements dupliqués contre les uniques, le recouvrement avec les membres que LiRA expose et les enregistrements les plus mémorisés. Enregistrée comme une exécution d&apos;appartenance de LiRA.</translation>
    </message>
    <message>
        <source>Reference models (default 16; each record is trained on by half of them).</source>
        <translation>Modèles de référence (16 par défaut ; chaque enregistrement est appris par la moitié d&apos;entre eux).</translation>
    </message>
    <message>
        <source>%1 measurements read; membership inference at deployment: suggested S%2, L%3.</source>
        <translation>%1 mesures lues ; inférence d&apos;appartenance au déploiement : suggestion S%2, L%3.</translation>
    </message>
    <message>
        <source>The column to split by (for example a sensitive column).</source>
        <translation>La colonne selon laquelle répartir (par exemple une colonne sensible).</translation>
    </message>
    <message>
        <source>Quantile bands of a numeric column (default 4).</source>
        <translation>Bandes de quantiles d&apos;une colonne numérique (4 par défaut).</translation>
    </message>
    <message>
        <source>Bootstrap resamples per group (default 200).</source>
        <translation>Rééchantillonnages bootstrap par groupe (200 par défaut).</translation>
    </message>
    <message>
        <source>%1 by %2 (whole run: AUC %3):</source>
        <translation>%1 par %2 (exécution entière : AUC %3) :</translation>
    </message>
    <message>
        <source>  %1 %2 members, %3 non-members: AUC %4 [%5, %6], TPR at 1% FPR %7%8</source>
        <translation>  %1 %2 membres, %3 non-membres : AUC %4 [%5, %6], TPR à 1 % de FPR %7%8</translation>
    </message>
    <message>
        <source> (small group)</source>
        <translation> (petit groupe)</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, got %4</source>
        <translation>--%1 doit être compris entre %2 et %3, reçu %4</translation>
    </message>
    <message>
        <source>Two or more stored membership runs side by side (for example non-private against DP, or two model versions): every attack&apos;s AUC and TPR at 1% FPR per run, and each later run&apos;s difference from the first with a 95% interval.</source>
        <translation>Deux exécutions d&apos;appartenance enregistrées ou plus côte à côte (par exemple non privée contre DP, ou deux versions d&apos;un modèle) : l&apos;AUC et le TPR à 1 % de FPR de chaque attaque par exécution, et l&apos;écart de chaque exécution suivante par rapport à la première avec un intervalle à 95 %.</translation>
    </message>
    <message>
        <source>Comma-separated run ids, the baseline first.</source>
        <translation>Identifiants d&apos;exécution séparés par des virgules, la référence en premier.</translation>
    </message>
    <message>
        <source>--runs: &apos;%1&apos; is not a run id.</source>
        <translation>--runs : &apos;%1&apos; n&apos;est pas un identifiant d&apos;exécution.</translation>
    </message>
    <message>
        <source>Run %1 &apos;%2&apos; (%3):</source>
        <translation>Exécution %1 &apos;%2&apos; (%3) :</translation>
    </message>
    <message>
        <source>DP, epsilon %1</source>
        <translation>DP, epsilon %1</translation>
    </message>
    <message>
        <source>  %1 AUC %2 [%3, %4], TPR at 1% FPR %5</source>
        <translation>  %1 AUC %2 [%3, %4], TPR à 1 % de FPR %5</translation>
    </message>
    <message>
        <source>Report written to %1 (HTML, %2 s).</source>
        <translation>Rapport écrit dans %1 (HTML, %2 s).</translation>
    </message>
    <message>
        <source>Model inversion and reconstruction at deployment: suggested S%1, L%2.</source>
        <translation>Inversion de modèle et reconstruction au déploiement : suggéré S%1, L%2.</translation>
    </message>
    <message>
        <source>%1% [%2, %3]</source>
        <translation>%1 % [%2, %3]</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>DP-SGD, epsilon %1</source>
        <translation>DP-SGD, epsilon %1</translation>
    </message>
    <message>
        <source>the exact minimiser, no DP</source>
        <translation>le minimum exact, sans DP</translation>
    </message>
    <message>
        <source>  columns recovered     %1</source>
        <translation>  colonnes retrouvées   %1</translation>
    </message>
    <message>
        <source>  baseline (no model)   %1</source>
        <translation>  référence (sans modèle) %1</translation>
    </message>
    <message>
        <source>  advantage             %1</source>
        <translation>  avantage              %1</translation>
    </message>
    <message>
        <source>  rows fully recovered  %1 of %2</source>
        <translation>  lignes entières       %1 sur %2</translation>
    </message>
    <message>
        <source>  mean squared error    %1 (baseline %2)</source>
        <translation>  erreur quadratique    %1 (référence %2)</translation>
    </message>
    <message>
        <source>Rows to reconstruct, each from its own training (default 20).</source>
        <translation>Lignes à reconstruire, chacune par son propre entraînement (par défaut 20).</translation>
    </message>
    <message>
        <source>Training rows the adversary knows (default 199).</source>
        <translation>Lignes d&apos;entraînement connues de l&apos;adversaire (par défaut 199).</translation>
    </message>
    <message>
        <source>The objective&apos;s L2 penalty, and DP-SGD&apos;s weight decay (default 0.001).</source>
        <translation>La pénalité L2 de l&apos;objectif, et la décroissance des poids de DP-SGD (par défaut 0.001).</translation>
    </message>
    <message>
        <source>A numeric column is recovered within this many standard deviations (default 0.319, TabLeak&apos;s).</source>
        <translation>Une colonne numérique est retrouvée à ce nombre d&apos;écarts-types près (par défaut 0.319, celui de TabLeak).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a positive number.</source>
        <translation>--%1 : &apos;%2&apos; n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>attack: use &apos;attack mia&apos; (membership inference), &apos;attack attribute&apos; (attribute inference), &apos;attack canary&apos; (canary exposure), &apos;attack memorisation&apos; (counterfactual memorisation), &apos;attack reconstruction&apos; (informed reconstruction), &apos;attack inversion&apos; (MI-Face model inversion) or &apos;attack audit&apos; (one-run privacy audit); see privaudit-cli attack mia --help</source>
        <translation>attack : utilisez &apos;attack mia&apos; (inférence d&apos;appartenance), &apos;attack attribute&apos; (inférence d&apos;attribut), &apos;attack canary&apos; (exposition des canaris), &apos;attack memorisation&apos; (mémorisation contrefactuelle), &apos;attack reconstruction&apos; (reconstruction informée), &apos;attack inversion&apos; (inversion de modèle MI-Face) ou &apos;attack audit&apos; (audit de confidentialité en une exécution) ; voir privaudit-cli attack mia --help</translation>
    </message>
    <message>
        <source>MI-Face: %1 representatives for %2 classes of a target trained on %3 rows (%4); each compared with %5 members and as many held-out rows.</source>
        <translation>MI-Face : %1 représentants pour %2 classes d&apos;un modèle cible entraîné sur %3 lignes (%4) ; chacun comparé à %5 membres et autant de lignes réservées.</translation>
    </message>
    <message>
        <source>no DP</source>
        <translation>sans DP</translation>
    </message>
    <message>
        <source>  nearer a member        %1%</source>
        <translation>  plus proche d&apos;un membre %1 %</translation>
    </message>
    <message>
        <source>  mean distance gap      %1</source>
        <translation>  écart moyen de distance %1</translation>
    </message>
    <message>
        <source>  permutation p          %1</source>
        <translation>  p de permutation        %1</translation>
    </message>
    <message>
        <source>  prior agreement        %1%</source>
        <translation>  accord avec l&apos;a priori  %1 %</translation>
    </message>
    <message>
        <source>  member / held-out hits %1% / %2%</source>
        <translation>  colonnes membre / réservée %1 % / %2 %</translation>
    </message>
    <message>
        <source>Representatives per class: the average row, then random starts (default 5).</source>
        <translation>Représentants par classe : la ligne moyenne, puis des départs aléatoires (5 par défaut).</translation>
    </message>
    <message>
        <source>Gradient steps at most (default 5000).</source>
        <translation>Nombre maximal de pas de gradient (5000 par défaut).</translation>
    </message>
    <message>
        <source>Stop once the class probability reaches this (default 0.99).</source>
        <translation>Arrêter dès que la probabilité de la classe atteint cette valeur (0,99 par défaut).</translation>
    </message>
    <message>
        <source>The gradient step (default 0.1).</source>
        <translation>Le pas du gradient (0,1 par défaut).</translation>
    </message>
    <message>
        <source>Members compared with, and as many held-out rows (default 2000).</source>
        <translation>Membres comparés, et autant de lignes réservées (2000 par défaut).</translation>
    </message>
    <message>
        <source>Permutations of the test (default 1000).</source>
        <translation>Permutations du test (1000 par défaut).</translation>
    </message>
    <message>
        <source>MI-Face model inversion (Fredrikson, Jha &amp; Ristenpart 2015) adapted to tables: the target is trained here on the members, then for every class gradient descent on the input finds the row the model is most confident of (categorical columns relaxed to a softmax, numeric ones in the data&apos;s range), from the average row and from random starts. A representative is a leak only where it sits nearer the class&apos;s members than its held-out rows: a permutation test decides.</source>
        <translation>Inversion de modèle MI-Face (Fredrikson, Jha &amp; Ristenpart 2015) adaptée aux tables : le modèle cible est entraîné ici sur les membres, puis pour chaque classe une descente de gradient sur l&apos;entrée trouve la ligne dont le modèle est le plus sûr (colonnes catégorielles relâchées en softmax, numériques dans l&apos;étendue des données), depuis la ligne moyenne et depuis des départs aléatoires. Un représentant n&apos;est une fuite que s&apos;il est plus proche des membres de la classe que de ses lignes réservées : un test de permutation tranche.</translation>
    </message>
    <message>
        <source>Informed reconstruction by %1 (whole run: advantage %2):</source>
        <translation>Reconstruction informée par %1 (exécution entière : avantage %2) :</translation>
    </message>
    <message>
        <source>  %1 %2 rows: advantage %3 [%4, %5]%6</source>
        <translation>  %1 %2 lignes : avantage %3 [%4, %5]%6</translation>
    </message>
    <message>
        <source>%1 by %2 (whole run: individual leakage %3):</source>
        <translation>%1 par %2 (exécution entière : fuite individuelle %3) :</translation>
    </message>
    <message>
        <source>  %1 %2 members, %3 non-members: leakage %4 [%5, %6], advantage over imputation %7%8</source>
        <translation>  %1 %2 membres, %3 non-membres : fuite %4 [%5, %6], avantage sur l&apos;imputation %7%8</translation>
    </message>
    <message>
        <source>Where the risk concentrates: a stored membership run&apos;s AUC, advantage and TPR at 1% FPR per subgroup of one column of its data (a value of a categorical column, or quantile bands of a numeric one), each with its bootstrap interval; for an attribute-inference run each attack&apos;s individual leakage and advantage over imputation, for a reconstruction run the advantage over the baseline, with 95% intervals. Small groups are flagged. The run&apos;s data source is read again and must be unchanged.</source>
        <translation>Où se concentre le risque : l&apos;AUC, l&apos;avantage et le TPR à 1 % de FPR d&apos;une exécution d&apos;appartenance enregistrée par sous-groupe d&apos;une colonne de ses données (une valeur d&apos;une colonne catégorielle, ou des bandes de quantiles d&apos;une numérique), chacun avec son intervalle bootstrap ; pour une exécution d&apos;inférence d&apos;attribut la fuite individuelle et l&apos;avantage sur l&apos;imputation de chaque attaque, pour une exécution de reconstruction l&apos;avantage sur la référence, avec des intervalles à 95 %. Les petits groupes sont signalés. La source de données de l&apos;exécution est relue et doit être inchangée.</translation>
    </message>
    <message>
        <source>Informed reconstruction: %1 rows, each missing from the %5 trained on %2 rows (%3); the adversary knows the other %4.</source>
        <translation>Reconstruction informée : %1 lignes, chacune absente du modèle (%5) entraîné sur %2 lignes (%3) ; l&apos;adversaire connaît les %4 autres.</translation>
    </message>
    <message>
        <source>a stationary point, no DP</source>
        <translation>un point stationnaire, sans DP</translation>
    </message>
    <message>
        <source>Informed reconstruction (Balle, Cherubin &amp; Hayes 2022): the adversary knows every training row but one, the objective and the released logistic regression or tanh MLP (--model logreg, the default, or for example mlp:16:tanh), and solves for the missing row. Each of --targets rows is left out of --known-rows fixed rows in turn, the model is trained on the rest plus it (without --dp the exact minimiser or a stationary point, with --dp the recipe&apos;s DP-SGD), and the row is read off the parameters. Judged against the guess that needs no model: each column&apos;s class-conditional mean or mode.</source>
        <translation>Reconstruction informée (Balle, Cherubin &amp; Hayes 2022) : l&apos;adversaire connaît toutes les lignes d&apos;entraînement sauf une, l&apos;objectif et la régression logistique ou le MLP tanh publiés (--model logreg, par défaut, ou par exemple mlp:16:tanh), et résout pour la ligne manquante. Chacune des --targets lignes est ajoutée tour à tour aux --known-rows lignes fixes, le modèle est entraîné sur celles-ci plus elle (sans --dp le minimiseur exact ou un point stationnaire, avec --dp le DP-SGD de la recette), et la ligne est lue sur les paramètres. Jugée face à l&apos;estimation qui ne demande aucun modèle : la moyenne ou le mode de chaque colonne par classe.</translation>
    </message>
    <message>
        <source>Keep the analysis in the project for the report&apos;s subgroups section (audited; the same run and column saved again replaces it).</source>
        <translation>Conserver l&apos;analyse dans le projet pour la section des sous-groupes du rapport (journalisé ; la même exécution et la même colonne enregistrées à nouveau la remplacent).</translation>
    </message>
    <message>
        <source>Personal data in a table, column by column: evidence from the column name (English, German, French), from value patterns with their check digits (IBAN, payment cards, NHS, Steuer-ID, NIR, BSN, PESEL, SSN), phone numbers (libphonenumber), dates of birth, postcodes, IP addresses, free text, the special categories of GDPR Art 9 and criminal-offence data (Art 10); each finding with a confidence, its evidence and a suggested role.</source>
        <translation>Données personnelles d&apos;un tableau, colonne par colonne : indices tirés du nom de colonne (anglais, allemand, français), des motifs de valeurs avec leurs chiffres de contrôle (IBAN, cartes de paiement, NHS, Steuer-ID, NIR, BSN, PESEL, SSN), des numéros de téléphone (libphonenumber), des dates de naissance, des codes postaux, des adresses IP, du texte libre, des catégories particulières de l&apos;art. 9 du RGPD et des données relatives aux infractions (art. 10) ; chaque constat avec une confiance, ses indices et un rôle suggéré.</translation>
    </message>
    <message>
        <source>CSV file, or &apos;demo&apos;.</source>
        <translation>Fichier CSV, ou &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>Values per column the recognisers read (default 2000).</source>
        <translation>Valeurs par colonne lues par les détecteurs (2000 par défaut).</translation>
    </message>
    <message>
        <source>%1: no personal data found</source>
        <translation>%1 : aucune donnée personnelle trouvée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>  %1 (confidence %2): %3</source>
        <translation>  %1 (confiance %2) : %3</translation>
    </message>
    <message>
        <source>Direct identifiers: %1. Leave them out of a model&apos;s inputs (role identifier).</source>
        <translation>Identifiants directs : %1. Excluez-les des entrées d&apos;un modèle (rôle identifier).</translation>
    </message>
    <message>
        <source>Suggested quasi-identifiers for &apos;data risk --quasi&apos;: %1</source>
        <translation>Quasi-identifiants suggérés pour &apos;data risk --quasi&apos; : %1</translation>
    </message>
    <message>
        <source>The scan reads %1 values per column; a column it does not flag may still hold personal data (a name in a code list, an identifier without check digits).</source>
        <translation>L&apos;analyse lit %1 valeurs par colonne ; une colonne qu&apos;elle ne signale pas peut tout de même contenir des données personnelles (un nom dans une liste de codes, un identifiant sans chiffre de contrôle).</translation>
    </message>
    <message>
        <source>  %1: highest %2, average %3, records above %4: %5</source>
        <translation>  %1 : maximum %2, moyenne %3, enregistrements au-dessus de %4 : %5</translation>
    </message>
    <message>
        <source>Re-identification risk over quasi-identifiers (the measures of ARX and sdcMicro): equivalence classes, k-anonymity, sample uniques, prosecutor, journalist and marketer risk, sdcMicro&apos;s expected re-identifications, population uniques (Pitman, Zayatz, SNB by Dankar&apos;s rule) with --population-size, and l-diversity and t-closeness of --sensitive columns.</source>
        <translation>Risque de réidentification sur les quasi-identifiants (les mesures d&apos;ARX et de sdcMicro) : classes d&apos;équivalence, k-anonymat, uniques de l&apos;échantillon, risque procureur, journaliste et marketeur, réidentifications attendues selon sdcMicro, uniques de la population (Pitman, Zayatz, SNB selon la règle de Dankar) avec --population-size, et l-diversité et t-proximité des colonnes --sensitive.</translation>
    </message>
    <message>
        <source>Quasi-identifier columns, comma-separated; &apos;auto&apos; takes those the PII scan suggests.</source>
        <translation>Colonnes quasi-identifiantes, séparées par des virgules ; &apos;auto&apos; prend celles que suggère l&apos;analyse des données personnelles.</translation>
    </message>
    <message>
        <source>Sensitive columns for l-diversity and t-closeness.</source>
        <translation>Colonnes sensibles pour la l-diversité et la t-proximité.</translation>
    </message>
    <message>
        <source>Records in the population the table was drawn from (default: the table is the whole population).</source>
        <translation>Enregistrements de la population dont le tableau est tiré (par défaut : le tableau est toute la population).</translation>
    </message>
    <message>
        <source>Highest acceptable re-identification probability of a record (default 0.2).</source>
        <translation>Probabilité de réidentification maximale acceptable d&apos;un enregistrement (0,2 par défaut).</translation>
    </message>
    <message>
        <source>The PII scan suggests no quasi-identifiers in this table; name them with --quasi.</source>
        <translation>L&apos;analyse des données personnelles ne suggère aucun quasi-identifiant dans ce tableau ; nommez-les avec --quasi.</translation>
    </message>
    <message>
        <source>Quasi-identifiers: %1 (%2 records, %3 equivalence classes)</source>
        <translation>Quasi-identifiants : %1 (%2 enregistrements, %3 classes d&apos;équivalence)</translation>
    </message>
    <message>
        <source>  k-anonymity: %1; sample uniques: %2 (%3 of the records)</source>
        <translation>  k-anonymat : %1 ; uniques de l&apos;échantillon : %2 (%3 des enregistrements)</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Procureur</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>  %1: %2 of the records re-identified on average</source>
        <translation>  %1 : %2 des enregistrements réidentifiés en moyenne</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Marketeur</translation>
    </message>
    <message>
        <source>  Expected re-identifications (sdcMicro individual risk): %1</source>
        <translation>  Réidentifications attendues (risque individuel de sdcMicro) : %1</translation>
    </message>
    <message>
        <source>  The table is taken as the whole population (no --population-size): journalist risk equals prosecutor risk and population uniques are not estimated.</source>
        <translation>  Le tableau est pris comme toute la population (pas de --population-size) : le risque journaliste égale le risque procureur et les uniques de la population ne sont pas estimés.</translation>
    </message>
    <message>
        <source>  Population uniques (%1 by Dankar&apos;s rule): %2 (%3 of the population)</source>
        <translation>  Uniques de la population (%1 selon la règle de Dankar) : %2 (%3 de la population)</translation>
    </message>
    <message>
        <source>  %1: distinct l %2, entropy l %3, recursive (c=2) l %4; t-closeness %5 (%6 distance)</source>
        <translation>  %1 : l distinct %2, l d&apos;entropie %3, l récursif (c=2) %4 ; t-proximité %5 (distance %6)</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>ordonnée</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>égale</translation>
    </message>
    <message>
        <source>Overlap of %1 (%2 records) with %3 (%4 records): %5 exact and %6 near copies (%7 of %1)</source>
        <translation>Recouvrement des %1 (%2 enregistrements) avec les %3 (%4 enregistrements) : %5 copies exactes et %6 proches (%7 des %1)</translation>
    </message>
    <message>
        <source>  record %1 (%2) = record %3 (%4), distance %5</source>
        <translation>  enregistrement %1 (%2) = enregistrement %3 (%4), distance %5</translation>
    </message>
    <message>
        <source>Exact and near duplicates (Gower distance over mixed types) within a table, and the records it shares with another table (--against: a test set, another version) or, for a run of a project, between the run&apos;s members and non-members (train/test contamination, which inflates a membership attack&apos;s false positives).</source>
        <translation>Doublons exacts et proches (distance de Gower sur des types mixtes) dans une table, et les enregistrements qu’elle partage avec une autre table (--against : un jeu de test, une autre version) ou, pour une exécution d’un projet, entre ses membres et non-membres (contamination entraînement/test, qui gonfle les faux positifs d’une attaque d’appartenance).</translation>
    </message>
    <message>
        <source>Near duplicates: Gower distance at most this, 0 for exact only (default 0.01).</source>
        <translation>Doublons proches : distance de Gower au plus cette valeur, 0 pour les seuls exacts (défaut 0.01).</translation>
    </message>
    <message>
        <source>Columns compared (default: all but record numbers the PII scan finds).</source>
        <translation>Colonnes comparées (défaut : toutes sauf les numéros d’enregistrement que l’analyse PII trouve).</translation>
    </message>
    <message>
        <source>A second CSV file: its records found in --data.</source>
        <translation>Un second fichier CSV : ses enregistrements trouvés dans --data.</translation>
    </message>
    <message>
        <source>Project file, with --run.</source>
        <translation>Fichier de projet, avec --run.</translation>
    </message>
    <message>
        <source>A run of --project: its members against its non-members.</source>
        <translation>Une exécution de --project : ses membres contre ses non-membres.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>non-members</source>
        <translation>non-membres</translation>
    </message>
    <message>
        <source>Not compared (record numbers, distinct in every record): %1</source>
        <translation>Non comparées (numéros d’enregistrement, distincts dans chaque enregistrement) : %1</translation>
    </message>
    <message>
        <source>%1 records, %2 distinct; exact duplicates: %3 groups, %4 records</source>
        <translation>%1 enregistrements, %2 distincts ; doublons exacts : %3 groupes, %4 enregistrements</translation>
    </message>
    <message>
        <source>Near duplicates (Gower distance ≤ %1): %2 pairs; %3 more records</source>
        <translation>Doublons proches (distance de Gower ≤ %1) : %2 paires ; %3 enregistrements de plus</translation>
    </message>
    <message>
        <source>Records with a duplicate: %1 (%2) in %3 groups</source>
        <translation>Enregistrements avec un doublon : %1 (%2) dans %3 groupes</translation>
    </message>
    <message>
        <source>  %1 records (%2): %3</source>
        <translation>  %1 enregistrements (%2) : %3</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacts</translation>
    </message>
    <message>
        <source>near</source>
        <translation>proches</translation>
    </message>
    <message>
        <source>Data minimisation (GDPR Art 5(1)(c)): drop columns and generalise others into a new CSV file, with the re-identification risk before and after; with --project the file is registered as a new version of the dataset, its derivation in the audit trail.</source>
        <translation>Minimisation des données (art. 5(1)(c) RGPD) : supprimer des colonnes et en généraliser d’autres dans un nouveau fichier CSV, avec le risque de réidentification avant et après ; avec --project, le fichier est enregistré comme nouvelle version du jeu de données, sa dérivation dans la piste d’audit.</translation>
    </message>
    <message>
        <source>CSV file.</source>
        <translation>Fichier CSV.</translation>
    </message>
    <message>
        <source>Columns to remove, comma-separated.</source>
        <translation>Colonnes à supprimer, séparées par des virgules.</translation>
    </message>
    <message>
        <source>COLUMN=year (dates), bin:WIDTH (numeric intervals), truncate:N (first N characters, postcodes), top:LIMIT or bottom:LIMIT (top and bottom coding); repeatable.</source>
        <translation>COLONNE=year (dates), bin:LARGEUR (intervalles numériques), truncate:N (N premiers caractères, codes postaux), top:LIMITE ou bottom:LIMITE (codage supérieur et inférieur) ; répétable.</translation>
    </message>
    <message>
        <source>The new CSV file.</source>
        <translation>Le nouveau fichier CSV.</translation>
    </message>
    <message>
        <source>Quasi-identifiers for the risk before and after (default &apos;auto&apos;: the PII scan&apos;s).</source>
        <translation>Quasi-identifiants pour le risque avant et après (défaut &apos;auto&apos; : ceux de l’analyse PII).</translation>
    </message>
    <message>
        <source>Register the new file as a version of the dataset in this project.</source>
        <translation>Enregistrer le nouveau fichier comme version du jeu de données dans ce projet.</translation>
    </message>
    <message>
        <source>Nothing to do: give --drop or --generalise.</source>
        <translation>Rien à faire : indiquez --drop ou --generalise.</translation>
    </message>
    <message>
        <source>--out must be a new file: the original data is kept as it is.</source>
        <translation>--out doit être un nouveau fichier : les données d’origine restent telles quelles.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d’écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Minimised data written to %1 (%2 records, %3 columns; SHA-256 %4…)</source>
        <translation>Données minimisées écrites dans %1 (%2 enregistrements, %3 colonnes ; SHA-256 %4…)</translation>
    </message>
    <message>
        <source>  %1: removed</source>
        <translation>  %1 : supprimée</translation>
    </message>
    <message>
        <source>  %1: %2 → %3 distinct values, %4 cells changed</source>
        <translation>  %1 : %2 → %3 valeurs distinctes, %4 cellules modifiées</translation>
    </message>
    <message>
        <source>Re-identification risk over %1 (before → after):</source>
        <translation>Risque de réidentification sur %1 (avant → après) :</translation>
    </message>
    <message>
        <source>  every quasi-identifier was dropped: no record can be linked on them any more</source>
        <translation>  tous les quasi-identifiants ont été supprimés : aucun enregistrement ne peut plus être lié par eux</translation>
    </message>
    <message>
        <source>  k-anonymity: %1 → %2</source>
        <translation>  k-anonymat : %1 → %2</translation>
    </message>
    <message>
        <source>  sample uniques: %1 → %2</source>
        <translation>  uniques de l’échantillon : %1 → %2</translation>
    </message>
    <message>
        <source>  prosecutor risk: highest %1 → %2, average %3 → %4, records above %5: %6 → %7</source>
        <translation>  risque procureur : maximal %1 → %2, moyen %3 → %4, enregistrements au-dessus de %5 : %6 → %7</translation>
    </message>
    <message>
        <source>  expected re-identifications: %1 → %2</source>
        <translation>  réidentifications attendues : %1 → %2</translation>
    </message>
    <message>
        <source>Registered as dataset %1, a new version of dataset %2; the steps and the risk before and after are in the audit trail.</source>
        <translation>Enregistré comme jeu de données %1, nouvelle version du jeu de données %2 ; les étapes et le risque avant et après sont dans la piste d’audit.</translation>
    </message>
    <message>
        <source>  Most identifying combinations (sample uniques; distinction; separation):</source>
        <translation>  Combinaisons les plus identifiantes (uniques de l’échantillon ; distinction ; séparation) :</translation>
    </message>
    <message>
        <source>    %1: %2; %3; %4</source>
        <translation>    %1 : %2 ; %3 ; %4</translation>
    </message>
    <message>
        <source>  Population uniques: none estimated, because no record is unique in the table.</source>
        <translation>  Uniques de la population : aucun estimé, car aucun enregistrement n’est unique dans la table.</translation>
    </message>
    <message>
        <source>A membership run of --project: its data&apos;s risk, and its most exposed members that are also at high re-identification risk or duplicated.</source>
        <translation>Une exécution d’appartenance de --project : le risque de ses données et ses membres les plus exposés qui sont aussi à risque de réidentification élevé ou dupliqués.</translation>
    </message>
    <message>
        <source>With --run: the share of members counted as most exposed (default 0.05).</source>
        <translation>Avec --run : la part des membres comptés comme les plus exposés (défaut 0.05).</translation>
    </message>
    <message>
        <source>Linked to run %1 (membership inference):</source>
        <translation>Lié à l’exécution %1 (inférence d’appartenance) :</translation>
    </message>
    <message>
        <source>    data row %1: attack score %2, class of %3, re-identification risk %4, duplicate group of %5</source>
        <translation>    ligne de données %1 : score d’attaque %2, classe de %3, risque de réidentification %4, groupe de doublons de %5</translation>
    </message>
    <message>
        <source>Usage: privaudit-cli [--lang en|de|fr] [--threads N] &lt;command&gt; [options]

Measures the privacy risk of machine-learning models, headless.

Commands:
  version [--json]     Version of PrivAudit and of the libraries it loaded
  doctor [--json]      Check the environment and measure matrix-multiply speed
  accountant           Differential-privacy accounting (epsilon, delta, calibration)
  train                Train a model (optionally with DP-SGD) on a CSV file or the demo data
  encode --data F --encoder MODEL.encoder.json --out X.csv
                       A CSV encoded as a model&apos;s inputs (the input contract of train --help)
  attack mia           Membership inference (LOSS, LiRA, RMIA, ...) with honest statistics
  attack attribute     Attribute inference against the imputation baseline (--sensitive COLUMN)
  attack canary        Canary exposure (the Secret Sharer): memorisation by repetition count
  attack memorisation  Counterfactual memorisation of every member from LiRA&apos;s reference models
  attack reconstruction
                       Informed adversary: a training row recovered from a logreg or tanh MLP
  attack inversion     MI-Face: class representatives, nearer members than held-out rows?
  attack audit         One-run privacy audit: an empirical epsilon lower bound
  project create|info|verify|log FILE
                       Create a .privaudit project, show it, verify it, or show its audit trail
  data scan --data FILE
                       Personal data per column: identifiers, quasi-identifiers, GDPR Art 9/10
  data risk --data FILE --quasi A,B,C [--sensitive S] [--population-size N]
                       Re-identification risk: k-anonymity, prosecutor/journalist/marketer, uniques
  data duplicates --data FILE [--against FILE | --project FILE --run ID] [--threshold D]
                       Exact and near (Gower) duplicates; overlap with another set or a run&apos;s split
  data minimise --data FILE [--drop A,B] [--generalise COL=year|bin:W|truncate:N|top:X] --out FILE
                       A minimised version, re-identification risk before and after
  data datasheet --project FILE --dataset ID [--answer Q=TEXT] [--licence SPDX] [--export spdx|croissant]
                       Datasheet (Gebru et al.), SPDX licence, GDPR grounds, completeness
  run SPEC.json --project FILE
                       Run a job spec and store its results in a project
  export --project FILE --run ID --format json|csv
                       Export a stored run&apos;s statistics or per-record scores
  compare --project FILE --runs ID,ID[,...]
                       Membership runs side by side, the differences with their intervals
  subgroups --project FILE --run ID --column COL
                       Where a membership run&apos;s risk concentrates: its statistics per subgroup
  sweep --data FILE --label COL --epsilons 0.5,1,2,4,8,inf --project FILE
                       Privacy-utility trade-off: train and attack at every epsilon
  assess classify --answers FILE
                       EU AI Act classification: tiers, reasoning, obligations and dates
  assess export|import|suggest|review --project FILE
                       The assessment (checklists, risk matrix) as JSON, CSV or Markdown
  report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]
                       The audit report: archival PDF (PDF/A-1b) or HTML, draft or final, signed
  sign --pdf report.pdf --key KEY.p12 [--role dpo] [--project FILE]
                       A further signature on a report (earlier ones stay valid)
  demo [--out DIR]     The main job on the built-in demo data: train a non-private and a DP
                       model, attack both and store everything in DIR/demo.privaudit

Global options:
  -h, --help           This help; &apos;&lt;command&gt; --help&apos; for a command&apos;s options
  --version [--json]   Same as the version command

Exit codes: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation>Usage : privaudit-cli [--lang en|de|fr] [--threads N] &lt;commande&gt; [options]

Mesure le risque pour la vie privée des modèles d&apos;apprentissage automatique, sans interface graphique.

Commandes :
  version [--json]     Version de PrivAudit et des bibliothèques chargées
  doctor [--json]      Vérifier l&apos;environnement et mesurer la vitesse du produit matriciel
  accountant           Comptabilité de confidentialité différentielle (epsilon, delta, calibrage)
  train                Entraîner un modèle (éventuellement avec DP-SGD) sur un CSV ou les données de démo
  encode --data F --encoder MODEL.encoder.json --out X.csv
                       Un CSV encodé comme entrées d&apos;un modèle (le contrat d&apos;entrée de train --help)
  attack mia           Inférence d&apos;appartenance (LOSS, LiRA, RMIA, ...) avec des statistiques honnêtes
  attack attribute     Inférence d&apos;attribut face à la référence d&apos;imputation (--sensitive COLONNE)
  attack canary        Exposition des canaris (Secret Sharer) : mémorisation selon le nombre de répétitions
  attack memorisation  Mémorisation contrefactuelle de chaque membre à partir des modèles de référence de LiRA
  attack reconstruction
                       Adversaire informé : une ligne d&apos;entraînement retrouvée dans logreg ou un MLP tanh
  attack inversion     MI-Face : représentants de classe, plus proches des membres que des lignes réservées ?
  attack audit         Audit de confidentialité en une exécution : une borne inférieure empirique d&apos;epsilon
  project create|info|verify|log FILE
                       Créer un projet .privaudit, l’afficher, le vérifier ou afficher sa piste d’audit
  data scan --data FILE
                       Données personnelles par colonne : identifiants, quasi-identifiants, art. 9/10 RGPD
  data risk --data FILE --quasi A,B,C [--sensitive S] [--population-size N]
                       Risque de réidentification : k-anonymat, procureur/journaliste/marketeur, uniques
  data duplicates --data FILE [--against FILE | --project FILE --run ID] [--threshold D]
                       Doublons exacts et proches (Gower) ; recouvrement avec un autre ensemble ou la partition d’une exécution
  data minimise --data FILE [--drop A,B] [--generalise COL=year|bin:W|truncate:N|top:X] --out FILE
                       Une version minimisée, risque de réidentification avant et après
  data datasheet --project FILE --dataset ID [--answer Q=TEXT] [--licence SPDX] [--export spdx|croissant]
                       Fiche technique (Gebru et al.), licence SPDX, fondements RGPD, complétude
  run SPEC.json --project FILE
                       Exécuter une spécification de tâche et enregistrer ses résultats dans un projet
  export --project FILE --run ID --format json|csv
                       Exporter les statistiques ou les scores par enregistrement d&apos;une exécution
  compare --project FILE --runs ID,ID[,...]
                       Exécutions d&apos;appartenance côte à côte, les écarts avec leurs intervalles
  subgroups --project FILE --run ID --column COL
                       Où se concentre le risque d&apos;une exécution d&apos;appartenance : ses statistiques par sous-groupe
  sweep --data FILE --label COL --epsilons 0.5,1,2,4,8,inf --project FILE
                       Compromis confidentialité–utilité : entraîner et attaquer à chaque epsilon
  assess classify --answers FILE
                       Classification selon le règlement sur l&apos;IA : niveaux, raisonnement, obligations, échéances
  assess export|import|suggest|review --project FILE
                       L&apos;évaluation (listes de contrôle, matrice des risques) en JSON, CSV ou Markdown
  report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]
                       Le rapport d’audit : PDF d’archivage (PDF/A-1b) ou HTML, brouillon ou définitif, signé
  sign --pdf report.pdf --key KEY.p12 [--role dpo] [--project FILE]
                       Une signature de plus sur un rapport (les précédentes restent valides)
  demo [--out DIR]     La tâche principale sur les données de démo intégrées : entraîner un modèle sans
                       et un avec DP, attaquer les deux et tout enregistrer dans DIR/demo.privaudit

Options globales :
  -h, --help           Cette aide ; &apos;&lt;commande&gt; --help&apos; pour les options d&apos;une commande
  --version [--json]   Identique à la commande version

Codes de sortie : 0 succès, 1 échec, 2 usage ou entrée incorrects.</translation>
    </message>
    <message>
        <source>The file of dataset %1 cannot be read (%2): the completeness does not know whether special categories or criminal-offence data need their grounds.</source>
        <translation>Le fichier du jeu de données %1 ne peut pas être lu (%2) : la complétude ne sait pas si des catégories particulières ou des données relatives aux infractions exigent leurs fondements.</translation>
    </message>
    <message>
        <source>A dataset&apos;s datasheet (Gebru et al., Datasheets for Datasets): the questions of its seven sections, the licence as an SPDX expression checked against the shipped list, the GDPR grounds, and its completeness; changes are audited. Export as SPDX 3.0.1 JSON-LD (Dataset profile) or Croissant 1.0 with RAI; import from either.</source>
        <translation>La fiche technique d’un jeu de données (Gebru et al., Datasheets for Datasets) : les questions de ses sept sections, la licence comme expression SPDX vérifiée contre la liste fournie, les fondements RGPD et sa complétude ; les modifications sont auditées. Export en SPDX 3.0.1 JSON-LD (profil Dataset) ou Croissant 1.0 avec RAI ; import depuis l’un ou l’autre.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Fichier de projet.</translation>
    </message>
    <message>
        <source>Dataset id in the project.</source>
        <translation>Identifiant du jeu de données dans le projet.</translation>
    </message>
    <message>
        <source>QUESTION=TEXT, e.g. collection.process=&quot;Survey 2024&quot;; repeatable.</source>
        <translation>QUESTION=TEXTE, p. ex. collection.process=&quot;Enquête 2024&quot; ; répétable.</translation>
    </message>
    <message>
        <source>The licence as an SPDX expression (CC-BY-4.0, MIT OR Apache-2.0, LicenseRef-internal).</source>
        <translation>La licence comme expression SPDX (CC-BY-4.0, MIT OR Apache-2.0, LicenseRef-internal).</translation>
    </message>
    <message>
        <source>GDPR Art 6(1) basis: art6-1-a ... art6-1-f.</source>
        <translation>Base selon l’art. 6(1) RGPD : art6-1-a ... art6-1-f.</translation>
    </message>
    <message>
        <source>GDPR Art 9(2) condition: art9-2-a ... art9-2-j.</source>
        <translation>Condition de l’art. 9(2) RGPD : art9-2-a ... art9-2-j.</translation>
    </message>
    <message>
        <source>The law that authorises processing criminal-offence data (Art 10).</source>
        <translation>La loi qui autorise le traitement des données relatives aux infractions (art. 10).</translation>
    </message>
    <message>
        <source>Read the answers from a PrivAudit datasheet, SPDX 3 or Croissant file.</source>
        <translation>Lire les réponses depuis une fiche PrivAudit, un fichier SPDX 3 ou Croissant.</translation>
    </message>
    <message>
        <source>Write the datasheet as spdx, croissant or json to --out.</source>
        <translation>Écrire la fiche en spdx, croissant ou json dans --out.</translation>
    </message>
    <message>
        <source>File for --export.</source>
        <translation>Fichier pour --export.</translation>
    </message>
    <message>
        <source>--export takes spdx, croissant or json, with --out FILE.</source>
        <translation>--export prend spdx, croissant ou json, avec --out FICHIER.</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>Il n’y a pas de jeu de données %1 dans ce projet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the question must be one of %2.</source>
        <translation>&apos;%1&apos; : la question doit être l’une de %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid SPDX licence expression: %2.</source>
        <translation>&apos;%1&apos; n’est pas une expression de licence SPDX valide : %2.</translation>
    </message>
    <message>
        <source>Datasheet of dataset %1 &apos;%2&apos;: %3 complete (%4 of %5)</source>
        <translation>Fiche du jeu de données %1 &apos;%2&apos; : %3 complète (%4 sur %5)</translation>
    </message>
    <message>
        <source>  %1 [%2]</source>
        <translation>  %1 [%2]</translation>
    </message>
    <message>
        <source>(unanswered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Lawful basis: %1</source>
        <translation>Base légale : %1</translation>
    </message>
    <message>
        <source>Art 9(2) condition: %1</source>
        <translation>Condition de l’art. 9(2) : %1</translation>
    </message>
    <message>
        <source>Art 10 basis: %1</source>
        <translation>Fondement de l’art. 10 : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Encore ouvert : %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>data: use &apos;data scan --data F&apos; (personal data per column), &apos;data risk --data F --quasi A,B,C&apos; (re-identification risk), &apos;data duplicates --data F&apos; (exact and near duplicates, --against G or --project P --run N for overlaps), &apos;data minimise --data F --drop A --generalise B=bin:10 --out G&apos; (a minimised version, risk before and after) or &apos;data datasheet --project P --dataset N&apos; (documentation, SPDX and Croissant).</source>
        <translation>data : utilisez &apos;data scan --data F&apos; (données personnelles par colonne), &apos;data risk --data F --quasi A,B,C&apos; (risque de réidentification), &apos;data duplicates --data F&apos; (doublons exacts et proches, --against G ou --project P --run N pour les recouvrements), &apos;data minimise --data F --drop A --generalise B=bin:10 --out G&apos; (une version minimisée, risque avant et après) ou &apos;data datasheet --project P --dataset N&apos; (documentation, SPDX et Croissant).</translation>
    </message>
</context>
<context>
    <name>privaudit::data::ColumnPlan</name>
    <message>
        <source>&apos;%1&apos; is not NAME=TYPE (for example credit=categorical).</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme NOM=TYPE (par exemple credit=categorical).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the type must be categorical, numeric or boolean, got &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; : le type doit être categorical, numeric ou boolean, reçu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=ROLE (for example case_number=identifier).</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme NOM=RÔLE (par exemple case_number=identifier).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the role must be feature, sensitive, identifier, ignored or label, got &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; : le rôle doit être feature, sensitive, identifier, ignored ou label, reçu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A type is declared for the column &apos;%1&apos;, which does not exist; the columns are: %2.</source>
        <translation>Un type est déclaré pour la colonne &apos;%1&apos;, qui n&apos;existe pas ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2 distinct values in %3 rows)</source>
        <translation>&apos;%1&apos; (%2 valeurs distinctes sur %3 lignes)</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s inputs because almost every row has its own value, which a model would memorise (identifying individuals) and which makes training slow: %1. Declare a column&apos;s role as feature to keep it.</source>
        <translation>Exclues des entrées du modèle car presque chaque ligne a sa propre valeur, qu&apos;un modèle mémoriserait (identifiant des personnes) et qui ralentit l&apos;entraînement : %1. Déclarez le rôle d&apos;une colonne comme feature pour la garder.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::CsvImporter</name>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier &apos;%1&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read: %2</source>
        <translation>Le fichier &apos;%1&apos; ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, data row %2: &apos;%3&apos; is not a number, but the column is numeric.</source>
        <translation>Colonne &apos;%1&apos;, ligne de données %2 : &apos;%3&apos; n&apos;est pas un nombre, alors que la colonne est numérique.</translation>
    </message>
    <message>
        <source>Data row %1 has %2 fields, but the header has %3 columns (ragged rows).</source>
        <translation>La ligne de données %1 a %2 champs, mais l&apos;en-tête a %3 colonnes (lignes de longueurs inégales).</translation>
    </message>
    <message>
        <source>Out of memory while starting the CSV parser.</source>
        <translation>Mémoire insuffisante au démarrage de l&apos;analyseur CSV.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data (a NUL byte at byte %1). Choose a CSV file.</source>
        <translation>Ce n&apos;est pas un fichier texte : il contient des données binaires (un octet NUL à l&apos;octet %1). Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (near byte %1).</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8 valide (vers l&apos;octet %1).</translation>
    </message>
    <message>
        <source>Malformed quoting in data row %1: a quote inside an unquoted field, or text after a closing quote.</source>
        <translation>Guillemets mal formés à la ligne de données %1 : un guillemet dans un champ non entre guillemets, ou du texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>Unterminated quoted field: a quote opened in data row %1 is never closed.</source>
        <translation>Champ entre guillemets non terminé : un guillemet ouvert à la ligne de données %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is declared numeric but holds text.</source>
        <translation>La colonne &apos;%1&apos; est déclarée numérique mais contient du texte.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has too many distinct numbers to be categorical.</source>
        <translation>La colonne &apos;%1&apos; a trop de nombres distincts pour être catégorielle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (column %2) is now &apos;%3&apos;</source>
        <translation>&apos;%1&apos; (colonne %2) s&apos;appelle désormais &apos;%3&apos;</translation>
    </message>
    <message>
        <source>The header names some columns more than once; they were renamed: %1.</source>
        <translation>L&apos;en-tête nomme certaines colonnes plusieurs fois ; elles ont été renommées : %1.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, data row %2: &apos;%3&apos; is not a finite number; write a finite value, leave the cell empty (missing), or declare the column categorical.</source>
        <translation>Colonne &apos;%1&apos;, ligne de données %2 : &apos;%3&apos; n&apos;est pas un nombre fini ; écrivez une valeur finie, laissez la cellule vide (manquante) ou déclarez la colonne catégorielle.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: %2 cells read &apos;NaN&apos; and were taken as missing values.</source>
        <translation>Colonne &apos;%1&apos; : %2 cellules valaient &apos;NaN&apos; et ont été prises comme valeurs manquantes.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DataSplit</name>
    <message>
        <source>Cannot take %1 member and %2 non-member rows from %3 rows with a label.</source>
        <translation>Impossible de prendre %1 lignes membres et %2 lignes non membres parmi %3 lignes étiquetées.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DataTable</name>
    <message>
        <source>The column &apos;%1&apos; does not exist; the columns are: %2.</source>
        <translation>La colonne &apos;%1&apos; n&apos;existe pas ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; holds numbers with fractions (such as %2), so it cannot be a class label; PrivAudit trains classifiers.</source>
        <translation>La colonne &apos;%1&apos; contient des nombres non entiers (comme %2) et ne peut donc pas être une étiquette de classe ; PrivAudit entraîne des classifieurs.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; has more than %2 distinct numbers, so it is not read as a class label (PrivAudit trains classifiers). Declare it categorical to use it anyway.</source>
        <translation>La colonne &apos;%1&apos; a plus de %2 nombres distincts et n&apos;est donc pas lue comme une étiquette de classe (PrivAudit entraîne des classifieurs). Déclarez-la catégorielle pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <source>The numeric column &apos;%1&apos; is read as a class label with %2 classes: %3.</source>
        <translation>La colonne numérique &apos;%1&apos; est lue comme une étiquette de classe à %2 classes : %3.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DemoData</name>
    <message>
        <source>Synthetic demo data: generated patient records; no real person&apos;s data.</source>
        <translation>Données de démonstration synthétiques : dossiers de patients générés ; aucune donnée de personne réelle.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::TableEncoder</name>
    <message>
        <source>No label column is set.</source>
        <translation>Aucune colonne cible n&apos;est définie.</translation>
    </message>
    <message>
        <source>The label column &apos;%1&apos; is numeric; PrivAudit trains classifiers, so the label must be categorical or boolean.</source>
        <translation>La colonne cible &apos;%1&apos; est numérique ; PrivAudit entraîne des classifieurs, la cible doit donc être catégorielle ou booléenne.</translation>
    </message>
    <message>
        <source>The label column &apos;%1&apos; has fewer than two classes.</source>
        <translation>La colonne cible &apos;%1&apos; a moins de deux classes.</translation>
    </message>
    <message>
        <source>No feature columns: every column is the label, an identifier or ignored.</source>
        <translation>Aucune colonne de caractéristiques : chaque colonne est la cible, un identifiant ou ignorée.</translation>
    </message>
    <message>
        <source>DP training fits the encoder on rows outside the training set, and there are none: use fewer training rows.</source>
        <translation>L&apos;entraînement DP ajuste l&apos;encodeur sur des lignes hors de l&apos;ensemble d&apos;entraînement, et il n&apos;y en a pas : utilisez moins de lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The class &apos;%1&apos; of the label &apos;%2&apos; occurs only in training rows; DP training takes its classes from the other rows, so merge or drop that class.</source>
        <translation>La classe &apos;%1&apos; de l&apos;étiquette &apos;%2&apos; n&apos;apparaît que dans des lignes d&apos;entraînement ; l&apos;entraînement DP prend ses classes dans les autres lignes, fusionnez donc ou supprimez cette classe.</translation>
    </message>
    <message>
        <source>There are no rows to fit the encoder on.</source>
        <translation>Il n&apos;y a aucune ligne sur laquelle ajuster l&apos;encodeur.</translation>
    </message>
    <message>
        <source>The label column &apos;%1&apos; has fewer than two classes on the rows outside the training set, which DP training takes its classes from.</source>
        <translation>La colonne d&apos;étiquette &apos;%1&apos; a moins de deux classes sur les lignes hors de l&apos;ensemble d&apos;entraînement, où l&apos;entraînement DP prend ses classes.</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>la colonne &apos;%1&apos; manque</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is %2 here but %3 in the encoder</source>
        <translation>la colonne &apos;%1&apos; est %2 ici mais %3 dans l&apos;encodeur</translation>
    </message>
    <message>
        <source>the label column &apos;%1&apos; is missing</source>
        <translation>la colonne d&apos;étiquette &apos;%1&apos; manque</translation>
    </message>
    <message>
        <source>Not a PrivAudit encoder file: %1.</source>
        <translation>Pas un fichier d&apos;encodeur PrivAudit : %1.</translation>
    </message>
    <message>
        <source>the &quot;format&quot; field is not &quot;%1&quot;</source>
        <translation>le champ &quot;format&quot; n&apos;est pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported (this PrivAudit reads version %2)</source>
        <translation>la version %1 n&apos;est pas prise en charge (ce PrivAudit lit la version %2)</translation>
    </message>
    <message>
        <source>it names no label column with at least two classes</source>
        <translation>il ne nomme aucune colonne d&apos;étiquette avec au moins deux classes</translation>
    </message>
    <message>
        <source>an input has no column name</source>
        <translation>une entrée n&apos;a pas de nom de colonne</translation>
    </message>
    <message>
        <source>the standardisation of &apos;%1&apos; is not finite</source>
        <translation>la standardisation de &apos;%1&apos; n&apos;est pas finie</translation>
    </message>
    <message>
        <source>the input &apos;%1&apos; has the unknown type &apos;%2&apos;</source>
        <translation>l&apos;entrée &apos;%1&apos; a le type inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it has no inputs</source>
        <translation>il n&apos;a aucune entrée</translation>
    </message>
    <message>
        <source>its input_width %1 does not match its inputs (%2)</source>
        <translation>son input_width %1 ne correspond pas à ses entrées (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The input encoding (categories, classes and standardisation) was fitted on the %n rows not used for training (held-out and population rows); categories seen fewer than %1 times there share the &apos;other&apos; input with unseen and missing values. Nothing about the encoder or the model&apos;s input layout depends on the training rows.</source>
        <translation>
            <numerusform>L&apos;encodage d&apos;entrée (catégories, classes et standardisation) a été ajusté sur la %n ligne non utilisée pour l&apos;entraînement (lignes réservées et de population) ; les catégories vues moins de %1 fois y partagent l&apos;entrée « autre » avec les valeurs inédites et manquantes. Rien dans l&apos;encodeur ni dans la disposition des entrées du modèle ne dépend des lignes d&apos;entraînement.</numerusform>
            <numerusform>L&apos;encodage d&apos;entrée (catégories, classes et standardisation) a été ajusté sur les %n lignes non utilisées pour l&apos;entraînement (lignes réservées et de population) ; les catégories vues moins de %1 fois y partagent l&apos;entrée « autre » avec les valeurs inédites et manquantes. Rien dans l&apos;encodeur ni dans la disposition des entrées du modèle ne dépend des lignes d&apos;entraînement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The input encoding (categories and standardisation) was fitted on the %n training rows: the model&apos;s input layout and the encoder depend on who is in the training set, which no DP guarantee covers.</source>
        <translation>
            <numerusform>L&apos;encodage d&apos;entrée (catégories et standardisation) a été ajusté sur la %n ligne d&apos;entraînement : la disposition des entrées du modèle et l&apos;encodeur dépendent de qui est dans l&apos;ensemble d&apos;entraînement, ce qu&apos;aucune garantie DP ne couvre.</numerusform>
            <numerusform>L&apos;encodage d&apos;entrée (catégories et standardisation) a été ajusté sur les %n lignes d&apos;entraînement : la disposition des entrées du modèle et l&apos;encodeur dépendent de qui est dans l&apos;ensemble d&apos;entraînement, ce qu&apos;aucune garantie DP ne couvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The declared encoder gives &apos;%1&apos; a scale of %2; a scale must be positive.</source>
        <translation>L&apos;encodeur déclaré donne à &apos;%1&apos; une échelle de %2 ; une échelle doit être positive.</translation>
    </message>
    <message>
        <source>The input encoding (categories, classes and standardisation) was declared by the user (encoder SHA-256 %1) and used as given: nothing about it was derived from the data. A DP guarantee covers the preprocessing only if those categories and bounds are public knowledge, not read off the training rows.</source>
        <translation>L&apos;encodage d&apos;entrée (catégories, classes et standardisation) a été déclaré par l&apos;utilisateur (encodeur SHA-256 %1) et utilisé tel quel : rien n&apos;en a été tiré des données. Une garantie DP ne couvre le prétraitement que si ces catégories et bornes sont de notoriété publique, et non lues dans les lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The encoder&apos;s DP estimates need a positive epsilon, got %1.</source>
        <translation>Les estimations DP de l&apos;encodeur exigent un epsilon positif, reçu %1.</translation>
    </message>
    <message>
        <source>it was fitted by DP estimates but gives no positive dp_epsilon</source>
        <translation>il a été ajusté par des estimations DP mais ne donne aucun dp_epsilon positif</translation>
    </message>
    <message numerus="yes">
        <source>The input encoding was estimated from the %n training rows by differentially private mechanisms with epsilon %1 (median and interquartile range of each numeric column by the exponential mechanism, category counts by the Laplace mechanism; categories with a noisy count below %2 share the &apos;other&apos; input); the category domain, ranges and classes come from the rows not used for training. That epsilon is part of the run&apos;s epsilon.</source>
        <translation>
            <numerusform>L&apos;encodage des entrées a été estimé à partir de la %n ligne d&apos;entraînement par des mécanismes différentiellement privés avec un epsilon de %1 (médiane et écart interquartile de chaque colonne numérique par le mécanisme exponentiel, comptages de catégories par le mécanisme de Laplace ; les catégories dont le comptage bruité est inférieur à %2 partagent l&apos;entrée « autre ») ; le domaine des catégories, les plages et les classes proviennent des lignes non utilisées pour l&apos;entraînement. Cet epsilon fait partie de l&apos;epsilon de l&apos;exécution.</numerusform>
            <numerusform>L&apos;encodage des entrées a été estimé à partir des %n lignes d&apos;entraînement par des mécanismes différentiellement privés avec un epsilon de %1 (médiane et écart interquartile de chaque colonne numérique par le mécanisme exponentiel, comptages de catégories par le mécanisme de Laplace ; les catégories dont le comptage bruité est inférieur à %2 partagent l&apos;entrée « autre ») ; le domaine des catégories, les plages et les classes proviennent des lignes non utilisées pour l&apos;entraînement. Cet epsilon fait partie de l&apos;epsilon de l&apos;exécution.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privaudit::dp::Calibration</name>
    <message>
        <source>The target epsilon must be a positive number, got %1.</source>
        <translation>L&apos;epsilon cible doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The privacy budget epsilon = %1 is too small for %2 steps at sampling rate %3: no noise multiplier up to %4 achieves it.</source>
        <translation>Le budget de confidentialité epsilon = %1 est trop petit pour %2 étapes au taux d&apos;échantillonnage %3 : aucun multiplicateur de bruit jusqu&apos;à %4 ne l&apos;atteint.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::DpStatement</name>
    <message numerus="yes">
        <source>%n step(s) of the Gaussian mechanism with noise multiplier %1</source>
        <translation>
            <numerusform>%n étape du mécanisme gaussien avec multiplicateur de bruit %1</numerusform>
            <numerusform>%n étapes du mécanisme gaussien avec multiplicateur de bruit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 steps with sampling rate q = %2 and noise multiplier %3</source>
        <translation>%1 étapes avec taux d&apos;échantillonnage q = %2 et multiplicateur de bruit %3</translation>
    </message>
    <message>
        <source>The model was trained with differentially private stochastic gradient descent (DP-SGD): %1.</source>
        <translation>Le modèle a été entraîné par descente de gradient stochastique différentiellement privée (DP-SGD) : %1.</translation>
    </message>
    <message>
        <source>; then </source>
        <translation> ; puis </translation>
    </message>
    <message>
        <source>The training set had %1 examples.</source>
        <translation>L&apos;ensemble d&apos;entraînement comptait %1 exemples.</translation>
    </message>
    <message>
        <source>The expected batch size was %1 examples.</source>
        <translation>La taille de lot attendue était de %1 exemples.</translation>
    </message>
    <message>
        <source>This corresponds to %1 epochs.</source>
        <translation>Cela correspond à %1 époques.</translation>
    </message>
    <message>
        <source>Each example&apos;s gradient was clipped to an L2 norm of at most %1 before the noise was added.</source>
        <translation>Le gradient de chaque exemple a été écrêté à une norme L2 d&apos;au plus %1 avant l&apos;ajout du bruit.</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>infini</translation>
    </message>
    <message>
        <source>Guarantee: the training procedure satisfies (epsilon = %1, delta = %2)-differential privacy at the level of single examples under add-or-remove-one adjacency, computed with the %3 accountant. Informally: adding or removing any one training example changes the probability of any outcome of training by at most a factor of e^epsilon = %4, except with probability at most delta.</source>
        <translation>Garantie : la procédure d&apos;entraînement satisfait la confidentialité différentielle (epsilon = %1, delta = %2) au niveau des exemples individuels, pour le voisinage par ajout ou retrait d&apos;un exemple, calculée avec la méthode %3. En termes simples : ajouter ou retirer un exemple d&apos;entraînement quelconque modifie la probabilité de tout résultat de l&apos;entraînement d&apos;un facteur d&apos;au plus e^epsilon = %4, sauf avec une probabilité d&apos;au plus delta.</translation>
    </message>
    <message>
        <source>For comparison: RDP accountant epsilon = %1, PLD accountant epsilon = %2 (the PLD value is tighter; both are upper bounds).</source>
        <translation>Pour comparaison : epsilon selon RDP = %1, epsilon selon PLD = %2 (la valeur PLD est plus précise ; les deux sont des bornes supérieures).</translation>
    </message>
    <message>
        <source>The guarantee covers the final model and every intermediate checkpoint, because the accountant composes every training step.</source>
        <translation>La garantie couvre le modèle final et chaque point de sauvegarde intermédiaire, car la comptabilité compose chaque étape d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Assumptions: batches are formed by Poisson sampling (each example joins each batch independently with probability q); shuffling into fixed-size batches is a different mechanism whose guarantee can be substantially weaker. Each person contributes at most one training example; where people contribute several, the guarantee per person is weaker (group privacy) and is not stated here.</source>
        <translation>Hypothèses : les lots sont formés par échantillonnage de Poisson (chaque exemple entre dans chaque lot indépendamment avec la probabilité q) ; le mélange en lots de taille fixe est un autre mécanisme, dont la garantie peut être nettement plus faible. Chaque personne fournit au plus un exemple d&apos;entraînement ; si des personnes en fournissent plusieurs, la garantie par personne est plus faible (confidentialité de groupe) et n&apos;est pas indiquée ici.</translation>
    </message>
    <message>
        <source>Not covered: hyper-parameter search or model selection on the same private data; data-dependent preprocessing such as normalisation statistics, category vocabularies or feature selection computed on the training data; any public or pre-training data; and faults in the implementation or in floating-point arithmetic. An empirical attack on the model can only give a lower bound on epsilon, never confirm this upper bound.</source>
        <translation>Non couvert : la recherche d&apos;hyperparamètres ou la sélection de modèle sur les mêmes données privées ; les prétraitements dépendant des données, comme les statistiques de normalisation, les vocabulaires de catégories ou la sélection de variables calculés sur les données d&apos;entraînement ; toute donnée publique ou de pré-entraînement ; et les défauts de l&apos;implémentation ou de l&apos;arithmétique à virgule flottante. Une attaque empirique sur le modèle ne peut donner qu&apos;une borne inférieure d&apos;epsilon, jamais confirmer cette borne supérieure.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::MechanismHistory</name>
    <message>
        <source>The mechanism history is empty: at least one training phase is needed.</source>
        <translation>L&apos;historique du mécanisme est vide : au moins une phase d&apos;entraînement est nécessaire.</translation>
    </message>
    <message>
        <source>The sampling rate must be in (0, 1], got %1.</source>
        <translation>Le taux d&apos;échantillonnage doit être dans (0, 1], reçu %1.</translation>
    </message>
    <message>
        <source>The noise multiplier must be a positive number, got %1.</source>
        <translation>Le multiplicateur de bruit doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The number of steps must be at least 1, got %1.</source>
        <translation>Le nombre d&apos;étapes doit valoir au moins 1, reçu %1.</translation>
    </message>
    <message>
        <source>Delta must be in (0, 1), got %1.</source>
        <translation>Delta doit être dans (0, 1), reçu %1.</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::Datasheet</name>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Collection process</source>
        <translation>Processus de collecte</translation>
    </message>
    <message>
        <source>Preprocessing, cleaning, labelling</source>
        <translation>Prétraitement, nettoyage, annotation</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usages</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>For what purpose was the dataset created? Was there a specific task in mind?</source>
        <translation>Dans quel but le jeu de données a-t-il été créé ? Une tâche précise était-elle visée ?</translation>
    </message>
    <message>
        <source>Who created the dataset, on behalf of which entity, and who funded it?</source>
        <translation>Qui a créé le jeu de données, pour le compte de quelle entité, et qui l’a financé ?</translation>
    </message>
    <message>
        <source>What do the instances represent (people, transactions, ...), and how many are there?</source>
        <translation>Que représentent les instances (personnes, transactions, ...), et combien y en a-t-il ?</translation>
    </message>
    <message>
        <source>Is it a sample of a larger set? If so, of which population, and how was it drawn?</source>
        <translation>Est-ce un échantillon d’un ensemble plus grand ? Si oui, de quelle population, et comment a-t-il été tiré ?</translation>
    </message>
    <message>
        <source>Is any information missing from individual instances, and why?</source>
        <translation>Des informations manquent-elles pour certaines instances, et pourquoi ?</translation>
    </message>
    <message>
        <source>Does it identify individuals, directly or indirectly, or hold data that might be considered sensitive (special categories, criminal offences)?</source>
        <translation>Identifie-t-il des personnes, directement ou indirectement, ou contient-il des données pouvant être jugées sensibles (catégories particulières, infractions) ?</translation>
    </message>
    <message>
        <source>Does it identify subpopulations (by age, gender, ...), and how are they distributed?</source>
        <translation>Identifie-t-il des sous-populations (par âge, genre, ...), et comment sont-elles réparties ?</translation>
    </message>
    <message>
        <source>How was the data acquired, by whom, and over what timeframe?</source>
        <translation>Comment les données ont-elles été acquises, par qui et sur quelle période ?</translation>
    </message>
    <message>
        <source>Were the individuals notified of the collection, and did they consent? How can consent be revoked?</source>
        <translation>Les personnes ont-elles été informées de la collecte et y ont-elles consenti ? Comment le consentement peut-il être retiré ?</translation>
    </message>
    <message>
        <source>Has the potential impact on the data subjects been analysed (a data protection impact assessment, GDPR Art 35)?</source>
        <translation>L’impact potentiel sur les personnes concernées a-t-il été analysé (analyse d’impact relative à la protection des données, art. 35 RGPD) ?</translation>
    </message>
    <message>
        <source>Was any preprocessing, cleaning or labelling done (binning, removed instances, missing values)?</source>
        <translation>Un prétraitement, un nettoyage ou une annotation ont-ils été faits (regroupement en classes, instances supprimées, valeurs manquantes) ?</translation>
    </message>
    <message>
        <source>Was the raw data kept besides the preprocessed data, and where?</source>
        <translation>Les données brutes ont-elles été conservées à côté des données prétraitées, et où ?</translation>
    </message>
    <message>
        <source>Has it been used for any tasks already? What tasks could it be used for?</source>
        <translation>A-t-il déjà servi à des tâches ? À quelles tâches pourrait-il servir ?</translation>
    </message>
    <message>
        <source>Could anything about its composition or collection lead to unfair treatment of individuals or groups, or other harms?</source>
        <translation>Quelque chose dans sa composition ou sa collecte pourrait-il conduire à un traitement injuste de personnes ou de groupes, ou à d’autres préjudices ?</translation>
    </message>
    <message>
        <source>Are there tasks for which it should not be used?</source>
        <translation>Y a-t-il des tâches pour lesquelles il ne devrait pas servir ?</translation>
    </message>
    <message>
        <source>Will it be given to third parties outside the entity that created it, and how?</source>
        <translation>Sera-t-il transmis à des tiers hors de l’entité qui l’a créé, et comment ?</translation>
    </message>
    <message>
        <source>Are there copyright, intellectual-property or regulatory restrictions on it (terms of use, export controls)?</source>
        <translation>Existe-t-il des restrictions de droit d’auteur, de propriété intellectuelle ou réglementaires (conditions d’utilisation, contrôles à l’exportation) ?</translation>
    </message>
    <message>
        <source>Who supports and maintains it, and how can they be contacted?</source>
        <translation>Qui le soutient et le maintient, et comment les joindre ?</translation>
    </message>
    <message>
        <source>Will it be updated (corrections, new instances, deletions), how often and by whom?</source>
        <translation>Sera-t-il mis à jour (corrections, nouvelles instances, suppressions), à quelle fréquence et par qui ?</translation>
    </message>
    <message>
        <source>Are there limits on how long data about individuals is kept (GDPR Art 5(1)(e))?</source>
        <translation>Y a-t-il des limites à la durée de conservation des données sur les personnes (art. 5(1)(e) RGPD) ?</translation>
    </message>
    <message>
        <source>Consent (GDPR Art 6(1)(a))</source>
        <translation>Consentement (art. 6(1)(a) RGPD)</translation>
    </message>
    <message>
        <source>Performance of a contract (Art 6(1)(b))</source>
        <translation>Exécution d’un contrat (art. 6(1)(b))</translation>
    </message>
    <message>
        <source>Legal obligation (Art 6(1)(c))</source>
        <translation>Obligation légale (art. 6(1)(c))</translation>
    </message>
    <message>
        <source>Vital interests (Art 6(1)(d))</source>
        <translation>Intérêts vitaux (art. 6(1)(d))</translation>
    </message>
    <message>
        <source>Public interest or official authority (Art 6(1)(e))</source>
        <translation>Intérêt public ou autorité publique (art. 6(1)(e))</translation>
    </message>
    <message>
        <source>Legitimate interests (Art 6(1)(f))</source>
        <translation>Intérêts légitimes (art. 6(1)(f))</translation>
    </message>
    <message>
        <source>Explicit consent (Art 9(2)(a))</source>
        <translation>Consentement explicite (art. 9(2)(a))</translation>
    </message>
    <message>
        <source>Employment and social security law (Art 9(2)(b))</source>
        <translation>Droit du travail et de la sécurité sociale (art. 9(2)(b))</translation>
    </message>
    <message>
        <source>Vital interests, consent impossible (Art 9(2)(c))</source>
        <translation>Intérêts vitaux, consentement impossible (art. 9(2)(c))</translation>
    </message>
    <message>
        <source>Foundation, association or other not-for-profit body (Art 9(2)(d))</source>
        <translation>Fondation, association ou autre organisme à but non lucratif (art. 9(2)(d))</translation>
    </message>
    <message>
        <source>Made manifestly public by the data subject (Art 9(2)(e))</source>
        <translation>Rendues manifestement publiques par la personne concernée (art. 9(2)(e))</translation>
    </message>
    <message>
        <source>Legal claims or courts (Art 9(2)(f))</source>
        <translation>Droits en justice ou juridictions (art. 9(2)(f))</translation>
    </message>
    <message>
        <source>Substantial public interest (Art 9(2)(g))</source>
        <translation>Intérêt public important (art. 9(2)(g))</translation>
    </message>
    <message>
        <source>Health or social care (Art 9(2)(h))</source>
        <translation>Santé ou protection sociale (art. 9(2)(h))</translation>
    </message>
    <message>
        <source>Public interest in public health (Art 9(2)(i))</source>
        <translation>Intérêt public dans le domaine de la santé publique (art. 9(2)(i))</translation>
    </message>
    <message>
        <source>Archiving, scientific or historical research, statistics (Art 9(2)(j))</source>
        <translation>Archivage, recherche scientifique ou historique, statistiques (art. 9(2)(j))</translation>
    </message>
    <message>
        <source>The licence (an SPDX expression, e.g. CC-BY-4.0)</source>
        <translation>La licence (une expression SPDX, p. ex. CC-BY-4.0)</translation>
    </message>
    <message>
        <source>The licence &apos;%1&apos; is not a valid SPDX expression: %2.</source>
        <translation>La licence &apos;%1&apos; n’est pas une expression SPDX valide : %2.</translation>
    </message>
    <message>
        <source>The SPDX list marks %1 as deprecated; use its current identifier.</source>
        <translation>La liste SPDX marque %1 comme obsolète ; utilisez son identifiant actuel.</translation>
    </message>
    <message>
        <source>The lawful basis of the processing (GDPR Art 6(1))</source>
        <translation>La base légale du traitement (art. 6(1) RGPD)</translation>
    </message>
    <message>
        <source>The condition of GDPR Art 9(2) that allows processing the special categories the scan found</source>
        <translation>La condition de l’art. 9(2) RGPD qui permet de traiter les catégories particulières trouvées par l’analyse</translation>
    </message>
    <message>
        <source>The Union or Member State law that authorises processing the criminal-offence data the scan found (GDPR Art 10)</source>
        <translation>Le droit de l’Union ou de l’État membre qui autorise le traitement des données relatives aux infractions trouvées par l’analyse (art. 10 RGPD)</translation>
    </message>
    <message>
        <source>This is not a PrivAudit datasheet (format &apos;%1&apos;).</source>
        <translation>Ce n’est pas une fiche PrivAudit (format &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Datasheet format version %1 is not supported (this PrivAudit reads version 1).</source>
        <translation>La version %1 du format de fiche n’est pas prise en charge (ce PrivAudit lit la version 1).</translation>
    </message>
    <message>
        <source>The datasheet has an unknown question &apos;%1&apos;.</source>
        <translation>La fiche contient une question inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The answer to &apos;%1&apos; must be text.</source>
        <translation>La réponse à &apos;%1&apos; doit être du texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lawful basis; use one of %2.</source>
        <translation>&apos;%1&apos; n’est pas une base légale ; utilisez l’une de %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a condition of GDPR Art 9(2); use one of %2.</source>
        <translation>&apos;%1&apos; n’est pas une condition de l’art. 9(2) RGPD ; utilisez l’une de %2.</translation>
    </message>
    <message>
        <source>The SPDX document has no dataset_DatasetPackage element.</source>
        <translation>Le document SPDX n’a pas d’élément dataset_DatasetPackage.</translation>
    </message>
    <message>
        <source>The file is neither a PrivAudit datasheet, an SPDX 3 JSON-LD document nor a Croissant dataset.</source>
        <translation>Le fichier n’est ni une fiche PrivAudit, ni un document SPDX 3 JSON-LD, ni un jeu de données Croissant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::Duplicates</name>
    <message>
        <source>There is no column &apos;%1&apos;; the columns are: %2.</source>
        <translation>Il n’y a pas de colonne &apos;%1&apos; ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is numeric in one table and not in the other; declare the same type in both to compare them.</source>
        <translation>La colonne &apos;%1&apos; est numérique dans une table et pas dans l’autre ; déclarez le même type dans les deux pour les comparer.</translation>
    </message>
    <message>
        <source>No columns to compare.</source>
        <translation>Aucune colonne à comparer.</translation>
    </message>
    <message>
        <source>The near-duplicate search stopped after %1 comparisons: at this threshold most records are near each other. Lower the threshold or compare fewer columns.</source>
        <translation>La recherche de doublons proches s’est arrêtée après %1 comparaisons : à ce seuil, la plupart des enregistrements sont proches les uns des autres. Abaissez le seuil ou comparez moins de colonnes.</translation>
    </message>
    <message>
        <source>The near-duplicate threshold must be at least 0 and below 1 (a Gower distance), got %1.</source>
        <translation>Le seuil des doublons proches doit être au moins 0 et inférieur à 1 (une distance de Gower), reçu %1.</translation>
    </message>
    <message>
        <source>Record %1 is outside the table (%2 records).</source>
        <translation>L’enregistrement %1 est hors de la table (%2 enregistrements).</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::Minimisation</name>
    <message>
        <source>There is no column &apos;%1&apos; to minimise; the columns are: %2.</source>
        <translation>Il n’y a pas de colonne &apos;%1&apos; à minimiser ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; has more than one step; give one.</source>
        <translation>La colonne &apos;%1&apos; a plus d’une étape ; indiquez-en une.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the column &apos;%2&apos; is not numeric.</source>
        <translation>&apos;%1&apos; : la colonne &apos;%2&apos; n’est pas numérique.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the column &apos;%2&apos; holds numbers, not dates.</source>
        <translation>&apos;%1&apos; : la colonne &apos;%2&apos; contient des nombres, pas des dates.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: record %2 has &apos;%3&apos;, which is not a date.</source>
        <translation>&apos;%1&apos; : l’enregistrement %2 contient &apos;%3&apos;, qui n’est pas une date.</translation>
    </message>
    <message>
        <source>Every column would be dropped.</source>
        <translation>Toutes les colonnes seraient supprimées.</translation>
    </message>
    <message>
        <source>The minimised table cannot be read back: %1</source>
        <translation>La table minimisée ne peut pas être relue : %1</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::MinimisationStep</name>
    <message>
        <source>&apos;%1&apos;: a step is COLUMN=drop, year, bin:WIDTH, truncate:N, top:LIMIT or bottom:LIMIT.</source>
        <translation>&apos;%1&apos; : une étape est COLONNE=drop, year, bin:LARGEUR, truncate:N, top:LIMITE ou bottom:LIMITE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; takes no argument.</source>
        <translation>&apos;%1&apos; : &apos;%2&apos; ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the bin width must be a positive number.</source>
        <translation>&apos;%1&apos; : la largeur d’intervalle doit être un nombre positif.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: truncate keeps 1 to 1000 characters.</source>
        <translation>&apos;%1&apos; : truncate garde de 1 à 1000 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the limit must be a number.</source>
        <translation>&apos;%1&apos; : la limite doit être un nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown method &apos;%2&apos;; use drop, year, bin:WIDTH, truncate:N, top:LIMIT or bottom:LIMIT.</source>
        <translation>&apos;%1&apos; : méthode inconnue &apos;%2&apos; ; utilisez drop, year, bin:LARGEUR, truncate:N, top:LIMITE ou bottom:LIMITE.</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::PiiScan</name>
    <message>
        <source>the column name says &apos;%1&apos;</source>
        <translation>le nom de colonne dit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1% of %2 sampled values %3</source>
        <translation>%1 % des %2 valeurs lues %3</translation>
    </message>
    <message>
        <source>are e-mail addresses</source>
        <translation>sont des adresses e-mail</translation>
    </message>
    <message>
        <source>are IBANs with valid check digits (mod 97)</source>
        <translation>sont des IBAN aux chiffres de contrôle valides (mod 97)</translation>
    </message>
    <message>
        <source>are card numbers with an issuer prefix and a valid Luhn check digit</source>
        <translation>sont des numéros de carte avec un préfixe d&apos;émetteur et une clé de Luhn valide</translation>
    </message>
    <message>
        <source>are US Social Security numbers (format and issuance rules)</source>
        <translation>sont des numéros de sécurité sociale américains (format et règles d&apos;attribution)</translation>
    </message>
    <message>
        <source>are NHS numbers with a valid mod-11 check digit</source>
        <translation>sont des numéros NHS avec une clé mod 11 valide</translation>
    </message>
    <message>
        <source>are German tax identification numbers (ISO 7064 MOD 11,10)</source>
        <translation>sont des numéros d&apos;identification fiscale allemands (ISO 7064 MOD 11,10)</translation>
    </message>
    <message>
        <source>are PESEL numbers (check digit and birth date)</source>
        <translation>sont des numéros PESEL (clé et date de naissance)</translation>
    </message>
    <message>
        <source>are French NIR numbers with a valid key (97 - n mod 97)</source>
        <translation>sont des NIR avec une clé valide (97 - n mod 97)</translation>
    </message>
    <message>
        <source>are Dutch BSNs passing the 11-proef</source>
        <translation>sont des BSN néerlandais qui passent le 11-proef</translation>
    </message>
    <message>
        <source>are IP addresses</source>
        <translation>sont des adresses IP</translation>
    </message>
    <message>
        <source>are valid phone numbers (libphonenumber)</source>
        <translation>sont des numéros de téléphone valides (libphonenumber)</translation>
    </message>
    <message>
        <source>contain a common given name or surname</source>
        <translation>contiennent un prénom ou un nom de famille courant</translation>
    </message>
    <message>
        <source>are free text containing %1</source>
        <translation>sont du texte libre contenant %1</translation>
    </message>
    <message>
        <source>are dates (years %1 to %2)</source>
        <translation>sont des dates (années %1 à %2)</translation>
    </message>
    <message>
        <source>the spread of years fits birth dates</source>
        <translation>l&apos;étendue des années correspond à des dates de naissance</translation>
    </message>
    <message>
        <source>values between %1 and %2</source>
        <translation>valeurs entre %1 et %2</translation>
    </message>
    <message>
        <source>are sex or gender values</source>
        <translation>sont des valeurs de sexe ou de genre</translation>
    </message>
    <message>
        <source>are postcodes</source>
        <translation>sont des codes postaux</translation>
    </message>
    <message>
        <source>match a UK, DE, US, FR or NL postcode format</source>
        <translation>correspondent à un format de code postal britannique, allemand, américain, français ou néerlandais</translation>
    </message>
    <message>
        <source>are countries or nationalities</source>
        <translation>sont des pays ou des nationalités</translation>
    </message>
    <message>
        <source>are words of this category (%1)</source>
        <translation>sont des mots de cette catégorie (%1)</translation>
    </message>
    <message>
        <source>%1% of the values are distinct (%2 values)</source>
        <translation>%1 % des valeurs sont distinctes (%2 valeurs)</translation>
    </message>
    <message>
        <source>Person name</source>
        <translation>Nom de personne</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>IBAN (bank account)</source>
        <translation>IBAN (compte bancaire)</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Numéro de carte de paiement</translation>
    </message>
    <message>
        <source>US Social Security number</source>
        <translation>Numéro de sécurité sociale américain</translation>
    </message>
    <message>
        <source>UK NHS number</source>
        <translation>Numéro NHS britannique</translation>
    </message>
    <message>
        <source>German tax ID (Steuer-ID)</source>
        <translation>Identifiant fiscal allemand (Steuer-ID)</translation>
    </message>
    <message>
        <source>French social security number (NIR)</source>
        <translation>Numéro de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <source>Dutch citizen service number (BSN)</source>
        <translation>Numéro de service citoyen néerlandais (BSN)</translation>
    </message>
    <message>
        <source>Polish PESEL</source>
        <translation>PESEL polonais</translation>
    </message>
    <message>
        <source>Near-unique record number</source>
        <translation>Numéro d&apos;enregistrement quasi unique</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Free text with identifiers</source>
        <translation>Texte libre avec identifiants</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Date (possibly a birth date)</source>
        <translation>Date (peut-être une date de naissance)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation>Sexe ou genre</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Nationality or country</source>
        <translation>Nationalité ou pays</translation>
    </message>
    <message>
        <source>Health data (GDPR Art 9)</source>
        <translation>Données de santé (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Racial or ethnic origin (GDPR Art 9)</source>
        <translation>Origine raciale ou ethnique (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs (GDPR Art 9)</source>
        <translation>Convictions religieuses ou philosophiques (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation (GDPR Art 9)</source>
        <translation>Vie sexuelle ou orientation sexuelle (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Biometric data (GDPR Art 9)</source>
        <translation>Données biométriques (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Trade union membership (GDPR Art 9)</source>
        <translation>Appartenance syndicale (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Political opinions (GDPR Art 9)</source>
        <translation>Opinions politiques (art. 9 RGPD)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (GDPR Art 10)</source>
        <translation>Condamnations pénales et infractions (art. 10 RGPD)</translation>
    </message>
    <message>
        <source>identifier (leave out of the model)</source>
        <translation>identifiant (à exclure du modèle)</translation>
    </message>
    <message>
        <source>quasi-identifier</source>
        <translation>quasi-identifiant</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>no personal data found</source>
        <translation>aucune donnée personnelle trouvée</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::PopulationUniqueness</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::ReidentificationRisk</name>
    <message>
        <source>Name at least one quasi-identifier (a column an attacker could link on).</source>
        <translation>Nommez au moins un quasi-identifiant (une colonne sur laquelle un attaquant pourrait relier).</translation>
    </message>
    <message>
        <source>The risk threshold must be above 0 and at most 1, got %1.</source>
        <translation>Le seuil de risque doit être supérieur à 0 et au plus 1, reçu %1.</translation>
    </message>
    <message>
        <source>The c of recursive (c,l)-diversity must be positive.</source>
        <translation>Le c de la (c,l)-diversité récursive doit être positif.</translation>
    </message>
    <message>
        <source>The table has no rows.</source>
        <translation>Le tableau n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>The table has too many rows (%1).</source>
        <translation>Le tableau a trop de lignes (%1).</translation>
    </message>
    <message>
        <source>The population size (%1) must be a number at least as large as the table (%2 rows).</source>
        <translation>La taille de la population (%1) doit être un nombre au moins aussi grand que le tableau (%2 lignes).</translation>
    </message>
    <message>
        <source>There is no column &apos;%1&apos;; the columns are: %2.</source>
        <translation>Il n&apos;y a pas de colonne &apos;%1&apos; ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; cannot be both a quasi-identifier and sensitive.</source>
        <translation>La colonne &apos;%1&apos; ne peut pas être à la fois quasi-identifiante et sensible.</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::SpdxLicences</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>an exception must follow WITH</source>
        <translation>une exception doit suivre WITH</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exception of the SPDX list</source>
        <translation>&apos;%1&apos; n’est pas une exception de la liste SPDX</translation>
    </message>
    <message>
        <source>the expression ends where a licence is expected</source>
        <translation>l’expression se termine là où une licence est attendue</translation>
    </message>
    <message>
        <source>a &apos;(&apos; is not closed</source>
        <translation>une &apos;(&apos; n’est pas fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; where a licence is expected</source>
        <translation>&apos;%1&apos; là où une licence est attendue</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation>&apos;)&apos; inattendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the SPDX licence list shipped with PrivAudit (%2); write a licence outside the list as LicenseRef-name</source>
        <translation>&apos;%1&apos; ne figure pas dans la liste de licences SPDX fournie avec PrivAudit (%2) ; écrivez une licence hors de la liste sous la forme LicenseRef-nom</translation>
    </message>
    <message>
        <source>write the operator &apos;%1&apos; in capitals</source>
        <translation>écrivez l’opérateur &apos;%1&apos; en majuscules</translation>
    </message>
    <message>
        <source>no licence given</source>
        <translation>aucune licence indiquée</translation>
    </message>
    <message>
        <source>the SPDX licence list is missing from this build</source>
        <translation>la liste de licences SPDX manque dans cette compilation</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::DataRiskLink</name>
    <message>
        <source>The share of most exposed members must be above 0 and at most 1, got %1.</source>
        <translation>La part des membres les plus exposés doit être supérieure à 0 et au plus 1, reçu %1.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference run: its records have no membership exposure to compare with the data&apos;s risk.</source>
        <translation>L’exécution %1 n’est pas une inférence d’appartenance : ses enregistrements n’ont pas d’exposition d’appartenance à comparer au risque des données.</translation>
    </message>
    <message>
        <source>Run %1 has no stored results.</source>
        <translation>L’exécution %1 n’a aucun résultat enregistré.</translation>
    </message>
    <message>
        <source>Run %1 has no attack &apos;%2&apos;; it has: %3.</source>
        <translation>L’exécution %1 n’a pas d’attaque &apos;%2&apos; ; elle a : %3.</translation>
    </message>
    <message>
        <source>The PII scan suggests no quasi-identifiers in the data of run %1; name them.</source>
        <translation>L’analyse PII ne suggère aucun quasi-identifiant dans les données de l’exécution %1 ; nommez-les.</translation>
    </message>
    <message>
        <source>Run %1&apos;s scores name row %2, which the data does not have.</source>
        <translation>Les scores de l’exécution %1 nomment la ligne %2, que les données n’ont pas.</translation>
    </message>
    <message>
        <source>Run %1 scored no members.</source>
        <translation>L’exécution %1 n’a noté aucun membre.</translation>
    </message>
    <message>
        <source>Of the %1 members of run %2, the %3 most exposed to %4 (AUC %5) were compared with the %6 at re-identification risk above %7 over %8.</source>
        <translation>Des %1 membres de l’exécution %2, les %3 les plus exposés à %4 (AUC %5) ont été comparés aux %6 dont le risque de réidentification dépasse %7 sur %8.</translation>
    </message>
    <message>
        <source>None of the most exposed members is at high re-identification risk.</source>
        <translation>Aucun des membres les plus exposés n’est à risque de réidentification élevé.</translation>
    </message>
    <message>
        <source>%1 records are both, against %2 expected by chance (p = %3): high-risk records are over-represented among the most exposed. The model may reveal that a person whom an attacker can single out in the data was in its training set.</source>
        <translation>%1 enregistrements sont les deux, contre %2 attendus par hasard (p = %3) : les enregistrements à risque élevé sont surreprésentés parmi les plus exposés. Le modèle peut révéler qu’une personne qu’un attaquant peut isoler dans les données faisait partie de son jeu d’entraînement.</translation>
    </message>
    <message>
        <source>%1 records are both, about what chance gives (%2 expected, p = %3); each of them is still a person an attacker can single out and whose membership the model exposes.</source>
        <translation>%1 enregistrements sont les deux, à peu près ce que donne le hasard (%2 attendus, p = %3) ; chacun reste une personne qu’un attaquant peut isoler et dont le modèle expose l’appartenance.</translation>
    </message>
    <message>
        <source>%1 of the most exposed members have a copy elsewhere in the data (%2 members in all): a copy among the non-members makes the attack look weaker than it is, a copy among the members makes the record more memorised.</source>
        <translation>%1 des membres les plus exposés ont une copie ailleurs dans les données (%2 membres en tout) : une copie parmi les non-membres fait paraître l’attaque plus faible qu’elle n’est, une copie parmi les membres fait davantage mémoriser l’enregistrement.</translation>
    </message>
    <message>
        <source>The attack is close to chance on this run (AUC %1): its &apos;most exposed&apos; records are mostly noise, so the overlap says little.</source>
        <translation>L’attaque est proche du hasard sur cette exécution (AUC %1) : ses enregistrements « les plus exposés » sont surtout du bruit, le recouvrement dit donc peu.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::FamilySubgroups</name>
    <message>
        <source>Run %1 is neither an attribute-inference nor a reconstruction run.</source>
        <translation>L&apos;exécution %1 n&apos;est ni une inférence d&apos;attribut ni une reconstruction.</translation>
    </message>
    <message>
        <source>Run %1 has no stored imputation baseline or no attack.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de référence d&apos;imputation enregistrée ou pas d&apos;attaque.</translation>
    </message>
    <message>
        <source>Run %1&apos;s attacks were scored on different candidates.</source>
        <translation>Les attaques de l&apos;exécution %1 ont été évaluées sur des candidats différents.</translation>
    </message>
    <message>
        <source>Informed reconstruction</source>
        <translation>Reconstruction informée</translation>
    </message>
    <message>
        <source>%1 (%2, 95% CI %3 to %4)</source>
        <translation>%1 (%2, IC à 95 % de %3 à %4)</translation>
    </message>
    <message>
        <source>%1: the risk concentrates in %2 = %3: its advantage over the baseline lies above the whole run&apos;s %4 even allowing for the %5 groups compared.</source>
        <translation>%1 : le risque se concentre dans %2 = %3 : son avantage sur la référence dépasse celui de l&apos;exécution entière (%4), même en tenant compte des %5 groupes comparés.</translation>
    </message>
    <message>
        <source>%1: the risk concentrates in %2 = %3: its individual leakage lies above the whole run&apos;s %4 even allowing for the %5 groups compared.</source>
        <translation>%1 : le risque se concentre dans %2 = %3 : sa fuite individuelle dépasse celle de l&apos;exécution entière (%4), même en tenant compte des %5 groupes comparés.</translation>
    </message>
    <message>
        <source>%1: no group of %2 with at least %3 reconstructed rows has an advantage clearly above the whole run&apos;s %4 (allowing for the %5 groups compared); the risk is not shown to concentrate in one of them, which is not proof that it does not.</source>
        <translation>%1 : aucun groupe de %2 d&apos;au moins %3 lignes reconstruites n&apos;a un avantage nettement supérieur à celui de l&apos;exécution entière (%4, en tenant compte des %5 groupes comparés) ; il n&apos;est pas montré que le risque se concentre dans l&apos;un d&apos;eux, ce qui ne prouve pas le contraire.</translation>
    </message>
    <message>
        <source>%1: no group of %2 with at least %3 members and non-members has an individual leakage clearly above the whole run&apos;s %4 (allowing for the %5 groups compared); the risk is not shown to concentrate in one of them, which is not proof that it does not.</source>
        <translation>%1 : aucun groupe de %2 d&apos;au moins %3 membres et non-membres n&apos;a une fuite individuelle nettement supérieure à celle de l&apos;exécution entière (%4, en tenant compte des %5 groupes comparés) ; il n&apos;est pas montré que le risque se concentre dans l&apos;un d&apos;eux, ce qui ne prouve pas le contraire.</translation>
    </message>
    <message>
        <source>%1: groups too small to read (fewer than %2), indicative only: %3.</source>
        <translation>%1 : groupes trop petits pour être lus (moins de %2), à titre indicatif seulement : %3.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::JobExecutor</name>
    <message>
        <source>Loading the data</source>
        <translation>Chargement des données</translation>
    </message>
    <message>
        <source>The predictions file &apos;%1&apos; has no &apos;member&apos; column, so there is no ground truth to measure an attack against.</source>
        <translation>Le fichier de prédictions « %1 » n&apos;a pas de colonne « member » : il n&apos;y a pas de vérité de terrain pour mesurer une attaque.</translation>
    </message>
    <message>
        <source>The spec names no label column (dataset.label).</source>
        <translation>La spécification ne nomme aucune colonne d&apos;étiquette (dataset.label).</translation>
    </message>
    <message>
        <source>Splitting the data</source>
        <translation>Partition des données</translation>
    </message>
    <message>
        <source>Statistics for %1</source>
        <translation>Statistiques pour %1</translation>
    </message>
    <message>
        <source>Saving the results</source>
        <translation>Enregistrement des résultats</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled by the user after %1 s.</source>
        <translation>Annulée par l&apos;utilisateur après %1 s.</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>La tâche a échoué : %1</translation>
    </message>
    <message>
        <source>The declared encoder does not fit this data: %1.</source>
        <translation>L&apos;encodeur déclaré ne correspond pas à ces données : %1.</translation>
    </message>
    <message>
        <source>None of the requested attacks can run on a predictions file; use %1.</source>
        <translation>Aucune des attaques demandées ne peut s&apos;exécuter sur un fichier de prédictions ; utilisez %1.</translation>
    </message>
    <message>
        <source>A job of kind &apos;%1&apos; cannot run from a spec.</source>
        <translation>Une tâche de type « %1 » ne peut pas s&apos;exécuter à partir d&apos;une spécification.</translation>
    </message>
    <message>
        <source>Training with canaries: epoch %1 of %2</source>
        <translation>Entraînement avec canaris : époque %1 sur %2</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::JobSpec</name>
    <message>
        <source>%1: unknown key &apos;%2&apos; (allowed: %3)</source>
        <translation>%1 : clé inconnue « %2 » (autorisées : %3)</translation>
    </message>
    <message>
        <source>%1.%2 must be an object</source>
        <translation>%1.%2 doit être un objet</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.%2 must be a finite number</source>
        <translation>%1.%2 doit être un nombre fini</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4</source>
        <translation>%1.%2 doit être un entier de %3 à %4</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false</source>
        <translation>%1.%2 doit être true ou false</translation>
    </message>
    <message>
        <source>Job spec &apos;%1&apos;: %2</source>
        <translation>Spécification de tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a job spec must be a JSON object</source>
        <translation>une spécification de tâche doit être un objet JSON</translation>
    </message>
    <message>
        <source>&apos;schema_version&apos; is missing (this version writes %1)</source>
        <translation>« schema_version » manque (cette version écrit %1)</translation>
    </message>
    <message>
        <source>&apos;schema_version&apos; must be a positive whole number</source>
        <translation>« schema_version » doit être un entier positif</translation>
    </message>
    <message>
        <source>the spec has schema_version %1, written by a newer PrivAudit; this version reads up to %2</source>
        <translation>la spécification a schema_version %1, écrite par une version plus récente de PrivAudit ; cette version lit jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>target.kind must be train, torchscript or predictions, got &apos;%1&apos;</source>
        <translation>target.kind doit être train, torchscript ou predictions, reçu « %1 »</translation>
    </message>
    <message>
        <source>target.path is required for a %1 target</source>
        <translation>target.path est obligatoire pour une cible %1</translation>
    </message>
    <message>
        <source>target.optimizer must be adam or sgd, got &apos;%1&apos;</source>
        <translation>target.optimizer doit être adam ou sgd, reçu « %1 »</translation>
    </message>
    <message>
        <source>target.dp needs exactly one of noise_multiplier and target_epsilon</source>
        <translation>target.dp exige exactement un de noise_multiplier et target_epsilon</translation>
    </message>
    <message>
        <source>attacks.names must be a non-empty list of attack names</source>
        <translation>attacks.names doit être une liste non vide de noms d&apos;attaques</translation>
    </message>
    <message>
        <source>attacks.names: unknown attack &apos;%1&apos;; available: %2</source>
        <translation>attacks.names : attaque inconnue « %1 » ; disponibles : %2</translation>
    </message>
    <message>
        <source>dataset.source is required</source>
        <translation>dataset.source est obligatoire</translation>
    </message>
    <message>
        <source>Membership inference, %1</source>
        <translation>Inférence d&apos;appartenance, %1</translation>
    </message>
    <message>
        <source>dataset.roles.%1 must be feature, sensitive, identifier or ignored, got &apos;%2&apos;</source>
        <translation>dataset.roles.%1 doit être feature, sensitive, identifier ou ignored, reçu « %2 »</translation>
    </message>
    <message>
        <source>%1 must be an object such as {&quot;type&quot;: &quot;categorical&quot;, &quot;role&quot;: &quot;label&quot;}</source>
        <translation>%1 doit être un objet tel que {&quot;type&quot;: &quot;categorical&quot;, &quot;role&quot;: &quot;label&quot;}</translation>
    </message>
    <message>
        <source>%1.type must be categorical, numeric or boolean, got &apos;%2&apos;</source>
        <translation>%1.type doit être categorical, numeric ou boolean, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.role is label, but dataset.label names &apos;%2&apos;</source>
        <translation>%1.role vaut label, mais dataset.label désigne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.role must be label, feature, sensitive, identifier or ignored, got &apos;%2&apos;</source>
        <translation>%1.role doit être label, feature, sensitive, identifier ou ignored, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>dataset.max_distinct_ratio must be above 0 and at most 1</source>
        <translation>dataset.max_distinct_ratio doit être supérieur à 0 et au plus 1</translation>
    </message>
    <message>
        <source>Not run: %1, because %2.</source>
        <translation>Non exécutée : %1, car %2.</translation>
    </message>
    <message>
        <source>dataset.encoder: &apos;%1&apos; is not a JSON object</source>
        <translation>dataset.encoder : &apos;%1&apos; n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>dataset.encoder must be an encoder.json object or the path of one</source>
        <translation>dataset.encoder doit être un objet encoder.json ou le chemin d&apos;un tel fichier</translation>
    </message>
    <message>
        <source>Cannot read the job spec: %1</source>
        <translation>Impossible de lire la spécification de tâche : %1</translation>
    </message>
    <message>
        <source>audit.guesses (%1) cannot exceed audit.canaries (%2)</source>
        <translation>audit.guesses (%1) ne peut pas dépasser audit.canaries (%2)</translation>
    </message>
    <message>
        <source>audit.confidence must be above 0.5 and below 1, got %1</source>
        <translation>audit.confidence doit être supérieur à 0,5 et inférieur à 1, reçu %1</translation>
    </message>
    <message>
        <source>a one-run audit trains its own target with the canaries: target.kind must be train</source>
        <translation>un audit en une exécution entraîne sa propre cible avec les canaris : target.kind doit être train</translation>
    </message>
    <message>
        <source>One-run audit, %1 canaries</source>
        <translation>Audit en une exécution, %1 canaris</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon must be a positive number, got %1</source>
        <translation>dataset.encoder_epsilon doit être un nombre positif, reçu %1</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon applies to a DP target that PrivAudit trains (target.kind &quot;train&quot; with target.dp)</source>
        <translation>dataset.encoder_epsilon s&apos;applique à un modèle cible DP que PrivAudit entraîne (target.kind &quot;train&quot; avec target.dp)</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon and dataset.encoder exclude each other: a declared encoder is used as given</source>
        <translation>dataset.encoder_epsilon et dataset.encoder s&apos;excluent : un encodeur déclaré est utilisé tel quel</translation>
    </message>
    <message>
        <source>a one-run audit measures DP-SGD alone: leave out dataset.encoder_epsilon (its encoder is fitted outside the training rows)</source>
        <translation>un audit en une exécution mesure DP-SGD seul : omettez dataset.encoder_epsilon (son encodeur est ajusté hors des lignes d&apos;entraînement)</translation>
    </message>
    <message>
        <source>spec.kind must be one of %1, got &apos;%2&apos;</source>
        <translation>spec.kind doit être l&apos;un de %1, reçu « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to a spec of kind %2, not %3</source>
        <translation>« %1 » appartient à une spécification de type %2, pas %3</translation>
    </message>
    <message>
        <source>attribute.attacks must be a list of attack names</source>
        <translation>attribute.attacks doit être une liste de noms d&apos;attaques</translation>
    </message>
    <message>
        <source>attribute.attacks: unknown attack &apos;%1&apos;; available: %2</source>
        <translation>attribute.attacks : attaque inconnue « %1 » ; disponibles : %2</translation>
    </message>
    <message>
        <source>attribute.tolerance must be at least 0 and below 10, got %1</source>
        <translation>attribute.tolerance doit être au moins 0 et inférieur à 10, reçu %1</translation>
    </message>
    <message>
        <source>attribute.reference_models must be at least 1 for mia-based</source>
        <translation>attribute.reference_models doit être au moins 1 pour mia-based</translation>
    </message>
    <message>
        <source>Attribute inference of %1</source>
        <translation>Inférence d&apos;attribut de %1</translation>
    </message>
    <message>
        <source>canary.repetitions must be a list of whole numbers</source>
        <translation>canary.repetitions doit être une liste d&apos;entiers</translation>
    </message>
    <message>
        <source>canary.repetitions: each must be a whole number from 1 to 10000</source>
        <translation>canary.repetitions : chacune doit être un entier de 1 à 10000</translation>
    </message>
    <message>
        <source>canary.label must be &quot;flipped&quot; or &quot;random&quot;, got &quot;%1&quot;</source>
        <translation>canary.label doit être &quot;flipped&quot; ou &quot;random&quot;, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Canary exposure (repetitions %1)</source>
        <translation>Exposition des canaris (répétitions %1)</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>reconstruction.l2 must be positive (the closed form needs a strictly convex objective), got %1</source>
        <translation>reconstruction.l2 doit être positif (la forme close exige un objectif strictement convexe), reçu %1</translation>
    </message>
    <message>
        <source>reconstruction.tolerance must be positive, got %1</source>
        <translation>reconstruction.tolerance doit être positif, reçu %1</translation>
    </message>
    <message>
        <source>reconstruction needs %1 member rows (known_rows %2 plus targets %3); dataset.member_rows is %4</source>
        <translation>reconstruction a besoin de %1 lignes membres (known_rows %2 plus targets %3) ; dataset.member_rows vaut %4</translation>
    </message>
    <message>
        <source>Informed reconstruction (%1 rows)</source>
        <translation>Reconstruction informée (%1 lignes)</translation>
    </message>
    <message>
        <source>Training the target</source>
        <translation>Entraînement du modèle cible</translation>
    </message>
    <message>
        <source>Inverting the model</source>
        <translation>Inversion du modèle</translation>
    </message>
    <message>
        <source>mi_face.confidence must lie strictly between 0 and 1, got %1</source>
        <translation>mi_face.confidence doit être strictement entre 0 et 1, reçu %1</translation>
    </message>
    <message>
        <source>mi_face.step_size must be positive, got %1</source>
        <translation>mi_face.step_size doit être positif, reçu %1</translation>
    </message>
    <message>
        <source>mi_face.tolerance must be positive, got %1</source>
        <translation>mi_face.tolerance doit être positive, reçu %1</translation>
    </message>
    <message>
        <source>MI-Face inversion (%1 starts per class)</source>
        <translation>Inversion MI-Face (%1 départs par classe)</translation>
    </message>
    <message>
        <source>attribute inference queries the target with every candidate value: target.kind must be train or torchscript, not predictions</source>
        <translation>l&apos;inférence d&apos;attribut interroge le modèle cible avec chaque valeur candidate : target.kind doit être train ou torchscript, pas predictions</translation>
    </message>
    <message>
        <source>canary exposure inserts canaries into the training data and retrains: target.kind must be train</source>
        <translation>l&apos;exposition des canaris insère des canaris dans les données d&apos;entraînement et réentraîne : target.kind doit être train</translation>
    </message>
    <message>
        <source>canary.repetitions needs at least one repetition count</source>
        <translation>canary.repetitions demande au moins un nombre de répétitions</translation>
    </message>
    <message>
        <source>MI-Face needs the model&apos;s gradients and compares its representatives with the rows it was trained on: target.kind must be train</source>
        <translation>MI-Face a besoin des gradients du modèle et compare ses représentants aux lignes sur lesquelles il a été entraîné : target.kind doit être train</translation>
    </message>
    <message>
        <source>informed reconstruction retrains the recipe once per reconstructed row: target.kind must be train</source>
        <translation>la reconstruction informée réentraîne la recette pour chaque ligne reconstruite : target.kind doit être train</translation>
    </message>
    <message>
        <source>target.model %1: %2</source>
        <translation>target.model %1 : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::RunComparison</name>
    <message>
        <source>A comparison needs at least two runs.</source>
        <translation>Une comparaison nécessite au moins deux exécutions.</translation>
    </message>
    <message>
        <source>Run %1 is named twice.</source>
        <translation>L&apos;exécution %1 est citée deux fois.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference run; the comparison sets membership runs side by side.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution d&apos;inférence d&apos;appartenance ; la comparaison met côte à côte des exécutions d&apos;appartenance.</translation>
    </message>
    <message>
        <source>Run %1 did not complete.</source>
        <translation>L&apos;exécution %1 ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>The runs share no attack: there is nothing to compare directly.</source>
        <translation>Les exécutions n&apos;ont aucune attaque en commun : rien à comparer directement.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3), TPR at 1% FPR %4 (%5 to %6)</source>
        <translation>AUC %1 (IC 95 % %2 à %3), TPR à 1 % de FPR %4 (%5 à %6)</translation>
    </message>
    <message>
        <source>%1: run %2 is less exposed than run %3 (its AUC is lower): %4.</source>
        <translation>%1 : l&apos;exécution %2 est moins exposée que l&apos;exécution %3 (son AUC est plus basse) : %4.</translation>
    </message>
    <message>
        <source>%1: run %2 is more exposed than run %3 (its AUC is higher): %4.</source>
        <translation>%1 : l&apos;exécution %2 est plus exposée que l&apos;exécution %3 (son AUC est plus haute) : %4.</translation>
    </message>
    <message>
        <source>%1: runs %2 and %3 cannot be told apart in AUC: %4; the interval includes no difference.</source>
        <translation>%1 : les exécutions %2 et %3 ne se distinguent pas en AUC : %4 ; l&apos;intervalle inclut l&apos;absence de différence.</translation>
    </message>
    <message>
        <source>Runs %1 and %2 were measured on different data or different numbers of candidates: their difference is one of populations as well as of models.</source>
        <translation>Les exécutions %1 et %2 ont été mesurées sur des données différentes ou avec des nombres de candidats différents : leur écart tient aux populations autant qu&apos;aux modèles.</translation>
    </message>
    <message>
        <source>Runs %1 and %2 scored the same candidates: the intervals of their differences come from a paired bootstrap over them (%3 resamples).</source>
        <translation>Les exécutions %1 et %2 ont évalué les mêmes candidats : les intervalles de leurs écarts viennent d&apos;un bootstrap apparié sur ceux-ci (%3 rééchantillonnages).</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::SubgroupAnalysis</name>
    <message>
        <source>--bands must be between 2 and 20, got %1</source>
        <translation>--bands doit être compris entre 2 et 20, reçu %1</translation>
    </message>
    <message>
        <source>Run %1 did not complete.</source>
        <translation>L&apos;exécution %1 ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Run %1&apos;s stored spec cannot be read: %2</source>
        <translation>La spécification enregistrée de l&apos;exécution %1 est illisible : %2</translation>
    </message>
    <message>
        <source>Run %1 read a predictions file: its rows are not rows of a dataset, so they have no column to split by.</source>
        <translation>L&apos;exécution %1 a lu un fichier de prédictions : ses lignes ne sont pas celles d&apos;un jeu de données et n&apos;ont donc pas de colonne selon laquelle répartir.</translation>
    </message>
    <message>
        <source>The data of run %1 (&apos;%2&apos;) cannot be read: %3</source>
        <translation>Les données de l&apos;exécution %1 (&apos;%2&apos;) sont illisibles : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer the data run %2 read (its fingerprint changed): its rows cannot be matched to the stored scores.</source>
        <translation>&apos;%1&apos; n&apos;est plus la donnée lue par l&apos;exécution %2 (son empreinte a changé) : ses lignes ne peuvent pas être associées aux scores enregistrés.</translation>
    </message>
    <message>
        <source>The data has no column &apos;%1&apos;; columns: %2</source>
        <translation>Les données n&apos;ont pas de colonne &apos;%1&apos; ; colonnes : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the label: split by a feature, a sensitive or a protected column.</source>
        <translation>&apos;%1&apos; est l&apos;étiquette : répartissez selon une caractéristique, une colonne sensible ou protégée.</translation>
    </message>
    <message>
        <source>Run %1 has no stored results.</source>
        <translation>L&apos;exécution %1 n&apos;a aucun résultat enregistré.</translation>
    </message>
    <message>
        <source>Run %1&apos;s scores name row %2, which the data does not have.</source>
        <translation>Les scores de l&apos;exécution %1 citent la ligne %2, que les données n&apos;ont pas.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>(other values)</source>
        <translation>(autres valeurs)</translation>
    </message>
    <message>
        <source>%1 (AUC %2, 95% CI %3 to %4)</source>
        <translation>%1 (AUC %2, IC 95 % %3 à %4)</translation>
    </message>
    <message>
        <source>%1: the risk concentrates in %2 = %3: its AUC lies above the whole run&apos;s AUC %4 even allowing for the %5 groups compared.</source>
        <translation>%1 : le risque se concentre dans %2 = %3 : son AUC dépasse l&apos;AUC %4 de l&apos;exécution entière, même en tenant compte des %5 groupes comparés.</translation>
    </message>
    <message>
        <source>%1: no group of %2 with at least %3 members and non-members has an AUC clearly above the whole run&apos;s AUC %4 (allowing for the %5 groups compared); the risk is not shown to concentrate in one of them, which is not proof that it does not.</source>
        <translation>%1 : aucun groupe de %2 avec au moins %3 membres et non-membres n&apos;a une AUC nettement au-dessus de l&apos;AUC %4 de l&apos;exécution entière (compte tenu des %5 groupes comparés) ; une concentration du risque dans l&apos;un d&apos;eux n&apos;est pas montrée, ce qui ne prouve pas qu&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>%1: groups with fewer than %2 members or non-members, whose figures are indicative only: %3.</source>
        <translation>%1 : groupes de moins de %2 membres ou non-membres, dont les chiffres ne sont qu&apos;indicatifs : %3.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference, attribute-inference or reconstruction run; subgroups are computed from such a run&apos;s per-record results.</source>
        <translation>L&apos;exécution %1 n&apos;est ni une inférence d&apos;appartenance, ni une inférence d&apos;attribut, ni une reconstruction ; les sous-groupes se calculent à partir des résultats par enregistrement d&apos;une telle exécution.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference run.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution d&apos;inférence d&apos;appartenance.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::Sweep</name>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Point %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Point epsilon %1, repeat %2: %3</source>
        <translation>Point epsilon %1, répétition %2 : %3</translation>
    </message>
    <message>
        <source>Sweep cancelled after %1 of %2 points; run it again to finish the rest.</source>
        <translation>Balayage annulé après %1 points sur %2 ; le relancer pour terminer le reste.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::SweepSpec</name>
    <message>
        <source>Sweep spec &apos;%1&apos;: %2</source>
        <translation>Spécification de balayage « %1 » : %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a sweep spec needs a &apos;sweep&apos; object with &apos;epsilons&apos;</source>
        <translation>une spécification de balayage exige un objet « sweep » avec « epsilons »</translation>
    </message>
    <message>
        <source>sweep: unknown key &apos;%1&apos; (allowed: epsilons, repeats)</source>
        <translation>sweep : clé inconnue « %1 » (autorisées : epsilons, repeats)</translation>
    </message>
    <message>
        <source>a sweep trains its targets: target.kind must be train</source>
        <translation>un balayage entraîne ses modèles cibles : target.kind doit être train</translation>
    </message>
    <message>
        <source>sweep.epsilons must be a non-empty list of positive numbers or &quot;inf&quot;</source>
        <translation>sweep.epsilons doit être une liste non vide de nombres positifs ou « inf »</translation>
    </message>
    <message>
        <source>sweep.epsilons: %1 is not a positive number or &quot;inf&quot;</source>
        <translation>sweep.epsilons : %1 n&apos;est ni un nombre positif ni « inf »</translation>
    </message>
    <message>
        <source>sweep.repeats must be a whole number from 1 to 100</source>
        <translation>sweep.repeats doit être un entier de 1 à 100</translation>
    </message>
    <message>
        <source>Privacy-utility sweep</source>
        <translation>Balayage confidentialité–utilité</translation>
    </message>
    <message>
        <source>%1: epsilon %2, repeat %3</source>
        <translation>%1 : epsilon %2, répétition %3</translation>
    </message>
    <message>
        <source>Cannot read the sweep spec: %1</source>
        <translation>Impossible de lire la spécification de balayage : %1</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon must be a positive number, and cannot go with dataset.encoder</source>
        <translation>dataset.encoder_epsilon doit être un nombre positif et ne peut aller avec dataset.encoder</translation>
    </message>
    <message>
        <source>sweep.epsilons: %1 is not above dataset.encoder_epsilon (%2), which the encoder&apos;s DP estimates spend before training</source>
        <translation>sweep.epsilons : %1 n&apos;est pas supérieur à dataset.encoder_epsilon (%2), que les estimations DP de l&apos;encodeur dépensent avant l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>privaudit::metrics::MembershipMetrics</name>
    <message>
        <source>Only %1 non-members: a TPR at %2% FPR cannot be certified (at least %3 are needed even with no false positive); treat it as indicative.</source>
        <translation>Seulement %1 non-membres : un TPR à %2 % de FPR ne peut pas être certifié (il en faut au moins %3, même sans faux positif) ; à considérer comme indicatif.</translation>
    </message>
    <message>
        <source>Only %1 non-members: the TPR at %2% FPR rests on fewer than 10 expected false positives (%3 non-members recommended).</source>
        <translation>Seulement %1 non-membres : le TPR à %2 % de FPR repose sur moins de 10 faux positifs attendus (%3 non-membres recommandés).</translation>
    </message>
    <message>
        <source>The advantage %1 is not significantly above chance (one-sided Kolmogorov-Smirnov p = %2): random scores of this many records reach it too.</source>
        <translation>L&apos;avantage %1 n&apos;est pas significativement supérieur au hasard (Kolmogorov-Smirnov unilatéral, p = %2) : des scores aléatoires sur autant d&apos;enregistrements l&apos;atteignent aussi.</translation>
    </message>
    <message>
        <source>%1 of %2 scores are not numbers (the model&apos;s outputs were not finite); they were ranked as the least member-like.</source>
        <translation>%1 scores sur %2 ne sont pas des nombres (les sorties du modèle n&apos;étaient pas finies) ; ils ont été classés comme les moins susceptibles d&apos;être membres.</translation>
    </message>
</context>
<context>
    <name>privaudit::metrics::UtilityCheck</name>
    <message>
        <source>The target model is not clearly better than predicting the majority class (test accuracy %1 against a baseline of %2, one-sided binomial p = %3; task AUC %4). An attack on a model that learned nothing understates the risk of a useful model: these results are not evidence of low risk.</source>
        <translation>Le modèle cible n&apos;est pas nettement meilleur que la prédiction de la classe majoritaire (exactitude de test %1 contre une référence de %2, test binomial unilatéral p = %3 ; AUC de la tâche %4). Une attaque sur un modèle qui n&apos;a rien appris sous-estime le risque d&apos;un modèle utile : ces résultats ne prouvent pas un risque faible.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::Classifier</name>
    <message>
        <source>The model needs at least one input feature.</source>
        <translation>Le modèle a besoin d&apos;au moins une caractéristique d&apos;entrée.</translation>
    </message>
    <message>
        <source>The model needs at least two classes, got %1.</source>
        <translation>Le modèle a besoin d&apos;au moins deux classes, reçu %1.</translation>
    </message>
    <message>
        <source>There are no training rows, or features and labels differ in length.</source>
        <translation>Il n&apos;y a aucune ligne d&apos;entraînement, ou les caractéristiques et les cibles n&apos;ont pas la même longueur.</translation>
    </message>
    <message>
        <source>The features have %1 columns but the model expects %2.</source>
        <translation>Les caractéristiques ont %1 colonnes mais le modèle en attend %2.</translation>
    </message>
    <message>
        <source>The features contain NaN or infinite values.</source>
        <translation>Les caractéristiques contiennent des valeurs NaN ou infinies.</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>L&apos;entraînement a été annulé.</translation>
    </message>
    <message>
        <source>Could not save the model to &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer le modèle dans &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Could not serialise the model: %1</source>
        <translation>Impossible de sérialiser le modèle : %1</translation>
    </message>
    <message>
        <source>Training diverged in epoch %1: the model&apos;s weights are no longer finite numbers (learning rate %2%3). Use a smaller learning rate%4.</source>
        <translation>L&apos;entraînement a divergé à l&apos;époque %1 : les poids du modèle ne sont plus des nombres finis (taux d&apos;apprentissage %2%3). Utilisez un taux d&apos;apprentissage plus petit%4.</translation>
    </message>
    <message>
        <source>, noise multiplier %1</source>
        <translation>, multiplicateur de bruit %1</translation>
    </message>
    <message>
        <source> or less noise</source>
        <translation> ou moins de bruit</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ExternalModel</name>
    <message>
        <source>&apos;%1&apos; is not a TorchScript model (save it with torch.jit.save of a scripted or traced module): %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un modèle TorchScript (enregistrez-le avec torch.jit.save d&apos;un module scripté ou tracé) : %2</translation>
    </message>
    <message>
        <source>The encoder.json inside &apos;%1&apos; is not valid JSON: %2</source>
        <translation>Le fichier encoder.json dans &apos;%1&apos; n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The model returns outputs of shape [%1] for %2 inputs; expected %3 logits per row.</source>
        <translation>Le modèle renvoie des sorties de forme [%1] pour %2 entrées ; %3 logits par ligne étaient attendus.</translation>
    </message>
    <message>
        <source>The model does not accept inputs of width %1 (the dataset&apos;s encoding): %2</source>
        <translation>Le modèle n&apos;accepte pas d&apos;entrées de largeur %1 (l&apos;encodage du jeu de données) : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>The model&apos;s outputs are probabilities (every row lies in [0, 1] and sums to 1), not logits; PrivAudit reads their logarithms as logits, and a probability rounded to 0 or 1 loses the margin: give logits to measure the risk fully.</source>
        <translation>Les sorties du modèle sont des probabilités (chaque ligne est dans [0, 1] et somme à 1), pas des logits ; PrivAudit lit leurs logarithmes comme des logits, et une probabilité arrondie à 0 ou 1 perd la marge : fournissez des logits pour mesurer pleinement le risque.</translation>
    </message>
    <message>
        <source>Here %1 of %2 rows have a probability of exactly 0 or 1, so their scores tie.</source>
        <translation>Ici, %1 lignes sur %2 ont une probabilité d&apos;exactement 0 ou 1, leurs scores sont donc à égalité.</translation>
    </message>
    <message>
        <source>The model failed on a batch of %1 rows: %2</source>
        <translation>Le modèle a échoué sur un lot de %1 lignes : %2</translation>
    </message>
    <message>
        <source>The model returned outputs of shape [%1] for a batch of %2 rows; expected [%2, %3].</source>
        <translation>Le modèle a renvoyé des sorties de forme [%1] pour un lot de %2 lignes ; [%2, %3] était attendu.</translation>
    </message>
    <message>
        <source>The model returned %1 outputs; expected floating-point logits.</source>
        <translation>Le modèle a renvoyé des sorties de type %1 ; des logits à virgule flottante étaient attendus.</translation>
    </message>
    <message>
        <source>The model returned %1 NaN or infinite outputs for a batch of %2 rows.</source>
        <translation>Le modèle a renvoyé %1 sorties NaN ou infinies pour un lot de %2 lignes.</translation>
    </message>
    <message>
        <source>The model&apos;s outputs all lie in [0, 1] but their rows do not sum to 1 (off by up to %1): neither logits nor probabilities of one class each. Return logits.</source>
        <translation>Les sorties du modèle sont toutes dans [0, 1] mais leurs lignes ne somment pas à 1 (écart jusqu&apos;à %1) : ni des logits ni des probabilités d&apos;une classe chacune. Renvoyez des logits.</translation>
    </message>
    <message>
        <source>The model returned probabilities for its first batch and other values for a batch of %1 rows.</source>
        <translation>Le modèle a renvoyé des probabilités pour son premier lot et d&apos;autres valeurs pour un lot de %1 lignes.</translation>
    </message>
    <message>
        <source>The model file cannot be read: %1</source>
        <translation>Le fichier du modèle ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains operators that read or write files or reach other processes (%2): PrivAudit does not run it.</source>
        <translation>&apos;%1&apos; contient des opérateurs qui lisent ou écrivent des fichiers ou atteignent d&apos;autres processus (%2) : PrivAudit ne l&apos;exécute pas.</translation>
    </message>
    <message>
        <source>no file could be opened (Landlock ABI %1)</source>
        <translation>aucun fichier ne pouvait être ouvert (ABI Landlock %1)</translation>
    </message>
    <message>
        <source>opening files was refused by the system-call filter only (the kernel has no Landlock)</source>
        <translation>l&apos;ouverture de fichiers n&apos;était refusée que par le filtre d&apos;appels système (le noyau n&apos;a pas Landlock)</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>pas de réseau</translation>
    </message>
    <message>
        <source>no sockets, new processes, exec or debugging of other processes (seccomp)</source>
        <translation>ni sockets, ni nouveaux processus, ni exec, ni débogage d&apos;autres processus (seccomp)</translation>
    </message>
    <message>
        <source>at most %1 MiB of memory</source>
        <translation>au plus %1 Mio de mémoire</translation>
    </message>
    <message>
        <source>at most %1 s per call</source>
        <translation>au plus %1 s par appel</translation>
    </message>
    <message>
        <source>The model ran in a separate sandboxed process: %1. Not protected against: a model that computes wrong or deliberately misleading outputs, or that behaves differently outside the audit.</source>
        <translation>Le modèle s&apos;est exécuté dans un processus séparé et isolé : %1. Pas de protection contre : un modèle qui calcule des sorties fausses ou délibérément trompeuses, ou qui se comporte autrement hors de l&apos;audit.</translation>
    </message>
    <message>
        <source>The model printed %1 bytes; they were captured and not used.</source>
        <translation>Le modèle a affiché %1 octets ; ils ont été capturés et non utilisés.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ModelProcess</name>
    <message>
        <source>The model sandbox (privaudit-model-host) was not found at &apos;%1&apos;; reinstall PrivAudit. An external model is never run without it.</source>
        <translation>Le bac à sable des modèles (privaudit-model-host) est introuvable à &apos;%1&apos; ; réinstallez PrivAudit. Un modèle externe n&apos;est jamais exécuté sans lui.</translation>
    </message>
    <message>
        <source>The model sandbox could not be started: %1</source>
        <translation>Le bac à sable des modèles n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>au démarrage</translation>
    </message>
    <message>
        <source>The model sandbox could not be set up, so the model is not run: %1</source>
        <translation>Le bac à sable des modèles n&apos;a pas pu être mis en place, le modèle n&apos;est donc pas exécuté : %1</translation>
    </message>
    <message>
        <source>stopped answering</source>
        <translation>a cessé de répondre</translation>
    </message>
    <message>
        <source>ended with signal %1 (%2)</source>
        <translation>s&apos;est terminé par le signal %1 (%2)</translation>
    </message>
    <message>
        <source>ended with exit status %1</source>
        <translation>s&apos;est terminé avec le code de sortie %1</translation>
    </message>
    <message>
        <source>The model process is no longer running.</source>
        <translation>Le processus du modèle ne tourne plus.</translation>
    </message>
    <message>
        <source>The model did not answer within %1 s (%2) and was stopped.</source>
        <translation>Le modèle n&apos;a pas répondu en %1 s (%2) et a été arrêté.</translation>
    </message>
    <message>
        <source>Cancelled while the model was running (%1).</source>
        <translation>Annulé pendant l&apos;exécution du modèle (%1).</translation>
    </message>
    <message>
        <source>The model process could not be read: %1</source>
        <translation>Le processus du modèle n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The model process %1 (%2).</source>
        <translation>Le processus du modèle %1 (%2).</translation>
    </message>
    <message>
        <source>The model returned more data than its batch allows (%1 bytes, at most %2) and was stopped (%3).</source>
        <translation>Le modèle a renvoyé plus de données que son lot ne le permet (%1 octets, au plus %2) et a été arrêté (%3).</translation>
    </message>
    <message>
        <source>The model process answered out of turn (%1) and was stopped.</source>
        <translation>Le processus du modèle a répondu hors de son tour (%1) et a été arrêté.</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation>au chargement du modèle</translation>
    </message>
    <message>
        <source>The model process sent a malformed answer (loading the model).</source>
        <translation>Le processus du modèle a envoyé une réponse mal formée (au chargement du modèle).</translation>
    </message>
    <message>
        <source>a batch of %1 rows</source>
        <translation>un lot de %1 lignes</translation>
    </message>
    <message>
        <source>The model process sent a malformed answer (%1).</source>
        <translation>Le processus du modèle a envoyé une réponse mal formée (%1).</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ModelSpec</name>
    <message>
        <source>Unknown model &apos;%1&apos;: use logreg or mlp:WIDTH[,WIDTH...][:relu|tanh][:DROPOUT].</source>
        <translation>Modèle inconnu &apos;%1&apos; : utilisez logreg ou mlp:LARGEUR[,LARGEUR...][:relu|tanh][:DROPOUT].</translation>
    </message>
    <message>
        <source>Hidden layer width &apos;%1&apos; in &apos;%2&apos; must be a whole number from 1 to 65536.</source>
        <translation>La largeur de couche cachée &apos;%1&apos; dans &apos;%2&apos; doit être un entier de 1 à 65536.</translation>
    </message>
    <message>
        <source>The MLP &apos;%1&apos; has no hidden layer widths.</source>
        <translation>Le MLP &apos;%1&apos; n&apos;a pas de largeurs de couches cachées.</translation>
    </message>
    <message>
        <source>Unknown activation &apos;%1&apos;: use relu or tanh.</source>
        <translation>Activation inconnue &apos;%1&apos; : utilisez relu ou tanh.</translation>
    </message>
    <message>
        <source>Dropout &apos;%1&apos; must be in [0, 1).</source>
        <translation>Le dropout &apos;%1&apos; doit être dans [0, 1).</translation>
    </message>
</context>
<context>
    <name>privaudit::model::PredictionsFile</name>
    <message>
        <source>The predictions file has no label column &apos;%1&apos;; the columns are: %2.</source>
        <translation>Le fichier de prédictions n&apos;a pas de colonne cible &apos;%1&apos; ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of the predictions file is not numeric: every column other than the label and membership columns must hold a per-class score.</source>
        <translation>La colonne &apos;%1&apos; du fichier de prédictions n&apos;est pas numérique : chaque colonne autre que les colonnes cible et d&apos;appartenance doit contenir un score par classe.</translation>
    </message>
    <message>
        <source>The predictions file needs at least two score columns (one per class).</source>
        <translation>Le fichier de prédictions doit avoir au moins deux colonnes de scores (une par classe).</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos; of the predictions file is missing or not a finite number.</source>
        <translation>Ligne %1, colonne &apos;%2&apos; du fichier de prédictions : valeur manquante ou non finie.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has no label.</source>
        <translation>La ligne %1 du fichier de prédictions n&apos;a pas de cible.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has the label &apos;%2&apos;, which is neither a class index 0..%3 nor a score column name.</source>
        <translation>La ligne %1 du fichier de prédictions a la cible &apos;%2&apos;, qui n&apos;est ni un indice de classe 0..%3 ni un nom de colonne de scores.</translation>
    </message>
    <message>
        <source>Row %1, membership column &apos;%2&apos;: &apos;%3&apos; is not 1/0, true/false, yes/no or member/non-member.</source>
        <translation>Ligne %1, colonne d&apos;appartenance &apos;%2&apos; : &apos;%3&apos; n&apos;est pas 1/0, true/false, yes/no ou member/non-member.</translation>
    </message>
    <message>
        <source>Every score in the predictions file lies in [0, 1], but the rows do not sum to 1 (off by up to %1): give logits, or probabilities that sum to 1 per row.</source>
        <translation>Chaque score du fichier de prédictions est dans [0, 1], mais les lignes ne somment pas à 1 (écart jusqu&apos;à %1) : donnez des logits, ou des probabilités qui somment à 1 par ligne.</translation>
    </message>
    <message>
        <source>A score in the predictions file is beyond the float32 range (about 3.4e38).</source>
        <translation>Un score du fichier de prédictions dépasse la plage de float32 (environ 3,4e38).</translation>
    </message>
    <message>
        <source>The membership column &apos;%1&apos; marks every row as %2: an attack needs both members and non-members to be measured.</source>
        <translation>La colonne d&apos;appartenance &apos;%1&apos; marque chaque ligne comme %2 : mesurer une attaque demande des membres et des non-membres.</translation>
    </message>
    <message>
        <source>a non-member</source>
        <translation>non-membre</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>membre</translation>
    </message>
</context>
<context>
    <name>privaudit::model::TrainingConfig</name>
    <message>
        <source>The learning rate must be a positive number, got %1.</source>
        <translation>Le taux d&apos;apprentissage doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The number of epochs must be at least 1, got %1.</source>
        <translation>Le nombre d&apos;époques doit valoir au moins 1, reçu %1.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1, got %1.</source>
        <translation>La taille de lot doit valoir au moins 1, reçu %1.</translation>
    </message>
    <message>
        <source>The weight decay must not be negative, got %1.</source>
        <translation>La décroissance des poids ne doit pas être négative, reçu %1.</translation>
    </message>
    <message>
        <source>The clipping norm (max grad norm) must be a positive number, got %1.</source>
        <translation>La norme d&apos;écrêtage (max grad norm) doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>Delta must be in (0, 1), got %1.</source>
        <translation>Delta doit être dans (0, 1), reçu %1.</translation>
    </message>
    <message>
        <source>The target epsilon must be a positive number, got %1.</source>
        <translation>L&apos;epsilon cible doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The noise multiplier must not be negative, got %1.</source>
        <translation>Le multiplicateur de bruit ne doit pas être négatif, reçu %1.</translation>
    </message>
    <message>
        <source>The epsilon budget must be a positive number, got %1.</source>
        <translation>Le budget epsilon doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>Only %1 optimiser steps (%2 per epoch for %3 rows in batches of %4, %5 epochs, sampling rate %6): too few for the model to learn, and an attack on a model that learned nothing understates the risk. Use a smaller batch or more epochs (at least %7 steps).</source>
        <translation>Seulement %1 pas d&apos;optimisation (%2 par époque pour %3 lignes en lots de %4, %5 époques, taux d&apos;échantillonnage %6) : trop peu pour que le modèle apprenne, et une attaque sur un modèle qui n&apos;a rien appris sous-estime le risque. Utilisez des lots plus petits ou davantage d&apos;époques (au moins %7 pas).</translation>
    </message>
    <message>
        <source>DP-SGD with sampling rate %1: batches of more than half the data give almost no privacy amplification by subsampling, so the noise needed for a given epsilon is large. Use a batch of a few percent of the data.</source>
        <translation>DP-SGD avec un taux d&apos;échantillonnage de %1 : des lots de plus de la moitié des données n&apos;apportent presque aucune amplification par sous-échantillonnage, le bruit nécessaire pour un epsilon donné est donc grand. Utilisez des lots de quelques pour cent des données.</translation>
    </message>
    <message>
        <source>delta = %1 is not below 1/n = %2 (n = %3 training rows): a mechanism that publishes one random record in full meets this guarantee. Choose delta well below 1/n, for example %4.</source>
        <translation>delta = %1 n&apos;est pas inférieur à 1/n = %2 (n = %3 lignes d&apos;entraînement) : un mécanisme qui publie intégralement un enregistrement au hasard satisfait cette garantie. Choisissez delta bien en dessous de 1/n, par exemple %4.</translation>
    </message>
    <message>
        <source>DP-SGD on %1 training rows at learning rate %2: on small data sets (fewer than %3 rows) PrivAudit&apos;s measurements learned more at %4 (README, &quot;Default recipe&quot;).</source>
        <translation>DP-SGD sur %1 lignes d&apos;entraînement au taux d&apos;apprentissage %2 : sur de petits jeux de données (moins de %3 lignes), les mesures de PrivAudit ont appris davantage à %4 (README, « Default recipe »).</translation>
    </message>
    <message>
        <source>The encoder&apos;s DP estimates spend epsilon %1 of the run&apos;s total of %2, which leaves nothing for DP-SGD: give a larger total or a smaller encoder epsilon.</source>
        <translation>Les estimations DP de l&apos;encodeur dépensent un epsilon de %1 sur le total de %2 de l&apos;exécution, ce qui ne laisse rien à DP-SGD : donnez un total plus grand ou un epsilon d&apos;encodeur plus petit.</translation>
    </message>
</context>
<context>
    <name>privaudit::project</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>entraîné ici</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>predictions file</source>
        <translation>fichier de prédictions</translation>
    </message>
</context>
<context>
    <name>privaudit::project::ProjectStore</name>
    <message>
        <source>Recording the start of run &apos;%1&apos;</source>
        <translation>Enregistrement du début de l&apos;exécution « %1 »</translation>
    </message>
    <message>
        <source>run %1 is not running</source>
        <translation>l&apos;exécution %1 n&apos;est pas en cours</translation>
    </message>
    <message>
        <source>endRun() records failed or cancelled runs only.</source>
        <translation>endRun() ne consigne que les exécutions échouées ou annulées.</translation>
    </message>
    <message>
        <source>Recording the end of run %1</source>
        <translation>Enregistrement de la fin de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>Reading the runs</source>
        <translation>Lecture des exécutions</translation>
    </message>
    <message>
        <source>Reading run %1</source>
        <translation>Lecture de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no run %2.</source>
        <translation>Le projet « %1 » n&apos;a pas d&apos;exécution %2.</translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation>Lecture des résultats</translation>
    </message>
    <message>
        <source>Reading the scores</source>
        <translation>Lecture des scores</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no result %2.</source>
        <translation>Le projet « %1 » n&apos;a pas de résultat %2.</translation>
    </message>
    <message>
        <source>Result %1 in &apos;%2&apos; is damaged: its score arrays have the wrong size.</source>
        <translation>Le résultat %1 dans « %2 » est endommagé : ses tableaux de scores n&apos;ont pas la bonne taille.</translation>
    </message>
    <message>
        <source>Reading the datasets</source>
        <translation>Lecture des jeux de données</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>Lecture des modèles</translation>
    </message>
    <message>
        <source>The assessment value for &apos;%1&apos; is not valid JSON: %2.</source>
        <translation>La valeur d&apos;évaluation pour « %1 » n&apos;est pas un JSON valide : %2.</translation>
    </message>
    <message>
        <source>Saving the assessment value &apos;%1&apos;</source>
        <translation>Enregistrement de la valeur d&apos;évaluation « %1 »</translation>
    </message>
    <message>
        <source>Reading the assessment</source>
        <translation>Lecture de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Cannot read the evidence file &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire le fichier de preuve « %1 » : %2.</translation>
    </message>
    <message>
        <source>The evidence file &apos;%1&apos; is larger than 256 MiB; store a reference to it instead.</source>
        <translation>Le fichier de preuve « %1 » dépasse 256 Mio ; enregistrer plutôt une référence.</translation>
    </message>
    <message>
        <source>Adding the evidence file &apos;%1&apos;</source>
        <translation>Ajout du fichier de preuve « %1 »</translation>
    </message>
    <message>
        <source>No project file at &apos;%1&apos;.</source>
        <translation>Aucun fichier de projet à « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: it is not a PrivAudit project.</source>
        <translation>« %1 » est vide : ce n&apos;est pas un projet PrivAudit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PrivAudit project: it is not an SQLite database file.</source>
        <translation>« %1 » n&apos;est pas un projet PrivAudit : ce n&apos;est pas un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: its %2 bytes do not even hold the database header. Restore it from a backup.</source>
        <translation>« %1 » est tronqué : ses %2 octets ne contiennent même pas l&apos;en-tête de la base. Le restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it has %2 bytes but its header describes %3. Restore it from a backup.</source>
        <translation>« %1 » est tronqué : il a %2 octets mais son en-tête en décrit %3. Le restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The project file &apos;%1&apos; is damaged (%2: %3). Restore it from a backup.</source>
        <translation>Le fichier de projet « %1 » est endommagé (%2 : %3). Le restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is open read-only (%2).</source>
        <translation>Le projet « %1 » est ouvert en lecture seule (%2).</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not saved; nothing already stored was changed.</source>
        <translation>Le disque est plein : %1 n&apos;a pas été enregistré ; rien de ce qui était déjà enregistré n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 failed in &apos;%2&apos;: %3</source>
        <translation>%1 a échoué dans « %2 » : %3</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is open read-only: %2</source>
        <translation>Le projet « %1 » est ouvert en lecture seule : %2</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Version de schéma inconnue %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name or open it.</source>
        <translation>« %1 » existe déjà ; choisir un autre nom ou l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Le dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the project &apos;%1&apos;: %2</source>
        <translation>Impossible de créer le projet « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot create the project &apos;%1&apos;: the file could not be moved into place.</source>
        <translation>Impossible de créer le projet « %1 » : le fichier n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Reading the file header</source>
        <translation>Lecture de l&apos;en-tête du fichier</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Lecture de la version du schéma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a PrivAudit project.</source>
        <translation>« %1 » est une base SQLite mais pas un projet PrivAudit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete PrivAudit project (schema version %2).</source>
        <translation>« %1 » n&apos;est pas un projet PrivAudit complet (version de schéma %2).</translation>
    </message>
    <message>
        <source>it was written by a newer PrivAudit (schema %1; this version knows up to %2), so it opens read-only</source>
        <translation>il a été écrit par une version plus récente de PrivAudit (schéma %1 ; cette version connaît jusqu&apos;à %2) et s&apos;ouvre donc en lecture seule</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2.</source>
        <translation>« %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade &apos;%1&apos; from schema %2 to %3: %4. The file was not changed.</source>
        <translation>Impossible de mettre à niveau « %1 » du schéma %2 au %3 : %4. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was upgraded from schema %2 to %3.</source>
        <translation>« %1 » a été mis à niveau du schéma %2 au %3.</translation>
    </message>
    <message>
        <source>Recording &apos;%1&apos; in the audit trail</source>
        <translation>Consignation de « %1 » dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name.</source>
        <translation>« %1 » existe déjà ; choisir un autre nom.</translation>
    </message>
    <message>
        <source>Saving a copy to &apos;%1&apos;</source>
        <translation>Enregistrement d&apos;une copie dans « %1 »</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Lecture du projet</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Contrôle d&apos;intégrité SQLite : %1</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation>Le contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Table %1, ligne %2 : référence à une ligne manquante dans %3.</translation>
    </message>
    <message>
        <source>The triggers that keep the audit trail append-only are missing: the file was edited outside PrivAudit.</source>
        <translation>Les déclencheurs qui rendent le journal d&apos;audit en ajout seul sont absents : le fichier a été modifié hors de PrivAudit.</translation>
    </message>
    <message>
        <source>Audit trail row %1: expected row %2 here; rows were removed or inserted.</source>
        <translation>Entrée %1 du journal d&apos;audit : l&apos;entrée %2 était attendue ici ; des entrées ont été supprimées ou insérées.</translation>
    </message>
    <message>
        <source>Audit trail row %1: it does not chain to the row before it (the row before was changed, removed or inserted).</source>
        <translation>Entrée %1 du journal d&apos;audit : elle n&apos;est pas chaînée à l&apos;entrée précédente (celle-ci a été modifiée, supprimée ou insérée).</translation>
    </message>
    <message>
        <source>Audit trail row %1 (%2, %3): its content does not match its hash; it was changed after it was written.</source>
        <translation>Entrée %1 du journal d&apos;audit (%2, %3) : son contenu ne correspond pas à son empreinte ; elle a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>Run %1 has no start record in the audit trail: it was added outside PrivAudit.</source>
        <translation>L&apos;exécution %1 n&apos;a pas d&apos;entrée de début dans le journal d&apos;audit : elle a été ajoutée hors de PrivAudit.</translation>
    </message>
    <message>
        <source>Run %1: its job specification does not match the hash recorded in the audit trail.</source>
        <translation>Exécution %1 : sa spécification ne correspond pas à l&apos;empreinte consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Result %1 (run %2, %3) has no record in the audit trail: it was added outside PrivAudit.</source>
        <translation>Le résultat %1 (exécution %2, %3) n&apos;a pas d&apos;entrée dans le journal d&apos;audit : il a été ajouté hors de PrivAudit.</translation>
    </message>
    <message>
        <source>Result %1 (run %2, %3): its content does not match the hash recorded in audit trail row %4; it was changed after it was stored.</source>
        <translation>Résultat %1 (exécution %2, %3) : son contenu ne correspond pas à l&apos;empreinte consignée dans l&apos;entrée %4 du journal d&apos;audit ; il a été modifié après son enregistrement.</translation>
    </message>
    <message>
        <source>Dataset %1 (%2): its hashes do not match the audit trail.</source>
        <translation>Jeu de données %1 (%2) : ses empreintes ne correspondent pas au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Evidence file %1 (%2) does not match the hash recorded in the audit trail.</source>
        <translation>Le fichier de preuve %1 (%2) ne correspond pas à l&apos;empreinte consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Adding the dataset &apos;%1&apos;</source>
        <translation>Ajout du jeu de données « %1 »</translation>
    </message>
    <message>
        <source>Saving the results of run %1</source>
        <translation>Enregistrement des résultats de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a PrivAudit project file.</source>
        <translation>&apos;%1&apos; est un dossier, pas un fichier de projet PrivAudit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (a device, pipe or socket), so it is not a PrivAudit project.</source>
        <translation>&apos;%1&apos; n&apos;est pas un fichier ordinaire (périphérique, tube ou socket) et n&apos;est donc pas un projet PrivAudit.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: SQLite gave no handle on the file.</source>
        <translation>Impossible de lire &apos;%1&apos; : SQLite n&apos;a fourni aucun accès au fichier.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: its size is unknown.</source>
        <translation>Impossible de lire &apos;%1&apos; : sa taille est inconnue.</translation>
    </message>
    <message>
        <source>Cannot read the header of &apos;%1&apos;.</source>
        <translation>Impossible de lire l&apos;en-tête de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is busy: another process is writing to it and did not finish within %2 s, so %3 was not saved. Nothing stored was changed; try again when it has finished.</source>
        <translation>Le projet &apos;%1&apos; est occupé : un autre processus y écrit et n&apos;a pas terminé en %2 s, donc %3 n&apos;a pas été enregistré. Rien de ce qui est stocké n&apos;a changé ; réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is busy: it is being written by %2 on this host, which did not finish within %3 s, so %4 was not saved. Nothing stored was changed; try again when it has finished.</source>
        <translation>Le projet &apos;%1&apos; est occupé : %2 sur cet hôte y écrit et n&apos;a pas terminé en %3 s, donc %4 n&apos;a pas été enregistré. Rien de ce qui est stocké n&apos;a changé ; réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by an older PrivAudit (schema %2); it is read as it is and is upgraded when it is opened for writing.</source>
        <translation>&apos;%1&apos; a été écrit par une version antérieure de PrivAudit (schéma %2) ; il est lu tel quel et mis à niveau à son ouverture en écriture.</translation>
    </message>
    <message>
        <source>There is no dataset %1 to make a new version of.</source>
        <translation>Il n&apos;y a pas de jeu de données %1 dont créer une nouvelle version.</translation>
    </message>
    <message>
        <source>Reading the runs of dataset %1</source>
        <translation>Lecture des exécutions du jeu de données %1</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Un jeu de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>Renaming dataset %1</source>
        <translation>Renommage du jeu de données %1</translation>
    </message>
    <message>
        <source>There is no dataset %1.</source>
        <translation>Il n&apos;y a pas de jeu de données %1.</translation>
    </message>
    <message>
        <source>Deleting dataset %1</source>
        <translation>Suppression du jeu de données %1</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; is used by run %2, so it is kept: the runs&apos; evidence refers to it.</source>
        <translation>Le jeu de données &apos;%1&apos; est utilisé par l&apos;exécution %2 et est donc conservé : les preuves des exécutions s&apos;y réfèrent.</translation>
    </message>
    <message>
        <source>This project has schema %1; final reports need schema 3 (open it for writing once to upgrade).</source>
        <translation>Ce projet a le schéma %1 ; les rapports définitifs nécessitent le schéma 3 (ouvrez-le une fois en écriture pour le mettre à niveau).</translation>
    </message>
    <message>
        <source>Storing the final report &apos;%1&apos;</source>
        <translation>Enregistrement du rapport définitif &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading the final reports</source>
        <translation>Lecture des rapports définitifs</translation>
    </message>
    <message>
        <source>This project holds no final reports.</source>
        <translation>Ce projet ne contient aucun rapport définitif.</translation>
    </message>
    <message>
        <source>There is no final report %1.</source>
        <translation>Il n&apos;y a pas de rapport définitif %1.</translation>
    </message>
    <message>
        <source>Reading the final report</source>
        <translation>Lecture du rapport définitif</translation>
    </message>
    <message>
        <source>The triggers that keep final reports immutable are missing: the file was edited outside PrivAudit.</source>
        <translation>Les déclencheurs qui rendent les rapports définitifs immuables manquent : le fichier a été modifié hors de PrivAudit.</translation>
    </message>
    <message>
        <source>Final report %1 (%2) does not match the hash recorded in the audit trail.</source>
        <translation>Le rapport définitif %1 (%2) ne correspond pas au hachage consigné dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit trail records %1 final reports but the project holds %2: a report was removed.</source>
        <translation>La piste d&apos;audit consigne %1 rapports définitifs mais le projet en contient %2 : un rapport a été supprimé.</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Modèle cible</translation>
    </message>
    <message>
        <source>Synthetic patient records (built-in demo)</source>
        <translation>Dossiers de patients synthétiques (démo intégrée)</translation>
    </message>
    <message>
        <source>Generated by PrivAudit; no restrictions.</source>
        <translation>Générées par PrivAudit ; aucune restriction.</translation>
    </message>
    <message>
        <source>Not applicable: no real person&apos;s data.</source>
        <translation>Sans objet : aucune donnée de personne réelle.</translation>
    </message>
    <message>
        <source>Demonstration of the privacy audit.</source>
        <translation>Démonstration de l&apos;audit de confidentialité.</translation>
    </message>
    <message>
        <source>Saving %1 assessment values</source>
        <translation>Enregistrement de %1 valeurs d&apos;évaluation</translation>
    </message>
    <message>
        <source>The audit trail has %1 rows, but it had %2 when PrivAudit last saw this project on this machine (%3): committed history was lost (a deleted -wal file, or an older copy put in its place).</source>
        <translation>La piste d&apos;audit a %1 lignes, mais elle en avait %2 quand PrivAudit a vu ce projet pour la dernière fois sur cette machine (%3) : un historique validé a été perdu (un fichier -wal supprimé, ou une copie plus ancienne mise à sa place).</translation>
    </message>
    <message>
        <source>Audit trail row %1 is not the one PrivAudit saw on this machine (%2): the trail was rewritten from there on.</source>
        <translation>La ligne %1 de la piste d&apos;audit n&apos;est pas celle que PrivAudit a vue sur cette machine (%2) : la piste a été réécrite à partir de là.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it is shorter than its header says and its write-ahead log does not hold the missing pages (%2). Keep &apos;%1&apos; and &apos;%1-wal&apos; together, do not delete either, and restore the project from a backup.</source>
        <translation>&apos;%1&apos; est endommagé : il est plus court que ne l&apos;indique son en-tête et son journal d&apos;écriture anticipée ne contient pas les pages manquantes (%2). Gardez &apos;%1&apos; et &apos;%1-wal&apos; ensemble, ne supprimez ni l&apos;un ni l&apos;autre et restaurez le projet depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>it contains database objects that PrivAudit did not create or that were changed (%1); they could rewrite what is stored, so it opens read-only</source>
        <translation>il contient des objets de base de données que PrivAudit n&apos;a pas créés ou qui ont été modifiés (%1) ; ils pourraient réécrire ce qui est enregistré, il s&apos;ouvre donc en lecture seule</translation>
    </message>
    <message>
        <source>the project record</source>
        <translation>l&apos;enregistrement du projet</translation>
    </message>
    <message>
        <source>datasets (hashes, datasheet: origin, licence, consent, purpose)</source>
        <translation>jeux de données (empreintes, fiche : origine, licence, consentement, finalité)</translation>
    </message>
    <message>
        <source>runs (status, name, specification, summary)</source>
        <translation>exécutions (statut, nom, spécification, résumé)</translation>
    </message>
    <message>
        <source>models (hashes, DP parameters and epsilon, training settings)</source>
        <translation>modèles (empreintes, paramètres DP et epsilon, réglages d&apos;entraînement)</translation>
    </message>
    <message>
        <source>results (which run each belongs to, metrics, hashes of the scores)</source>
        <translation>résultats (l&apos;exécution de chacun, métriques, empreintes des scores)</translation>
    </message>
    <message>
        <source>the assessment (checklist answers, risk matrix, model under review)</source>
        <translation>l&apos;évaluation (réponses aux listes de contrôle, matrice des risques, modèle examiné)</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>fichiers de preuve</translation>
    </message>
    <message>
        <source>final reports</source>
        <translation>rapports finaux</translation>
    </message>
    <message>
        <source>the database schema (tables, triggers, indexes, views)</source>
        <translation>le schéma de la base (tables, déclencheurs, index, vues)</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; (on &apos;%3&apos;) was not created by PrivAudit</source>
        <translation>l&apos;objet %1 &apos;%2&apos; (sur &apos;%3&apos;) n&apos;a pas été créé par PrivAudit</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; differs from the one PrivAudit creates</source>
        <translation>l&apos;objet %1 &apos;%2&apos; diffère de celui que crée PrivAudit</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is missing</source>
        <translation>l&apos;objet %1 &apos;%2&apos; manque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed outside PrivAudit after audit trail row %2 (%3), so nothing was written: writing now would seal that change into the audit trail. Run &apos;privaudit-cli project verify&apos; and restore the project from a copy you trust.</source>
        <translation>&apos;%1&apos; a été modifié hors de PrivAudit après la ligne %2 de la piste d&apos;audit (%3), rien n&apos;a donc été écrit : écrire maintenant scellerait cette modification dans la piste d&apos;audit. Lancez &apos;privaudit-cli project verify&apos; et restaurez le projet depuis une copie de confiance.</translation>
    </message>
    <message>
        <source>Schema: %1.</source>
        <translation>Schéma : %1.</translation>
    </message>
    <message>
        <source>The last write (audit trail row %1) was made by a PrivAudit that did not seal the project&apos;s content: edits made outside PrivAudit since then cannot be detected until the next write seals it.</source>
        <translation>La dernière écriture (ligne %1 de la piste d&apos;audit) provient d&apos;un PrivAudit qui ne scellait pas le contenu du projet : les modifications faites hors de PrivAudit depuis ne peuvent pas être détectées avant que la prochaine écriture le scelle.</translation>
    </message>
    <message>
        <source>Changed after audit trail row %1, PrivAudit&apos;s last recorded write: %2. The file was edited outside PrivAudit.</source>
        <translation>Modifié après la ligne %1 de la piste d&apos;audit, dernière écriture enregistrée par PrivAudit : %2. Le fichier a été modifié hors de PrivAudit.</translation>
    </message>
    <message>
        <source>Model %1 (%2): its stored weights do not match its SHA-256; they were replaced.</source>
        <translation>Modèle %1 (%2) : ses poids enregistrés ne correspondent pas à son SHA-256 ; ils ont été remplacés.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Cannot create the project &apos;%1&apos;: a leftover &apos;%2&apos; of an earlier database by that name cannot be removed.</source>
        <translation>Impossible de créer le projet &apos;%1&apos; : un reste &apos;%2&apos; d&apos;une ancienne base de données de ce nom ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::CounterfactualSection</name>
    <message>
        <source>%1 (run %2): counterfactual memorisation of the model under review&apos;s members</source>
        <translation>%1 (exécution %2) : mémorisation contrefactuelle des membres du modèle examiné</translation>
    </message>
    <message>
        <source>%1 (run %2): counterfactual memorisation, a comparison</source>
        <translation>%1 (exécution %2) : mémorisation contrefactuelle, une comparaison</translation>
    </message>
    <message>
        <source>%1 members, each trained on by %2 of the run&apos;s %3 reference models (the recipe of the target, as LiRA trains them) and left out by the others; each record&apos;s permutation test re-splits the models %4 times. The most memorised members:</source>
        <translation>%1 membres, chacun appris par %2 des %3 modèles de référence de l&apos;exécution (avec la recette de la cible, comme LiRA les entraîne) et laissé de côté par les autres ; le test de permutation de chaque enregistrement répartit à nouveau les modèles %4 fois. Les membres les plus mémorisés :</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Ligne de données</translation>
    </message>
    <message>
        <source>Memorisation</source>
        <translation>Mémorisation</translation>
    </message>
    <message>
        <source>Loss form (nats)</source>
        <translation>Forme en perte (nats)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>valeur p</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Exposed by LiRA</source>
        <translation>Exposé par LiRA</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Method (Feldman &amp; Zhang 2020): a record&apos;s memorisation is the reference models&apos; accuracy on it when they trained on it minus when they did not, in [-1, 1] (the loss form: the mean cross-entropy when left out minus when trained on); records with identical encoded features and label are trained on or left out together. Its p-value is a one-sided permutation test of the loss form; with no memorisation about 5% of records reach p &lt;= 0.05 by chance. The reference models are retrained with the target&apos;s recipe, so this measures the recipe on this data, not the target model itself.</source>
        <translation>Méthode (Feldman &amp; Zhang 2020) : la mémorisation d&apos;un enregistrement est l&apos;exactitude des modèles de référence sur lui quand ils l&apos;ont appris moins quand ils ne l&apos;ont pas appris, dans [-1, 1] (la forme en perte : l&apos;entropie croisée moyenne quand il est laissé de côté moins quand il est appris) ; les enregistrements aux caractéristiques encodées et à l&apos;étiquette identiques sont appris ou laissés de côté ensemble. Sa valeur p est un test de permutation unilatéral de la forme en perte ; sans mémorisation, environ 5 % des enregistrements atteignent p &lt;= 0,05 par hasard. Les modèles de référence sont réentraînés avec la recette de la cible : on mesure donc la recette sur ces données, pas le modèle cible lui-même.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::InversionSection</name>
    <message>
        <source>%1 (run %2): informed reconstruction, the model class under review</source>
        <translation>%1 (exécution %2) : reconstruction informée, la classe de modèle examinée</translation>
    </message>
    <message>
        <source>%1 (run %2): informed reconstruction of training rows, a comparison</source>
        <translation>%1 (exécution %2) : reconstruction informée de lignes d&apos;entraînement, une comparaison</translation>
    </message>
    <message>
        <source>Trained with DP-SGD (epsilon %1 for one row).</source>
        <translation>Entraîné avec DP-SGD (epsilon %1 pour une ligne).</translation>
    </message>
    <message>
        <source>Without DP: the released model is the exact minimiser.</source>
        <translation>Sans DP : le modèle publié est le minimum exact.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Baseline (no model)</source>
        <translation>Référence (sans modèle)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Columns recovered</source>
        <translation>Colonnes retrouvées</translation>
    </message>
    <message>
        <source>Advantage over the baseline</source>
        <translation>Avantage sur la référence</translation>
    </message>
    <message>
        <source>Rows fully recovered</source>
        <translation>Lignes entièrement retrouvées</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Labels recovered</source>
        <translation>Étiquettes retrouvées</translation>
    </message>
    <message>
        <source>No reconstruction run: the report has no measurement of whether training rows can be reconstructed from the model.</source>
        <translation>Aucune exécution de reconstruction : le rapport ne mesure pas si des lignes d&apos;entraînement peuvent être reconstruites à partir du modèle.</translation>
    </message>
    <message>
        <source>%1 rows reconstructed, each left out of %2 rows the adversary knows; the %6 with L2 penalty %3 trained on the %4 rows, once per reconstructed row, on %5 input columns.</source>
        <translation>%1 lignes reconstruites, chacune absente des %2 lignes connues de l&apos;adversaire ; le modèle (%6) de pénalité L2 %3 entraîné sur les %4 lignes, une fois par ligne reconstruite, sur %5 colonnes d&apos;entrée.</translation>
    </message>
    <message>
        <source>Without DP: the released model is a stationary point of the objective (largest gradient entry %1).</source>
        <translation>Sans DP : le modèle publié est un point stationnaire de l&apos;objectif (plus grande composante du gradient %1).</translation>
    </message>
    <message>
        <source>Method (Balle, Cherubin &amp; Hayes 2022, informed adversaries): at the minimiser of an L2-penalised logistic regression, and at any stationary point of a smooth MLP, the gradients sum to zero, so an adversary who knows every training row but one and the released parameters computes the missing row&apos;s gradient, and from its first layer the row (that layer&apos;s gradient is the row times its output gradient) and from its last the label. A numeric column counts as recovered within 0.319 standard deviations, a categorical one when exact (TabLeak&apos;s tolerance); the baseline guesses each column&apos;s class-conditional mean or mode from the population rows, and for the label the commonest class. The models measured are the recipe retrained per row, not the model under review itself.</source>
        <translation>Méthode (Balle, Cherubin &amp; Hayes 2022, adversaires informés) : au minimiseur d&apos;une régression logistique pénalisée en L2, et en tout point stationnaire d&apos;un MLP lisse, les gradients s&apos;annulent en somme, donc un adversaire qui connaît toutes les lignes d&apos;entraînement sauf une et les paramètres publiés calcule le gradient de la ligne manquante, de sa première couche la ligne (le gradient de cette couche est la ligne fois son gradient de sortie) et de la dernière l&apos;étiquette. Une colonne numérique compte comme retrouvée à 0,319 écart-type près, une catégorielle si elle est exacte (la tolérance de TabLeak) ; la référence estime la moyenne ou le mode de chaque colonne par classe à partir des lignes de la population, et pour l&apos;étiquette la classe la plus fréquente. Les modèles mesurés sont la recette réentraînée par ligne, pas le modèle examiné lui-même.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::MemorisationSection</name>
    <message>
        <source>%1 (run %2): canary exposure of the recipe of the model under review</source>
        <translation>%1 (exécution %2) : exposition des canaris de la recette du modèle examiné</translation>
    </message>
    <message>
        <source>%1 (run %2): canary exposure of a training recipe, a comparison</source>
        <translation>%1 (exécution %2) : exposition des canaris d&apos;une recette d&apos;entraînement, une comparaison</translation>
    </message>
    <message>
        <source>%1 canaries per level (%2 labels) inserted into %3 members (%4 rows added), the recipe retrained once on them; each canary ranked among %5 never-inserted references from the same generator. Chance is %6 bits; %5 references measure at most %7 bits.</source>
        <translation>%1 canaris par niveau (étiquettes : %2) insérés parmi %3 membres (%4 lignes ajoutées), la recette réentraînée une fois dessus ; chaque canari classé parmi %5 références jamais insérées du même générateur. Le hasard vaut %6 bits ; %5 références mesurent au plus %7 bits.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoires</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>inversées</translation>
    </message>
    <message>
        <source>Trained with DP-SGD (epsilon %1 for one row).</source>
        <translation>Entraîné avec DP-SGD (epsilon %1 pour une ligne).</translation>
    </message>
    <message>
        <source>Canaries</source>
        <translation>Canaris</translation>
    </message>
    <message>
        <source>Exposure (bits)</source>
        <translation>Exposition (bits)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Extrapolated (bits)</source>
        <translation>Extrapolée (bits)</translation>
    </message>
    <message>
        <source>controls, never inserted</source>
        <translation>contrôles, jamais insérés</translation>
    </message>
    <message>
        <source>inserted %1 times</source>
        <translation>insérés %1 fois</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Method (Carlini et al. 2019, the Secret Sharer): exposure is log2(references) - log2(rank) of a canary&apos;s loss among the references&apos; losses, about 1.44 bits for a canary the model did not memorise; the extrapolated exposure reads the canary&apos;s loss off a skew-normal fitted to the logarithms of the references&apos; losses and can exceed what the references measure. The canaries&apos; labels are the ones the recipe trained without them finds least likely (flipped), so that only a memorised canary has a small loss. The model measured is the recipe retrained with the canaries, not the model under review itself.</source>
        <translation>Méthode (Carlini et al. 2019, le Secret Sharer) : l&apos;exposition est log2(références) - log2(rang) de la perte d&apos;un canari parmi les pertes des références, environ 1,44 bit pour un canari que le modèle n&apos;a pas mémorisé ; l&apos;exposition extrapolée lit la perte du canari sur une loi normale asymétrique ajustée aux logarithmes des pertes des références et peut dépasser ce que les références mesurent. Les étiquettes des canaris sont celles que la recette entraînée sans eux juge les moins probables (inversées), de sorte que seul un canari mémorisé a une faible perte. Le modèle mesuré est la recette réentraînée avec les canaris, non le modèle examiné lui-même.</translation>
    </message>
    <message>
        <source>No canary-exposure run: the report has no measurement of how much the training recipe memorises individual rows.</source>
        <translation>Aucune exécution d&apos;exposition des canaris : le rapport ne contient aucune mesure de la mémorisation de lignes individuelles par la recette d&apos;entraînement.</translation>
    </message>
    <message>
        <source>No canary-exposure run: how much the recipe memorises rows repeated 1, 10 or 100 times is not measured.</source>
        <translation>Aucune exécution d&apos;exposition des canaris : la mémorisation par la recette de lignes répétées 1, 10 ou 100 fois n&apos;est pas mesurée.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::MiFaceSection</name>
    <message>
        <source>%1 (run %2): MI-Face inversion of the model under review</source>
        <translation>%1 (exécution %2) : inversion MI-Face du modèle examiné</translation>
    </message>
    <message>
        <source>%1 (run %2): MI-Face inversion, a comparison</source>
        <translation>%1 (exécution %2) : inversion MI-Face, une comparaison</translation>
    </message>
    <message>
        <source>%1 representatives for %2 classes of a target trained on %3 rows; each compared with %4 training rows and as many held-out rows of the same classes.</source>
        <translation>%1 représentants pour %2 classes d&apos;un modèle cible entraîné sur %3 lignes ; chacun comparé à %4 lignes d&apos;entraînement et autant de lignes réservées des mêmes classes.</translation>
    </message>
    <message>
        <source>Target accuracy %1% on its training rows, %2% on held-out rows.</source>
        <translation>Exactitude du modèle cible : %1 % sur ses lignes d&apos;entraînement, %2 % sur les lignes réservées.</translation>
    </message>
    <message>
        <source>Trained with DP-SGD (epsilon %1).</source>
        <translation>Entraîné avec DP-SGD (epsilon %1).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Nearer a training row than a held-out row</source>
        <translation>Plus proche d&apos;une ligne d&apos;entraînement que d&apos;une ligne réservée</translation>
    </message>
    <message>
        <source>about 50% when they reveal no member</source>
        <translation>environ 50 % s&apos;ils ne révèlent aucun membre</translation>
    </message>
    <message>
        <source>Mean distance gap (held-out minus member)</source>
        <translation>Écart moyen de distance (réservée moins membre)</translation>
    </message>
    <message>
        <source>about 0</source>
        <translation>environ 0</translation>
    </message>
    <message>
        <source>Permutation test, one-sided p</source>
        <translation>Test de permutation, p unilatéral</translation>
    </message>
    <message>
        <source>%1 reassignments</source>
        <translation>%1 réaffectations</translation>
    </message>
    <message>
        <source>Columns of the closest member recovered</source>
        <translation>Colonnes du membre le plus proche retrouvées</translation>
    </message>
    <message>
        <source>closest held-out row: %1</source>
        <translation>ligne réservée la plus proche : %1</translation>
    </message>
    <message>
        <source>Agreement with the class-conditional mean or mode</source>
        <translation>Accord avec la moyenne ou le mode conditionnel à la classe</translation>
    </message>
    <message>
        <source>Mean confidence in the class</source>
        <translation>Confiance moyenne dans la classe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Mean confidence</source>
        <translation>Confiance moyenne</translation>
    </message>
    <message>
        <source>Nearer a member</source>
        <translation>Plus proche d&apos;un membre</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Écart moyen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No MI-Face run: the report has no measurement of whether inverting the model for a class reveals its training rows.</source>
        <translation>Aucune exécution MI-Face : le rapport ne mesure pas si inverser le modèle pour une classe révèle ses lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Method (Fredrikson, Jha &amp; Ristenpart 2015, MI-Face, adapted to tables): gradient descent on the model&apos;s input to maximise one class&apos;s probability, categorical columns relaxed to a softmax over their values and decoded by the largest, numeric columns kept in the range of the training and held-out rows and whole numbers rounded, from the average row and from random starts. A representative is a leak only where it sits nearer the class&apos;s training rows than its held-out rows: the permutation test reassigns the pooled rows of each class between the two sides. Columns are compared in standardised units; a numeric column counts as recovered within 0.319 standard deviations, a categorical one when exact (TabLeak&apos;s tolerance).</source>
        <translation>Méthode (Fredrikson, Jha &amp; Ristenpart 2015, MI-Face, adaptée aux tables) : descente de gradient sur l&apos;entrée du modèle pour maximiser la probabilité d&apos;une classe, colonnes catégorielles relâchées en softmax sur leurs valeurs et décodées par la plus grande, colonnes numériques maintenues dans l&apos;étendue des lignes d&apos;entraînement et réservées, et nombres entiers arrondis, depuis la ligne moyenne et depuis des départs aléatoires. Un représentant n&apos;est une fuite que s&apos;il est plus proche des lignes d&apos;entraînement de la classe que de ses lignes réservées : le test de permutation réaffecte les lignes regroupées de chaque classe entre les deux côtés. Les colonnes sont comparées en unités standardisées ; une colonne numérique compte comme retrouvée à 0,319 écart-type près, une catégorielle si elle est exacte (tolérance de TabLeak).</translation>
    </message>
</context>
<context>
    <name>privaudit::report::PdfSigner</name>
    <message>
        <source>&apos;%1&apos; is not a PKCS#12 (.p12) key bundle: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un paquet de clés PKCS#12 (.p12) : %2</translation>
    </message>
    <message>
        <source>Cannot open the key bundle &apos;%1&apos; (wrong password?): %2</source>
        <translation>Impossible d&apos;ouvrir le paquet de clés &apos;%1&apos; (mauvais mot de passe ?) : %2</translation>
    </message>
    <message>
        <source>The key bundle &apos;%1&apos; holds no private key and certificate.</source>
        <translation>Le paquet de clés &apos;%1&apos; ne contient ni clé privée ni certificat.</translation>
    </message>
    <message>
        <source>The certificate in &apos;%1&apos; (%2) has expired.</source>
        <translation>Le certificat de &apos;%1&apos; (%2) a expiré.</translation>
    </message>
    <message>
        <source>There is no PDF &apos;%1&apos; to sign.</source>
        <translation>Il n&apos;y a pas de PDF &apos;%1&apos; à signer.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside &apos;%1&apos;: %2.</source>
        <translation>Impossible de créer un fichier temporaire à côté de &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no page to sign.</source>
        <translation>&apos;%1&apos; n&apos;a aucune page à signer.</translation>
    </message>
    <message>
        <source>PoDoFo did not place the signature in &apos;%1&apos;.</source>
        <translation>PoDoFo n&apos;a pas placé la signature dans &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Échec de la signature : %1</translation>
    </message>
    <message>
        <source>The signature needs %1 bytes, more than the %2 reserved (is the certificate chain very long?).</source>
        <translation>La signature nécessite %1 octets, plus que les %2 réservés (la chaîne de certificats est-elle très longue ?).</translation>
    </message>
    <message>
        <source>Cannot sign &apos;%1&apos;: PoDoFo error %2 (%3).</source>
        <translation>Impossible de signer &apos;%1&apos; : erreur PoDoFo %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos; with its signed version.</source>
        <translation>Impossible de remplacer &apos;%1&apos; par sa version signée.</translation>
    </message>
    <message>
        <source>Cannot read the signing key: %1</source>
        <translation>Impossible de lire la clé de signature : %1</translation>
    </message>
</context>
<context>
    <name>privaudit::report::ReportContent</name>
    <message>
        <source>PrivAudit %1</source>
        <translation>PrivAudit %1</translation>
    </message>
    <message>
        <source>PrivAudit %1 (%2), Qt %3, LibTorch %4, Eigen %5, SQLite %6, %7; BLAS %8; %9 threads on %10</source>
        <translation>PrivAudit %1 (%2), Qt %3, LibTorch %4, Eigen %5, SQLite %6, %7 ; BLAS %8 ; %9 fils sur %10</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Périmètre et méthode</translation>
    </message>
    <message>
        <source>Attack results</source>
        <translation>Résultats des attaques</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Confidentialité différentielle</translation>
    </message>
    <message>
        <source>Privacy risk matrix</source>
        <translation>Matrice des risques pour la vie privée</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Appendix: job specifications and environment</source>
        <translation>Annexe : spécifications des tâches et environnement</translation>
    </message>
    <message>
        <source>AI Act classification: %1.</source>
        <translation>Classification selon le règlement sur l&apos;IA : %1.</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Point bloquant : %1</translation>
    </message>
    <message>
        <source>trained with DP-SGD, epsilon %1 at delta %2</source>
        <translation>entraîné avec DP-SGD, epsilon %1 pour delta %2</translation>
    </message>
    <message>
        <source>trained without differential privacy</source>
        <translation>entraîné sans confidentialité différentielle</translation>
    </message>
    <message>
        <source>Run %1 (%2, %3): the strongest attack, %4, reached AUC %5, TPR %6 at 0.1% FPR and an empirical epsilon of at least %7.</source>
        <translation>Exécution %1 (%2, %3) : l&apos;attaque la plus forte, %4, a atteint une AUC de %5, un TPR de %6 à 0,1 % de FPR et un epsilon empirique d&apos;au moins %7.</translation>
    </message>
    <message>
        <source>Overall privacy risk after controls: %1. %2 of %3 applicable checklist items are answered.</source>
        <translation>Risque global pour la vie privée après mesures : %1. %2 des %3 points de contrôle applicables ont une réponse.</translation>
    </message>
    <message>
        <source>Stop: a prohibited practice was reported. The system cannot be placed on the EU market as it is.</source>
        <translation>Arrêt : une pratique interdite a été signalée. Le système ne peut pas être mis sur le marché de l&apos;UE en l&apos;état.</translation>
    </message>
    <message>
        <source>Reduce the high risks: %1.</source>
        <translation>Réduire les risques élevés : %1.</translation>
    </message>
    <message>
        <source>Answer the %1 open checklist items and attach their evidence.</source>
        <translation>Répondre aux %1 points de contrôle ouverts et joindre leurs preuves.</translation>
    </message>
    <message>
        <source>Consider training with differential privacy; the trade-off explorer shows what it costs in accuracy.</source>
        <translation>Envisager un entraînement avec confidentialité différentielle ; l&apos;explorateur de compromis montre ce qu&apos;il coûte en exactitude.</translation>
    </message>
    <message>
        <source>No membership-inference run: the report has no measured evidence of privacy risk.</source>
        <translation>Aucune exécution d&apos;inférence d&apos;appartenance : le rapport ne contient aucune preuve mesurée du risque.</translation>
    </message>
    <message>
        <source>Run a membership-inference test on the model to be released.</source>
        <translation>Exécuter un test d&apos;inférence d&apos;appartenance sur le modèle à publier.</translation>
    </message>
    <message>
        <source>The privacy risk matrix has not been filled in.</source>
        <translation>La matrice des risques pour la vie privée n&apos;a pas été remplie.</translation>
    </message>
    <message>
        <source>No checklist item has been answered; the AI Act classification rests on no answers.</source>
        <translation>Aucun point de contrôle n&apos;a de réponse ; la classification selon le règlement sur l&apos;IA ne repose sur aucune réponse.</translation>
    </message>
    <message>
        <source>The project failed verification: %1</source>
        <translation>Le projet a échoué à la vérification : %1</translation>
    </message>
    <message>
        <source>An empirical epsilon is a lower bound: it shows how much privacy is at least lost against these attacks; it cannot prove that a model is private.</source>
        <translation>Un epsilon empirique est une borne inférieure : il montre la perte de confidentialité minimale face à ces attaques ; il ne peut pas prouver qu&apos;un modèle est confidentiel.</translation>
    </message>
    <message>
        <source>The attacks are not exhaustive. Stronger or adaptive attacks, and attacks on other outputs (embeddings, explanations, gradients) may reveal more.</source>
        <translation>Les attaques ne sont pas exhaustives. Des attaques plus fortes ou adaptatives, et des attaques sur d&apos;autres sorties (plongements, explications, gradients), peuvent révéler davantage.</translation>
    </message>
    <message>
        <source>Statistics at 0.1% FPR need many non-members; where the report warns of too few, treat the value as indicative.</source>
        <translation>Les statistiques à 0,1 % de FPR exigent beaucoup de non-membres ; lorsque le rapport signale qu&apos;il y en a trop peu, la valeur est indicative.</translation>
    </message>
    <message>
        <source>The likelihood thresholds are PrivAudit&apos;s defaults, not regulatory values; the legal texts are paraphrased and the classification is not legal advice.</source>
        <translation>Les seuils de vraisemblance sont des valeurs par défaut de PrivAudit, non réglementaires ; les textes juridiques sont paraphrasés et la classification ne constitue pas un avis juridique.</translation>
    </message>
    <message>
        <source>Results describe the model version and data that were tested (see their SHA-256 fingerprints); retraining or new data needs a new test.</source>
        <translation>Les résultats décrivent la version du modèle et les données testées (voir leurs empreintes SHA-256) ; un réentraînement ou de nouvelles données exigent un nouveau test.</translation>
    </message>
    <message>
        <source>Privacy audit report: %1</source>
        <translation>Rapport d&apos;audit de confidentialité : %1</translation>
    </message>
    <message>
        <source>Generated %1 by PrivAudit %2 from %3. Assessor: %4.</source>
        <translation>Généré le %1 par PrivAudit %2 à partir de %3. Auditeur : %4.</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Jeu de données %1</translation>
    </message>
    <message>
        <source>Overall privacy risk: %1.</source>
        <translation>Risque global pour la vie privée : %1.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Missing for a complete audit</source>
        <translation>Manquant pour un audit complet</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR à 0,1 % de FPR</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR à 1 % de FPR</translation>
    </message>
    <message>
        <source>Empirical epsilon</source>
        <translation>Epsilon empirique</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Verified: %1 rows, hash chain intact.</source>
        <translation>Vérifié : %1 entrées, chaîne de hachage intacte.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Vérification ÉCHOUÉE : %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>%1 (%2, designated from run %3)</source>
        <translation>%1 (%2, désigné depuis l&apos;exécution %3)</translation>
    </message>
    <message>
        <source>No model under review is designated: the findings below describe no release candidate, and every run is shown as a comparison.</source>
        <translation>Aucun modèle examiné n&apos;est désigné : les constats ci-dessous ne décrivent aucun candidat, et chaque exécution est présentée comme comparaison.</translation>
    </message>
    <message>
        <source>Warning (run %1): %2</source>
        <translation>Avertissement (exécution %1) : %2</translation>
    </message>
    <message>
        <source>The AI Act classification is provisional: %1 of %2 screening questions are unanswered (%3).</source>
        <translation>La classification au titre du règlement sur l&apos;IA est provisoire : %1 des %2 questions de filtrage sont sans réponse (%3).</translation>
    </message>
    <message>
        <source>role &apos;ignored&apos;: left out of training</source>
        <translation>rôle &apos;ignoré&apos; : exclu de l&apos;entraînement</translation>
    </message>
    <message>
        <source>identifier: never a model input, hidden in views</source>
        <translation>identifiant : jamais une entrée du modèle, masqué dans les vues</translation>
    </message>
    <message>
        <source>No model under review is designated.</source>
        <translation>Aucun modèle examiné n&apos;est désigné.</translation>
    </message>
    <message>
        <source>The model under review has no completed membership-inference run.</source>
        <translation>Le modèle examiné n&apos;a aucune exécution d&apos;inférence d&apos;appartenance terminée.</translation>
    </message>
    <message>
        <source>%1 of %2 AI Act screening questions are unanswered.</source>
        <translation>%1 des %2 questions de filtrage du règlement sur l&apos;IA sont sans réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicable checklist item(s) unanswered: %1.</source>
        <translation>
            <numerusform>%n élément(s) applicable(s) de la liste sans réponse : %1.</numerusform>
            <numerusform>%n élément(s) applicable(s) de la liste sans réponse : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked n.a. without a reason in the comment: %1.</source>
        <translation>
            <numerusform>%n élément(s) marqué(s) s.o. sans justification dans le commentaire : %1.</numerusform>
            <numerusform>%n élément(s) marqué(s) s.o. sans justification dans le commentaire : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) claims a likelihood without a measurement of the model under review.</source>
        <translation>%1 (%2) indique une vraisemblance sans mesure du modèle examiné.</translation>
    </message>
    <message>
        <source>%1 (%2) is rated without a rationale.</source>
        <translation>%1 (%2) est évalué sans justification.</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Obsolète : %1</translation>
    </message>
    <message>
        <source>The project failed verification.</source>
        <translation>Le projet a échoué à la vérification.</translation>
    </message>
    <message>
        <source>Final report.</source>
        <translation>Rapport définitif.</translation>
    </message>
    <message>
        <source>DRAFT: not a final report.</source>
        <translation>BROUILLON : pas un rapport définitif.</translation>
    </message>
    <message>
        <source>Model under review: %1, SHA-256 %2.</source>
        <translation>Modèle examiné : %1, SHA-256 %2.</translation>
    </message>
    <message>
        <source>Audit-trail head: %1.</source>
        <translation>Tête de la piste d&apos;audit : %1.</translation>
    </message>
    <message>
        <source>Missing for a final report</source>
        <translation>Manquant pour un rapport définitif</translation>
    </message>
    <message>
        <source>Comparisons (not findings about the model under review)</source>
        <translation>Comparaisons (pas des constats sur le modèle examiné)</translation>
    </message>
    <message>
        <source>Privacy-utility trade-off: %1 (run %2)</source>
        <translation>Compromis confidentialité-utilité : %1 (exécution %2)</translation>
    </message>
    <message>
        <source>Target epsilon</source>
        <translation>Epsilon cible</translation>
    </message>
    <message>
        <source>Mean test accuracy</source>
        <translation>Exactitude de test moyenne</translation>
    </message>
    <message>
        <source>Worst attack AUC</source>
        <translation>AUC d&apos;attaque la plus forte</translation>
    </message>
    <message>
        <source>This run stored no record of how its input encoding was fitted; runs recorded before that record existed fitted it on the training rows, which the guarantee does not cover.</source>
        <translation>Cette exécution n&apos;a pas enregistré comment son encodage d&apos;entrée a été ajusté ; les exécutions enregistrées avant cette information l&apos;ajustaient sur les lignes d&apos;entraînement, ce que la garantie ne couvre pas.</translation>
    </message>
    <message>
        <source>To check later that the project still holds the history this report describes:</source>
        <translation>Pour vérifier plus tard que le projet contient toujours l&apos;historique décrit par ce rapport :</translation>
    </message>
    <message>
        <source>One-run audit: %1 (run %2)</source>
        <translation>Audit en une exécution : %1 (exécution %2)</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Epsilon empirique ≥</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Accountant&apos;s epsilon</source>
        <translation>Epsilon du comptable</translation>
    </message>
    <message>
        <source>Right guesses</source>
        <translation>Suppositions justes</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 canaries, %4 included)</source>
        <translation>%1 sur %2 (%3 canaris, %4 inclus)</translation>
    </message>
    <message>
        <source>Preprocessing and training together satisfy (epsilon = %1, delta = %2)-differential privacy by sequential composition (%3 for DP-SGD plus %4 for the encoder).</source>
        <translation>Le prétraitement et l&apos;entraînement ensemble satisfont la confidentialité différentielle (epsilon = %1, delta = %2) par composition séquentielle (%3 pour DP-SGD plus %4 pour l&apos;encodeur).</translation>
    </message>
    <message>
        <source>Attribute inference</source>
        <translation>Inférence d&apos;attribut</translation>
    </message>
    <message>
        <source>%1 (run %2): column &apos;%3&apos;%4</source>
        <translation>%1 (exécution %2) : colonne « %3 »%4</translation>
    </message>
    <message>
        <source>, a comparison, not the model under review</source>
        <translation>, une comparaison, pas le modèle examiné</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <source>%1 (%2); %3 member and %4 non-member candidates; the attacker&apos;s auxiliary data: %5 population records.</source>
        <translation>%1 (%2) ; %3 candidats membres et %4 non-membres ; données auxiliaires de l&apos;attaquant : %5 enregistrements de la population.</translation>
    </message>
    <message>
        <source>The model was trained with DP-SGD (epsilon %1).</source>
        <translation>Le modèle a été entraîné avec DP-SGD (epsilon %1).</translation>
    </message>
    <message>
        <source>Members right</source>
        <translation>Membres justes</translation>
    </message>
    <message>
        <source>Non-members right</source>
        <translation>Non-membres justes</translation>
    </message>
    <message>
        <source>Advantage over imputation</source>
        <translation>Avantage sur l&apos;imputation</translation>
    </message>
    <message>
        <source>Individual leakage</source>
        <translation>Fuite individuelle</translation>
    </message>
    <message>
        <source>No attribute-inference run: the report has no measurement of what the model reveals about a sensitive column.</source>
        <translation>Aucune exécution d&apos;inférence d&apos;attribut : le rapport ne mesure pas ce que le modèle révèle d&apos;une colonne sensible.</translation>
    </message>
    <message>
        <source>Method: each attack guesses the column from the other columns and the model&apos;s answers; the imputation baseline guesses it from the other columns alone, with a model fit on the attacker&apos;s auxiliary data. Advantage over imputation is what access to the model adds; individual leakage (members right minus non-members right) is what the model gives away about the records it was trained on; the rest is what it learned about the population (Jayaraman &amp; Evans, USENIX Security 2022). Intervals: 95% bootstrap.</source>
        <translation>Méthode : chaque attaque devine la colonne à partir des autres colonnes et des réponses du modèle ; la référence d&apos;imputation la devine à partir des seules autres colonnes, avec un modèle ajusté sur les données auxiliaires de l&apos;attaquant. L&apos;avantage sur l&apos;imputation est ce qu&apos;apporte l&apos;accès au modèle ; la fuite individuelle (membres justes moins non-membres justes) est ce que le modèle divulgue sur les enregistrements de son entraînement ; le reste est ce qu&apos;il a appris sur la population (Jayaraman &amp; Evans, USENIX Security 2022). Intervalles : bootstrap à 95 %.</translation>
    </message>
    <message>
        <source>Run %1 (%2), attribute inference: %3</source>
        <translation>Exécution %1 (%2), inférence d&apos;attribut : %3</translation>
    </message>
    <message>
        <source>numeric: a guess within ±%1% of the true value is right</source>
        <translation>numérique : une estimation à ±%1 % près de la vraie valeur est juste</translation>
    </message>
    <message>
        <source>Measure attribute inference of the sensitive column(s) %1 on the model under review (privaudit-cli attack attribute, or the run dialog): the matrix&apos;s attribute-inference row has no evidence yet.</source>
        <translation>Mesurer l&apos;inférence d&apos;attribut de la ou des colonnes sensibles %1 sur le modèle examiné (privaudit-cli attack attribute, ou la boîte de dialogue d&apos;exécution) : la ligne inférence d&apos;attribut de la matrice n&apos;a pas encore de preuve.</translation>
    </message>
    <message>
        <source>Memorisation and canary exposure</source>
        <translation>Mémorisation et exposition des canaris</translation>
    </message>
    <message>
        <source>Run %1 (%2), canary exposure of the recipe: %3</source>
        <translation>Exécution %1 (%2), exposition des canaris de la recette : %3</translation>
    </message>
    <message>
        <source>Run %1 (%2), counterfactual memorisation: %3</source>
        <translation>Exécution %1 (%2), mémorisation contrefactuelle : %3</translation>
    </message>
    <message>
        <source>Model inversion and reconstruction</source>
        <translation>Inversion de modèle et reconstruction</translation>
    </message>
    <message>
        <source>Run %1 (%2), informed reconstruction: %3</source>
        <translation>Exécution %1 (%2), reconstruction informée : %3</translation>
    </message>
    <message>
        <source>Run %1 (%2), MI-Face inversion: %3</source>
        <translation>Exécution %1 (%2), inversion MI-Face : %3</translation>
    </message>
    <message>
        <source>Where the risk concentrates (subgroups)</source>
        <translation>Où le risque se concentre (sous-groupes)</translation>
    </message>
    <message>
        <source>Run %1 (%2) by %3: %4</source>
        <translation>Exécution %1 (%2) par %3 : %4</translation>
    </message>
    <message>
        <source>The file of this dataset cannot be read any more (%1): its personal data and re-identification risk are not in this report.</source>
        <translation>Le fichier de ce jeu de données ne peut plus être lu (%1) : ses données personnelles et son risque de réidentification ne figurent pas dans ce rapport.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; no longer has the content the project registered (SHA-256 %2…): its personal data and re-identification risk are not in this report.</source>
        <translation>Le fichier &apos;%1&apos; n’a plus le contenu enregistré par le projet (SHA-256 %2…) : ses données personnelles et son risque de réidentification ne figurent pas dans ce rapport.</translation>
    </message>
    <message>
        <source>The PII scan suggests no quasi-identifiers in this dataset, so no re-identification risk is computed; that is not evidence that none exist.</source>
        <translation>L’analyse PII ne suggère aucun quasi-identifiant dans ce jeu de données, donc aucun risque de réidentification n’est calculé ; ce n’est pas la preuve qu’il n’en existe pas.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Found by the PII scan</source>
        <translation>Trouvé par l’analyse PII</translation>
    </message>
    <message>
        <source>Suggested role</source>
        <translation>Rôle suggéré</translation>
    </message>
    <message>
        <source>Over the quasi-identifiers %1: k-anonymity %2, sample uniques %3 of %4 records, highest prosecutor risk %5.</source>
        <translation>Sur les quasi-identifiants %1 : k-anonymat %2, uniques de l’échantillon %3 sur %4 enregistrements, risque procureur maximal %5.</translation>
    </message>
    <message>
        <source>Datasheet: %1 of %2 answered; licence %3.</source>
        <translation>Fiche : %1 sur %2 réponses ; licence %3.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
</context>
<context>
    <name>privaudit::report::ReportExport</name>
    <message>
        <source>%1: privacy audit report (%2) of model SHA-256 %3, project audit-trail head %4</source>
        <translation>%1 : rapport d&apos;audit de confidentialité (%2) du modèle SHA-256 %3, tête de la piste d&apos;audit du projet %4</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>(none designated)</source>
        <translation>(aucun désigné)</translation>
    </message>
    <message>
        <source>Cannot read back &apos;%1&apos;: %2</source>
        <translation>Impossible de relire &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::report::SubgroupSection</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2; %3]</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>petit groupe</translation>
    </message>
    <message>
        <source>risk concentrates</source>
        <translation>risque concentré</translation>
    </message>
    <message>
        <source>The saved subgroup analysis of run %1 is of a run kind without subgroups.</source>
        <translation>L&apos;analyse de sous-groupes enregistrée de l&apos;exécution %1 concerne un type d&apos;exécution sans sous-groupes.</translation>
    </message>
    <message>
        <source>%1 (run %2) by %3, the model under review</source>
        <translation>%1 (exécution %2) par %3, le modèle examiné</translation>
    </message>
    <message>
        <source>%1 (run %2) by %3, a comparison</source>
        <translation>%1 (exécution %2) par %3, une comparaison</translation>
    </message>
    <message>
        <source>%1 quantile bands of the numeric column %2</source>
        <translation>%1 tranches de quantiles de la colonne numérique %2</translation>
    </message>
    <message>
        <source>the values of the column %1</source>
        <translation>les valeurs de la colonne %1</translation>
    </message>
    <message>
        <source>Membership inference split by %1: each group&apos;s AUC with its bootstrap 95% interval and its TPR at 1% FPR; a group with fewer than %2 members or non-members is small.</source>
        <translation>Inférence d&apos;appartenance répartie selon %1 : l&apos;AUC de chaque groupe avec son intervalle bootstrap à 95 % et son TPR à 1 % de FPR ; un groupe de moins de %2 membres ou non-membres est petit.</translation>
    </message>
    <message>
        <source>Attribute inference split by %1: each attack&apos;s individual leakage (accuracy on members minus on non-members) and advantage over imputation, with 95% intervals; a group with fewer than %2 members or non-members is small.</source>
        <translation>Inférence d&apos;attribut répartie selon %1 : la fuite individuelle de chaque attaque (exactitude sur les membres moins sur les non-membres) et son avantage sur l&apos;imputation, avec intervalles à 95 % ; un groupe de moins de %2 membres ou non-membres est petit.</translation>
    </message>
    <message>
        <source>Informed reconstruction split by %1: each group&apos;s advantage over the model-free baseline (columns recovered minus the baseline&apos;s) with its 95% interval; a group with fewer than %2 reconstructed rows is small.</source>
        <translation>Reconstruction informée répartie selon %1 : l&apos;avantage de chaque groupe sur la référence sans modèle (colonnes retrouvées moins celles de la référence) avec son intervalle à 95 % ; un groupe de moins de %2 lignes reconstruites est petit.</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Non-membres</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [IC à 95 %]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR à 1 % de FPR</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Individual leakage [95% CI]</source>
        <translation>Fuite individuelle [IC à 95 %]</translation>
    </message>
    <message>
        <source>Advantage over imputation [95% CI]</source>
        <translation>Avantage sur l&apos;imputation [IC à 95 %]</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Advantage over the baseline [95% CI]</source>
        <translation>Avantage sur la référence [IC à 95 %]</translation>
    </message>
    <message>
        <source>Method: the run&apos;s per-record results are split by the column&apos;s value in the rows the run used (read again from its data, which must be unchanged; numeric columns in quantile bands). The risk is said to concentrate in a group only when the lower end of its interval at 2.5% divided by the number of groups (Bonferroni, one-sided) lies above the whole run&apos;s value; small groups are never claimed. A group not flagged is not shown to be safe.</source>
        <translation>Méthode : les résultats par enregistrement de l&apos;exécution sont répartis selon la valeur de la colonne dans les lignes utilisées par l&apos;exécution (relues depuis ses données, qui doivent être inchangées ; colonnes numériques en tranches de quantiles). Le risque n&apos;est dit concentré dans un groupe que lorsque la borne inférieure de son intervalle à 2,5 % divisé par le nombre de groupes (Bonferroni, unilatéral) dépasse la valeur de l&apos;exécution entière ; les petits groupes ne sont jamais retenus. Un groupe non signalé n&apos;est pas montré sûr pour autant.</translation>
    </message>
    <message>
        <source>No subgroup analysis was saved: where the risk concentrates (for example by a sensitive or a protected attribute) is not measured in this report. Save one with privaudit-cli subgroups --save or from a run&apos;s subgroup panel.</source>
        <translation>Aucune analyse de sous-groupes enregistrée : où le risque se concentre (par exemple selon un attribut sensible ou protégé) n&apos;est pas mesuré dans ce rapport. Enregistrez-en une avec privaudit-cli subgroups --save ou depuis le panneau des sous-groupes d&apos;une exécution.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AboutDialog</name>
    <message>
        <source>About PrivAudit</source>
        <translation>À propos de PrivAudit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PrivAudit %1&lt;/h2&gt;&lt;p&gt;Measures the privacy risk of machine-learning models and turns the measurements into evidence a compliance officer can sign.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PrivAudit %1&lt;/h2&gt;&lt;p&gt;Mesure le risque de confidentialité des modèles d&apos;apprentissage automatique et transforme les mesures en preuves qu&apos;un responsable de la conformité peut signer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation>LibTorch :</translation>
    </message>
    <message>
        <source>BLAS:</source>
        <translation>BLAS :</translation>
    </message>
    <message>
        <source>Eigen:</source>
        <translation>Eigen :</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite :</translation>
    </message>
    <message>
        <source>FFTW:</source>
        <translation>FFTW :</translation>
    </message>
    <message>
        <source>QCustomPlot:</source>
        <translation>QCustomPlot :</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Fils :</translation>
    </message>
    <message>
        <source>%1 LibTorch, %2 BLAS, %3 cores</source>
        <translation>%1 LibTorch, %2 BLAS, %3 cœurs</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AttributeResultView</name>
    <message>
        <source>Run %1 is not an attribute-inference run.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une inférence d&apos;attribut.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de résultats : elle est %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>share of candidates whose value the attack got right (95% interval)</source>
        <translation>part des candidats dont l&apos;attaque a trouvé la valeur (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>members (training records)</source>
        <translation>membres (enregistrements d&apos;entraînement)</translation>
    </message>
    <message>
        <source>non-members</source>
        <translation>non-membres</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AuditResultView</name>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Export Histogram…</source>
        <translation>Exporter l&apos;histogramme…</translation>
    </message>
    <message>
        <source>Privacy auditing with one training run (Steinke, Nasr &amp; Jagielski, NeurIPS 2023): each canary joined the training set with probability 1/2; the guesses (the highest scores IN, the lowest OUT) were fixed before looking at which canaries were included. The bound holds with the stated confidence; it can refute a DP claim, never prove one.</source>
        <translation>Audit de confidentialité en une seule exécution d&apos;entraînement (Steinke, Nasr &amp; Jagielski, NeurIPS 2023) : chaque canari a rejoint l&apos;ensemble d&apos;entraînement avec une probabilité de 1/2 ; les suppositions (les scores les plus élevés IN, les plus bas OUT) ont été fixées avant de regarder quels canaris étaient inclus. La borne vaut avec la confiance indiquée ; elle peut réfuter une garantie DP, jamais la prouver.</translation>
    </message>
    <message>
        <source>Run %1 is not a one-run audit.</source>
        <translation>L&apos;exécution %1 n&apos;est pas un audit en une exécution.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de résultats : elle est %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1: %2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;Exécution %1 : %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Epsilon empirique ≥</translation>
    </message>
    <message>
        <source>%1 (%2% confidence)</source>
        <translation>%1 (%2 % de confiance)</translation>
    </message>
    <message>
        <source>Accountant&apos;s epsilon</source>
        <translation>Epsilon du comptable</translation>
    </message>
    <message>
        <source>%1 at delta %2</source>
        <translation>%1 à delta %2</translation>
    </message>
    <message>
        <source>none (trained without DP)</source>
        <translation>aucun (entraîné sans DP)</translation>
    </message>
    <message>
        <source>Right guesses</source>
        <translation>Suppositions justes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Canaries</source>
        <translation>Canaris</translation>
    </message>
    <message>
        <source>%1, of which %2 included</source>
        <translation>%1, dont %2 inclus</translation>
    </message>
    <message>
        <source>Canary labels</source>
        <translation>Étiquettes des canaris</translation>
    </message>
    <message>
        <source>changed to a wrong class</source>
        <translation>remplacées par une classe erronée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservées</translation>
    </message>
    <message>
        <source>Training rows besides the canaries</source>
        <translation>Lignes d&apos;entraînement hors canaris</translation>
    </message>
    <message>
        <source>Training accuracy (without canaries)</source>
        <translation>Exactitude d&apos;entraînement (sans canaris)</translation>
    </message>
    <message>
        <source>DP-SGD</source>
        <translation>DP-SGD</translation>
    </message>
    <message>
        <source>σ %1, sampling rate %2, %3 steps, %4 epochs</source>
        <translation>σ %1, taux d&apos;échantillonnage %2, %3 pas, %4 époques</translation>
    </message>
    <message>
        <source>not used (%1 epochs)</source>
        <translation>non utilisé (%1 époques)</translation>
    </message>
    <message>
        <source>Run %1 stored no canary scores.</source>
        <translation>L&apos;exécution %1 n&apos;a enregistré aucun score de canari.</translation>
    </message>
    <message>
        <source>included canaries (%1)</source>
        <translation>canaris inclus (%1)</translation>
    </message>
    <message>
        <source>left-out canaries (%1)</source>
        <translation>canaris écartés (%1)</translation>
    </message>
    <message>
        <source>canary score (negated loss)</source>
        <translation>score du canari (perte négée)</translation>
    </message>
    <message>
        <source>Dashed lines: the guessing thresholds. Canaries right of the upper one were guessed IN, left of the lower one OUT.</source>
        <translation>Lignes pointillées : les seuils des suppositions. Les canaris à droite du seuil supérieur ont été supposés IN, ceux à gauche du seuil inférieur OUT.</translation>
    </message>
    <message>
        <source>canaries</source>
        <translation>canaris</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Verified: %1 rows, the hash chain is intact.</source>
        <translation>Vérifié : %1 lignes, la chaîne de hachage est intacte.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Vérification ÉCHOUÉE : %1</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::CanaryResultView</name>
    <message>
        <source>Run %1 is not a canary-exposure run.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution d&apos;exposition des canaris.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de résultats : elle est %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>contrôles</translation>
    </message>
    <message>
        <source>inserted %1x</source>
        <translation>insérés %1×</translation>
    </message>
    <message>
        <source>exposure in bits: each canary, and the level&apos;s mean with its 95% interval</source>
        <translation>exposition en bits : chaque canari, et la moyenne du niveau avec son intervalle à 95 %</translation>
    </message>
    <message>
        <source>canaries</source>
        <translation>canaris</translation>
    </message>
    <message>
        <source>mean of the level (95% interval)</source>
        <translation>moyenne du niveau (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>hasard</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ChecklistView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation>s. o.</translation>
    </message>
    <message>
        <source>Only items that apply</source>
        <translation>Seulement les points applicables</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Link Run…</source>
        <translation>Lier une exécution…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>Toutes les listes de contrôle</translation>
    </message>
    <message>
        <source>(unanswered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>Comment: what was checked, by whom, where the evidence is</source>
        <translation>Commentaire : ce qui a été vérifié, par qui, où se trouve la preuve</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>Due date of %1</source>
        <translation>Échéance de %1</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Link Run</source>
        <translation>Lier une exécution</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Act classification:&lt;/b&gt; %1 (role: %2).</source>
        <translation>&lt;b&gt;Classification selon le règlement sur l&apos;IA :&lt;/b&gt; %1 (rôle : %2).</translation>
    </message>
    <message>
        <source>BLOCKER:</source>
        <translation>BLOQUANT :</translation>
    </message>
    <message>
        <source>%1 — BLOCKER</source>
        <translation>%1 — BLOQUANT</translation>
    </message>
    <message>
        <source>%1 of %2 applicable items answered</source>
        <translation>%1 des %2 points applicables ont une réponse</translation>
    </message>
    <message>
        <source>Select an item on the left.</source>
        <translation>Sélectionner un point à gauche.</translation>
    </message>
    <message>
        <source>Applies from %1</source>
        <translation>S&apos;applique à partir du %1</translation>
    </message>
    <message>
        <source> (originally %1)</source>
        <translation> (initialement le %1)</translation>
    </message>
    <message>
        <source>Source: %1. Evidence: %2.</source>
        <translation>Source : %1. Preuves : %2.</translation>
    </message>
    <message>
        <source>Run #%1 (double-click to open)</source>
        <translation>Exécution #%1 (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Réponse %1 : %2</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>Owner of %1</source>
        <translation>Responsable de %1</translation>
    </message>
    <message>
        <source>Select a checklist item first.</source>
        <translation>Sélectionner d&apos;abord un point de contrôle.</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Preuve pour %1</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Joindre %1 à %2</translation>
    </message>
    <message>
        <source>Link run %1 to %2</source>
        <translation>Lier l&apos;exécution %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n screening question(s) unanswered: the classification is provisional until they are answered.</source>
        <translation>
            <numerusform>%n question(s) de filtrage sans réponse : la classification reste provisoire tant qu’elles ne sont pas répondues.</numerusform>
            <numerusform>%n question(s) de filtrage sans réponse : la classification reste provisoire tant qu’elles ne sont pas répondues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Check the runs to compare; the first checked is the baseline.</source>
        <translation>Cochez les exécutions à comparer ; la première cochée est la référence.</translation>
    </message>
    <message>
        <source>The attack whose ROC curves are drawn.</source>
        <translation>L&apos;attaque dont les courbes ROC sont tracées.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [IC 95 %]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR à 1 % de FPR</translation>
    </message>
    <message>
        <source>AUC difference [95% CI]</source>
        <translation>Écart d&apos;AUC [IC 95 %]</translation>
    </message>
    <message>
        <source>TPR difference [95% CI]</source>
        <translation>Écart de TPR [IC 95 %]</translation>
    </message>
    <message>
        <source>Membership runs:</source>
        <translation>Exécutions d&apos;appartenance :</translation>
    </message>
    <message>
        <source>ROC of:</source>
        <translation>ROC de :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison of membership runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparaison d&apos;exécutions d&apos;appartenance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>The project needs at least two completed membership runs to compare.</source>
        <translation>Le projet doit contenir au moins deux exécutions d&apos;appartenance terminées pour une comparaison.</translation>
    </message>
    <message>
        <source>Check two or more runs and compare them.</source>
        <translation>Cochez deux exécutions ou plus et comparez-les.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>not in the baseline</source>
        <translation>absent de la référence</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>hasard</translation>
    </message>
    <message>
        <source>Run %1 (AUC %2)</source>
        <translation>Exécution %1 (AUC %2)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::DataGovernancePanel</name>
    <message>
        <source>Compute Risk</source>
        <translation>Calculer le risque</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Données personnelles trouvées</translation>
    </message>
    <message>
        <source>Suggested role</source>
        <translation>Rôle suggéré</translation>
    </message>
    <message>
        <source>The columns an attacker could know from elsewhere and link on; the scan&apos;s suggestion is ticked.</source>
        <translation>Les colonnes qu’un attaquant pourrait connaître par ailleurs et sur lesquelles il pourrait faire une liaison ; la suggestion de l’analyse est cochée.</translation>
    </message>
    <message>
        <source>e.g. 83000000 (optional)</source>
        <translation>p. ex. 68000000 (facultatif)</translation>
    </message>
    <message>
        <source>The number of people the table was drawn from. Without it the table is taken as the whole population: journalist risk equals prosecutor risk and population uniques are not estimated.</source>
        <translation>Le nombre de personnes dont la table est tirée. Sans lui, la table est prise comme la population entière : le risque journaliste égale le risque procureur et les uniques de la population ne sont pas estimés.</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Quasi-identifiants</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Distinction</source>
        <translation>Distinction</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <source>Each set of quasi-identifiers on its own. Distinction: equivalence classes per record; separation: the share of record pairs the columns tell apart (Motwani &amp; Xu 2007, as in ARX).</source>
        <translation>Chaque ensemble de quasi-identifiants pris seul. Distinction : classes d’équivalence par enregistrement ; séparation : la part des paires d’enregistrements que les colonnes distinguent (Motwani &amp; Xu 2007, comme dans ARX).</translation>
    </message>
    <message>
        <source>Records by prosecutor risk</source>
        <translation>Enregistrements par risque procureur</translation>
    </message>
    <message>
        <source>Population uniqueness by sampling fraction</source>
        <translation>Unicité dans la population selon la fraction d’échantillonnage</translation>
    </message>
    <message>
        <source>The population size must be a number, got &apos;%1&apos;.</source>
        <translation>La taille de la population doit être un nombre, reçu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Tick at least one quasi-identifier.</source>
        <translation>Cochez au moins un quasi-identifiant.</translation>
    </message>
    <message>
        <source>Export Histogram…</source>
        <translation>Exporter l’histogramme…</translation>
    </message>
    <message>
        <source>Export Curve…</source>
        <translation>Exporter la courbe…</translation>
    </message>
    <message>
        <source>Quasi-identifiers:</source>
        <translation>Quasi-identifiants :</translation>
    </message>
    <message>
        <source>Population size:</source>
        <translation>Taille de la population :</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Lecture des lignes…</translation>
    </message>
    <message>
        <source>Scanning for personal data and computing the re-identification risk…</source>
        <translation>Recherche de données personnelles et calcul du risque de réidentification…</translation>
    </message>
    <message>
        <source>Computing the re-identification risk over %1…</source>
        <translation>Calcul du risque de réidentification sur %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>No direct identifiers found by the scan.</source>
        <translation>L’analyse n’a trouvé aucun identifiant direct.</translation>
    </message>
    <message>
        <source>Direct identifiers: %1. They identify a person on their own and should not be model inputs.</source>
        <translation>Identifiants directs : %1. Ils identifient une personne à eux seuls et ne devraient pas être des entrées du modèle.</translation>
    </message>
    <message>
        <source>The scan suggests no quasi-identifiers; tick the columns an attacker could link on and compute the risk.</source>
        <translation>L’analyse ne suggère aucun quasi-identifiant ; cochez les colonnes sur lesquelles un attaquant pourrait faire une liaison et calculez le risque.</translation>
    </message>
    <message>
        <source>Over %1 (%2 records, %3 equivalence classes): k-anonymity %4, sample uniques %5 (%6).</source>
        <translation>Sur %1 (%2 enregistrements, %3 classes d’équivalence) : k-anonymat %4, uniques de l’échantillon %5 (%6).</translation>
    </message>
    <message>
        <source>k = 1: at least one record is alone in its class; whoever knows these columns of that person finds their record.</source>
        <translation>k = 1 : au moins un enregistrement est seul dans sa classe ; qui connaît ces colonnes de cette personne trouve son enregistrement.</translation>
    </message>
    <message>
        <source>%1 risk: highest %2, average %3, records above %4: %5.</source>
        <translation>Risque %1 : maximal %2, moyen %3, enregistrements au-dessus de %4 : %5.</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>procureur</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>journaliste</translation>
    </message>
    <message>
        <source>Marketer risk: %1 of the records re-identified on average.</source>
        <translation>Risque marketeur : %1 des enregistrements réidentifiés en moyenne.</translation>
    </message>
    <message>
        <source>Expected re-identifications (sdcMicro individual risk): %1.</source>
        <translation>Réidentifications attendues (risque individuel de sdcMicro) : %1.</translation>
    </message>
    <message>
        <source>No population size: the table is taken as the whole population, so journalist risk equals prosecutor risk and population uniques are not estimated.</source>
        <translation>Pas de taille de population : la table est prise comme la population entière, donc le risque journaliste égale le risque procureur et les uniques de la population ne sont pas estimés.</translation>
    </message>
    <message>
        <source>Population uniques (%1 by Dankar&apos;s rule): %2 (%3 of the population).</source>
        <translation>Uniques de la population (%1 selon la règle de Dankar) : %2 (%3 de la population).</translation>
    </message>
    <message>
        <source>re-identification probability, %</source>
        <translation>probabilité de réidentification, %</translation>
    </message>
    <message>
        <source>share of records, %</source>
        <translation>part des enregistrements, %</translation>
    </message>
    <message>
        <source>sampling fraction (table / population)</source>
        <translation>fraction d’échantillonnage (table / population)</translation>
    </message>
    <message>
        <source>population uniques, %</source>
        <translation>uniques de la population, %</translation>
    </message>
    <message>
        <source>Dankar&apos;s choice</source>
        <translation>choix de Dankar</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>cette table</translation>
    </message>
    <message>
        <source>Population uniques: none estimated, because no record is unique in the table.</source>
        <translation>Uniques de la population : aucun estimé, car aucun enregistrement n’est unique dans la table.</translation>
    </message>
    <message>
        <source>Uniques</source>
        <translation>Uniques</translation>
    </message>
    <message>
        <source>Max. risk</source>
        <translation>Risque max.</translation>
    </message>
    <message>
        <source>Sample uniques: records alone in their class</source>
        <translation>Uniques de l’échantillon : enregistrements seuls dans leur classe</translation>
    </message>
    <message>
        <source>Highest prosecutor risk: 1 / the smallest class</source>
        <translation>Risque procureur maximal : 1 / la plus petite classe</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::DatasetView</name>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Edit Types and Roles…</source>
        <translation>Modifier les types et les rôles…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>The rows of &apos;%1&apos; cannot be shown: %2</source>
        <translation>Les lignes de &apos;%1&apos; ne peuvent pas être affichées : %2</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>Il n&apos;y a pas de jeu de données %1 dans ce projet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;SHA-256: %3&lt;br&gt;%4 rows, %5 columns; used by %6 runs.&lt;br&gt;Origin: %7&lt;br&gt;Licence: %8&lt;br&gt;Consent: %9&lt;br&gt;Purpose: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fichier : %2&lt;br&gt;SHA-256 : %3&lt;br&gt;%4 lignes, %5 colonnes ; utilisé par %6 exécutions.&lt;br&gt;Origine : %7&lt;br&gt;Licence : %8&lt;br&gt;Consentement : %9&lt;br&gt;Finalité : %10</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>No run uses this dataset.</source>
        <translation>Aucune exécution n&apos;utilise ce jeu de données.</translation>
    </message>
    <message>
        <source>Used by %1 runs: kept, because their evidence refers to it.</source>
        <translation>Utilisé par %1 exécutions : conservé, car leurs preuves s&apos;y réfèrent.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; of dataset &apos;%2&apos; is no longer there.</source>
        <translation>Le fichier &apos;%1&apos; du jeu de données &apos;%2&apos; n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Columns and Rows</source>
        <translation>Colonnes et lignes</translation>
    </message>
    <message>
        <source>Personal Data and Re-identification</source>
        <translation>Données personnelles et réidentification</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Fiche technique</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::DatasheetPanel</name>
    <message>
        <source>Save Datasheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>SPDX expression, e.g. CC-BY-4.0 or LicenseRef-internal</source>
        <translation>Expression SPDX, p. ex. CC-BY-4.0 ou LicenseRef-internal</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>%p % complète</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>The Union or Member State law, e.g. § 22 BDSG</source>
        <translation>Le droit de l’Union ou de l’État membre, p. ex. article 6 de la loi Informatique et Libertés</translation>
    </message>
    <message>
        <source>Licence and lawful basis</source>
        <translation>Licence et base légale</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Lawful basis (GDPR Art 6(1)):</source>
        <translation>Base légale (art. 6(1) RGPD) :</translation>
    </message>
    <message>
        <source>Special categories (Art 9(2)):</source>
        <translation>Catégories particulières (art. 9(2)) :</translation>
    </message>
    <message>
        <source>Criminal-offence data (Art 10):</source>
        <translation>Données relatives aux infractions (art. 10) :</translation>
    </message>
    <message>
        <source>Export SPDX…</source>
        <translation>Exporter en SPDX…</translation>
    </message>
    <message>
        <source>Export Croissant…</source>
        <translation>Exporter en Croissant…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export Datasheet</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <source>JSON-LD (*.json *.jsonld);;All files (*)</source>
        <translation>JSON-LD (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Datasheet</source>
        <translation>Importer une fiche</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 réponses</translation>
    </message>
    <message>
        <source>Still open (%1): %2.</source>
        <translation>Encore ouvert (%1) : %2.</translation>
    </message>
    <message>
        <source>Checked against the SPDX licence list shipped with PrivAudit (%1, %2 licences).</source>
        <translation>Vérifiée contre la liste de licences SPDX fournie avec PrivAudit (%1, %2 licences).</translation>
    </message>
    <message>
        <source>Valid: a licence outside the SPDX list (LicenseRef).</source>
        <translation>Valide : une licence hors de la liste SPDX (LicenseRef).</translation>
    </message>
    <message>
        <source>Valid: %1.</source>
        <translation>Valide : %1.</translation>
    </message>
    <message>
        <source>Not a valid SPDX expression: %1.</source>
        <translation>Pas une expression SPDX valide : %1.</translation>
    </message>
    <message>
        <source>The PII scan of the file has not finished: whether special categories or criminal-offence data need their grounds is not known yet.</source>
        <translation>L’analyse PII du fichier n’est pas terminée : on ne sait pas encore si des catégories particulières ou des données relatives aux infractions exigent leurs fondements.</translation>
    </message>
    <message>
        <source>The PII scan found %1: processing it needs the ground asked for here.</source>
        <translation>L’analyse PII a trouvé des %1 : leur traitement exige le fondement demandé ici.</translation>
    </message>
    <message>
        <source>special categories and criminal-offence data</source>
        <translation>catégories particulières et données relatives aux infractions</translation>
    </message>
    <message>
        <source>special categories of personal data</source>
        <translation>catégories particulières de données personnelles</translation>
    </message>
    <message>
        <source>criminal-offence data</source>
        <translation>données relatives aux infractions</translation>
    </message>
    <message>
        <source>The PII scan found no special categories or criminal-offence data; their grounds are not asked for.</source>
        <translation>L’analyse PII n’a trouvé ni catégories particulières ni données relatives aux infractions ; leurs fondements ne sont pas demandés.</translation>
    </message>
    <message>
        <source>The licence &apos;%1&apos; is not a valid SPDX expression: %2.</source>
        <translation>La licence &apos;%1&apos; n’est pas une expression SPDX valide : %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d’écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Impossible de lire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 16 MiB: not a datasheet.</source>
        <translation>&apos;%1&apos; dépasse 16 Mio : ce n’est pas une fiche.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON object: %2</source>
        <translation>&apos;%1&apos; n’est pas un objet JSON : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ImportWizard</name>
    <message>
        <source>feature</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléenne</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>A header row and one record per line; comma, semicolon or tab separated.</source>
        <translation>Une ligne d&apos;en-tête et un enregistrement par ligne ; séparés par virgule, point-virgule ou tabulation.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Columns, types and roles</source>
        <translation>Colonnes, types et rôles</translation>
    </message>
    <message>
        <source>Choose the label the model predicts; mark sensitive columns (kept out of reports) and identifiers (never used as features).</source>
        <translation>Choisir l&apos;étiquette que le modèle prédit ; marquer les colonnes sensibles (tenues hors des rapports) et les identifiants (jamais utilisés comme variables).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes :</translation>
    </message>
    <message>
        <source>Summary and datasheet</source>
        <translation>Résumé et fiche de données</translation>
    </message>
    <message>
        <source>What an auditor asks about the data: where it comes from, under which licence and consent, for which purpose.</source>
        <translation>Ce qu&apos;un auditeur demande sur les données : leur provenance, sous quelle licence et quel consentement, dans quel but.</translation>
    </message>
    <message>
        <source>Origin: who collected the data, when and how</source>
        <translation>Origine : qui a collecté les données, quand et comment</translation>
    </message>
    <message>
        <source>Licence or legal basis for use</source>
        <translation>Licence ou base juridique de l&apos;utilisation</translation>
    </message>
    <message>
        <source>Consent obtained, or why none is needed</source>
        <translation>Consentement obtenu, ou pourquoi il n&apos;est pas nécessaire</translation>
    </message>
    <message>
        <source>Purpose of this use</source>
        <translation>Finalité de cette utilisation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns read.</source>
        <translation>%1 lignes, %2 colonnes lues.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns, %3 missing values. Label &apos;%4&apos;: %5.</source>
        <translation>%1 lignes, %2 colonnes, %3 valeurs manquantes. Étiquette « %4 » : %5.</translation>
    </message>
    <message>
        <source>Choose the label column: the model&apos;s prediction target.</source>
        <translation>Choisir la colonne d&apos;étiquette : la cible de prédiction du modèle.</translation>
    </message>
    <message>
        <source>Edit Dataset &apos;%1&apos;</source>
        <translation>Modifier le jeu de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>This file (SHA-256 %1…) is already in the project as dataset %2 &apos;%3&apos;: finishing with the same types and roles reuses it, other choices register a new version of it.</source>
        <translation>Ce fichier (SHA-256 %1…) est déjà dans le projet en tant que jeu de données %2 &apos;%3&apos; : terminer avec les mêmes types et rôles le réutilise, d&apos;autres choix en enregistrent une nouvelle version.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Direct identifiers: %1. Suggested role &apos;identifier&apos;: they are never model inputs.</source>
        <translation>Identifiants directs : %1. Rôle suggéré « identifiant » : ils ne sont jamais des entrées du modèle.</translation>
    </message>
    <message>
        <source>Special categories (GDPR Art 9) or criminal-offence data (Art 10): %1. Suggested role &apos;sensitive&apos;: kept out of reports, the target of attribute-inference attacks; processing them needs an exception of Art 9(2) or a legal basis under Art 10.</source>
        <translation>Catégories particulières (art. 9 RGPD) ou données relatives aux infractions (art. 10) : %1. Rôle suggéré « sensible » : tenues hors des rapports, cible des attaques par inférence d’attribut ; leur traitement exige une exception de l’art. 9(2) ou une base légale au titre de l’art. 10.</translation>
    </message>
    <message>
        <source>Quasi-identifiers an attacker could link on: %1. They stay features; measure the re-identification risk over them (privaudit-cli data risk).</source>
        <translation>Quasi-identifiants sur lesquels un attaquant pourrait faire une liaison : %1. Ils restent des caractéristiques ; mesurez le risque de réidentification sur eux (privaudit-cli data risk).</translation>
    </message>
    <message>
        <source>Roles set from the scan: %1. Change any of them in the table.</source>
        <translation>Rôles fixés d’après l’analyse : %1. Chacun peut être modifié dans la table.</translation>
    </message>
    <message>
        <source>No personal data found by the scan (names, contact details, national identifiers, dates of birth, special categories).</source>
        <translation>L’analyse n’a trouvé aucune donnée personnelle (noms, coordonnées, identifiants nationaux, dates de naissance, catégories particulières).</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::JobsPanel</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job; it is recorded as cancelled in the project</source>
        <translation>Arrêter cette tâche ; elle est consignée comme annulée dans le projet</translation>
    </message>
    <message>
        <source>Completed (run %1)</source>
        <translation>Terminée (exécution %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::MainWindow</name>
    <message>
        <source>PrivAudit</source>
        <translation>PrivAudit</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>New &amp;Run…</source>
        <translation>Nouvelle &amp;exécution…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Privacy &amp;Calculator</source>
        <translation>&amp;Calculateur de confidentialité</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;About PrivAudit</source>
        <translation>À &amp;propos de PrivAudit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(aucun projet récent)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Threads: %1 · BLAS: %2 · Device: %3</source>
        <translation>Fils : %1 · BLAS : %2 · Périphérique : %3</translation>
    </message>
    <message>
        <source>OpenBLAS</source>
        <translation>OpenBLAS</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Privacy Calculator</source>
        <translation>Calculateur de confidentialité</translation>
    </message>
    <message>
        <source>%1 is not available in this version of PrivAudit yet.</source>
        <translation>%1 n&apos;est pas encore disponible dans cette version de PrivAudit.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit measures how much a machine-learning model reveals about the people in its training data, and records the evidence for a privacy assessment.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Run &amp;gt; Privacy Calculator&lt;/b&gt; computes the differential-privacy guarantee (epsilon, delta) of DP-SGD training with the RDP and PLD accountants.&lt;/li&gt;&lt;li&gt;&lt;b&gt;File &amp;gt; Open Project&lt;/b&gt; opens a &lt;i&gt;.privaudit&lt;/i&gt; project (for example the demo&apos;s &lt;i&gt;demo-output/demo.privaudit&lt;/i&gt;): its datasets, models and runs appear on the left; double-click a sweep to explore the privacy-utility trade-off.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run &amp;gt; Run Job Spec&lt;/b&gt; starts a job or a sweep from its JSON spec; running jobs appear below with their progress and a cancel button.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit mesure ce qu&apos;un modèle d&apos;apprentissage automatique révèle sur les personnes de ses données d&apos;entraînement et consigne les preuves pour une évaluation de la confidentialité.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Exécuter &amp;gt; Calculateur de confidentialité&lt;/b&gt; calcule la garantie de confidentialité différentielle (epsilon, delta) d&apos;un entraînement DP-SGD avec les comptables RDP et PLD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fichier &amp;gt; Ouvrir un projet&lt;/b&gt; ouvre un projet &lt;i&gt;.privaudit&lt;/i&gt; (par exemple &lt;i&gt;demo-output/demo.privaudit&lt;/i&gt; de la démo) : ses jeux de données, modèles et exécutions apparaissent à gauche ; un double-clic sur un balayage montre le compromis confidentialité–utilité.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Exécuter &amp;gt; Lancer une spécification&lt;/b&gt; démarre une tâche ou un balayage à partir de sa spécification JSON ; les tâches en cours apparaissent en bas avec leur progression et un bouton d&apos;annulation.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Run Job &amp;Spec…</source>
        <translation>Lancer une &amp;spécification…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export Audit Report…</source>
        <translation>&amp;Exporter le rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>PrivAudit projects (*.privaudit)</source>
        <translation>Projets PrivAudit (*.privaudit)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>PrivAudit projects (*.privaudit);;All files (*)</source>
        <translation>Projets PrivAudit (*.privaudit);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Run Job Spec</source>
        <translation>Lancer une spécification</translation>
    </message>
    <message>
        <source>Job specs (*.json)</source>
        <translation>Spécifications de tâches (*.json)</translation>
    </message>
    <message>
        <source>%1 — PrivAudit</source>
        <translation>%1 — PrivAudit</translation>
    </message>
    <message>
        <source>Opened read-only: %1.</source>
        <translation>Ouvert en lecture seule : %1.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open or create a project first: results are stored in it.</source>
        <translation>Ouvrir ou créer d&apos;abord un projet : les résultats y sont enregistrés.</translation>
    </message>
    <message>
        <source>Trade-off: sweep %1</source>
        <translation>Compromis : balayage %1</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Risk Matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Cette vue</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>&amp;Importer un jeu de données…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Dataset imported; Run &gt; New Run starts an attack on it.</source>
        <translation>Jeu de données importé ; Exécuter &gt; Nouvelle exécution lance une attaque dessus.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>A new version of the dataset was registered; runs that used the old one keep it.</source>
        <translation>Une nouvelle version du jeu de données a été enregistrée ; les exécutions qui utilisaient l&apos;ancienne la conservent.</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Jeu de données %1</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Run %1&apos;s model is now the model under review; the other runs are comparisons.</source>
        <translation>Le modèle de l&apos;exécution %1 est désormais le modèle examiné ; les autres exécutions sont des comparaisons.</translation>
    </message>
    <message>
        <source>Preferences saved. The theme applies now; the language, the threads and the device apply when PrivAudit starts next.</source>
        <translation>Préférences enregistrées. Le thème s’applique tout de suite ; la langue, les threads et le périphérique au prochain démarrage de PrivAudit.</translation>
    </message>
    <message>
        <source>Audit %1</source>
        <translation>Audit %1</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Canaries %1</source>
        <translation>Canaris %1</translation>
    </message>
    <message>
        <source>C&amp;ompare Runs…</source>
        <translation>&amp;Comparer des exécutions…</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Reconstruction %1</source>
        <translation>Reconstruction %1</translation>
    </message>
    <message>
        <source>MI-Face %1</source>
        <translation>MI-Face %1</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::MiFaceResultView</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <source>Closest member</source>
        <translation>Membre le plus proche</translation>
    </message>
    <message>
        <source>Closest held-out row</source>
        <translation>Ligne réservée la plus proche</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Run %1 is not an MI-Face run.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution MI-Face.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de résultats : elle est %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>equally near both (above: nearer a member)</source>
        <translation>aussi proche des deux (au-dessus : plus proche d&apos;un membre)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>distance to the closest member</source>
        <translation>distance au membre le plus proche</translation>
    </message>
    <message>
        <source>distance to the closest held-out row</source>
        <translation>distance à la réservée la plus proche</translation>
    </message>
    <message>
        <source>confidence reached</source>
        <translation>confiance atteinte</translation>
    </message>
    <message>
        <source>no improvement</source>
        <translation>pas d&apos;amélioration</translation>
    </message>
    <message>
        <source>step budget</source>
        <translation>budget de pas</translation>
    </message>
    <message>
        <source>%1 after %2 steps</source>
        <translation>%1 après %2 pas</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::PlotExport</name>
    <message>
        <source>Cannot export &apos;%1&apos;: choose a .png, .svg or .pdf file.</source>
        <translation>Impossible d&apos;exporter « %1 » : choisir un fichier .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Could not write the plot to &apos;%1&apos;.</source>
        <translation>Impossible d&apos;écrire le graphique dans « %1 ».</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Image vectorielle SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatique (CUDA si disponible)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Compute threads:</source>
        <translation>Fils de calcul :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Default seed:</source>
        <translation>Graine par défaut :</translation>
    </message>
    <message>
        <source>Reference models for LiRA and RMIA:</source>
        <translation>Modèles de référence pour LiRA et RMIA :</translation>
    </message>
    <message>
        <source>Threads, device and language take effect when PrivAudit starts next.</source>
        <translation>Les fils, le périphérique et la langue s&apos;appliquent au prochain démarrage de PrivAudit.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::PrivacyCalculatorView</name>
    <message>
        <source>Find noise</source>
        <translation>Trouver le bruit</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;Training examples:</source>
        <translation>Exemples d&apos;&amp;entraînement :</translation>
    </message>
    <message>
        <source>Expected &amp;batch size:</source>
        <translation>Taille de &amp;lot attendue :</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;poques :</translation>
    </message>
    <message>
        <source>&amp;Noise multiplier (sigma):</source>
        <translation>Multiplicateur de &amp;bruit (sigma) :</translation>
    </message>
    <message>
        <source>&amp;Delta:</source>
        <translation>&amp;Delta :</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Dérivé :</translation>
    </message>
    <message>
        <source>Privacy guarantee</source>
        <translation>Garantie de confidentialité</translation>
    </message>
    <message>
        <source>Epsilon (RDP):</source>
        <translation>Epsilon (RDP) :</translation>
    </message>
    <message>
        <source>Epsilon (PLD):</source>
        <translation>Epsilon (PLD) :</translation>
    </message>
    <message>
        <source>Target &amp;epsilon:</source>
        <translation>&amp;Epsilon cible :</translation>
    </message>
    <message>
        <source>epsilon (RDP)</source>
        <translation>epsilon (RDP)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Statement for the audit record:</source>
        <translation>Déclaration pour le dossier d&apos;audit :</translation>
    </message>
    <message>
        <source>q = %1, %2 steps</source>
        <translation>q = %1, %2 étapes</translation>
    </message>
    <message>
        <source>%1 (optimal order %2)</source>
        <translation>%1 (ordre optimal %2)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche en cours…</translation>
    </message>
    <message>
        <source>sigma = %1 gives epsilon = %2 (RDP)</source>
        <translation>sigma = %1 donne epsilon = %2 (RDP)</translation>
    </message>
    <message>
        <source>%1 (connect-the-dots discretisation, interval %2 in privacy loss; pessimistic)</source>
        <translation>%1 (discrétisation « connect-the-dots », intervalle %2 en perte de confidentialité ; pessimiste)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ProjectExplorer</name>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>(open or create a project)</source>
        <translation>(ouvrir ou créer un projet)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: AUC %2</source>
        <translation>%1 : AUC %2</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Rapport d&apos;audit…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s): %2, %3)</source>
        <translation>
            <numerusform>%1 (%n exécution : %2, %3)</numerusform>
            <numerusform>%1 (%n exécutions : %2, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>empirical ε ≥ %1, accountant ε %2</source>
        <translation>ε empirique ≥ %1, ε du comptable %2</translation>
    </message>
    <message>
        <source>empirical ε ≥ %1, no DP</source>
        <translation>ε empirique ≥ %1, sans DP</translation>
    </message>
    <message>
        <source>%1: advantage %2, individual leakage %3</source>
        <translation>%1 : avantage %2, fuite individuelle %3</translation>
    </message>
    <message>
        <source>controls: exposure %1 bits</source>
        <translation>contrôles : exposition %1 bits</translation>
    </message>
    <message>
        <source>inserted %1x: exposure %2 bits</source>
        <translation>insérés %1× : exposition %2 bits</translation>
    </message>
    <message>
        <source>%1 of %2 rows recovered, %3% of columns (baseline %4%)</source>
        <translation>%1 sur %2 lignes retrouvées, %3 % des colonnes (référence %4 %)</translation>
    </message>
    <message>
        <source>%1 representatives, %2% nearer a member (p = %3)</source>
        <translation>%1 représentants, %2 % plus proches d&apos;un membre (p = %3)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ReconstructionResultView</name>
    <message>
        <source>Run %1 is not a reconstruction run.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une reconstruction.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de résultats : elle est %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>informed adversary</source>
        <translation>adversaire informé</translation>
    </message>
    <message>
        <source>baseline: class-conditional mean or mode</source>
        <translation>référence : moyenne ou mode conditionnel à la classe</translation>
    </message>
    <message>
        <source>reconstructed row</source>
        <translation>ligne reconstruite</translation>
    </message>
    <message>
        <source>columns recovered (%)</source>
        <translation>colonnes retrouvées (%)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ReportDialog</name>
    <message>
        <source>Audit Report</source>
        <translation>Rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Name of the assessor (printed on the cover and the sign-off)</source>
        <translation>Nom de l&apos;auditeur (imprimé sur la couverture et la validation)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>PDF/A document (*.pdf);;HTML page (*.html)</source>
        <translation>Document PDF/A (*.pdf);;Page HTML (*.html)</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections :</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>Auditeur :</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>&amp;Final report</source>
        <translation>Rapport &amp;définitif</translation>
    </message>
    <message>
        <source>A final report needs a model under review, every applicable item answered, evidence for each risk cell and nothing out of date; it is kept in the project and cannot be changed.</source>
        <translation>Un rapport définitif nécessite un modèle examiné, une réponse à chaque élément applicable, des preuves pour chaque cellule de risque et rien d’obsolète ; il est conservé dans le projet et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>PKCS#12 key (.p12) to sign the PDF; empty: not signed</source>
        <translation>Clé PKCS#12 (.p12) pour signer le PDF ; vide : non signé</translation>
    </message>
    <message>
        <source>Password of the key</source>
        <translation>Mot de passe de la clé</translation>
    </message>
    <message>
        <source>Key…</source>
        <translation>Clé…</translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx)</source>
        <translation>Clé PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Final report: every condition holds.</source>
        <translation>Rapport définitif : toutes les conditions sont remplies.</translation>
    </message>
    <message>
        <source>Not yet final. Missing:</source>
        <translation>Pas encore définitif. Il manque :</translation>
    </message>
    <message>
        <source>Draft (marked DRAFT on every page). Missing for a final report:</source>
        <translation>Brouillon (marqué BROUILLON sur chaque page). Il manque pour un rapport définitif :</translation>
    </message>
    <message>
        <source>A final report needs:
• %1</source>
        <translation>Un rapport définitif nécessite :
• %1</translation>
    </message>
    <message>
        <source>An HTML report cannot carry a signature: export a PDF to sign it.</source>
        <translation>Un rapport HTML ne peut pas porter de signature : exportez un PDF pour le signer.</translation>
    </message>
    <message>
        <source>The report was written to %1 but not signed: %2</source>
        <translation>Le rapport a été écrit dans %1 mais n&apos;a pas été signé : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ReportPdf</name>
    <message>
        <source>PrivAudit privacy audit: %1 · %2</source>
        <translation>Audit de confidentialité PrivAudit : %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>false-positive rate (log)</source>
        <translation>taux de faux positifs (log.)</translation>
    </message>
    <message>
        <source>true-positive rate (log)</source>
        <translation>taux de vrais positifs (log.)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>hasard</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>non-members</source>
        <translation>non-membres</translation>
    </message>
    <message>
        <source>target epsilon (log; ∞ = no DP)</source>
        <translation>epsilon cible (log. ; ∞ = sans DP)</translation>
    </message>
    <message>
        <source>accuracy / attack AUC</source>
        <translation>exactitude / AUC de l&apos;attaque</translation>
    </message>
    <message>
        <source>mean test accuracy</source>
        <translation>exactitude moyenne en test</translation>
    </message>
    <message>
        <source>strongest attack AUC</source>
        <translation>AUC de l&apos;attaque la plus forte</translation>
    </message>
    <message>
        <source>AUC ceiling under DP</source>
        <translation>plafond d&apos;AUC sous DP</translation>
    </message>
    <message>
        <source>Privacy audit report</source>
        <translation>Rapport d&apos;audit de confidentialité</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Fichier du projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 du modèle</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>PrivAudit %1</source>
        <translation>PrivAudit %1</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>AI Act classification</source>
        <translation>Classification selon le règlement sur l&apos;IA</translation>
    </message>
    <message>
        <source>Overall privacy risk</source>
        <translation>Risque global pour la vie privée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Overall privacy risk after controls: %1. AI Act classification: %2.</source>
        <translation>Risque global pour la vie privée après mesures : %1. Classification selon le règlement sur l&apos;IA : %2.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Keep the assessment current when the model or data change.</source>
        <translation>Tenir l&apos;évaluation à jour lorsque le modèle ou les données changent.</translation>
    </message>
    <message>
        <source>Missing for a complete audit</source>
        <translation>Manquant pour un audit complet</translation>
    </message>
    <message>
        <source>Threat model: the attacker queries the model as a black box (access mode: %1), knows the training recipe and has data from the same population, and tries to tell whether a given person&apos;s record was in the training data (membership inference). Members and non-members are drawn at random from the same data, so an attack&apos;s success is a property of the model.</source>
        <translation>Modèle de menace : l&apos;attaquant interroge le modèle comme une boîte noire (mode d&apos;accès : %1), connaît la recette d&apos;entraînement, dispose de données de la même population et cherche à savoir si l&apos;enregistrement d&apos;une personne donnée figurait dans les données d&apos;entraînement (inférence d&apos;appartenance). Membres et non-membres sont tirés au hasard des mêmes données ; le succès d&apos;une attaque est donc une propriété du modèle.</translation>
    </message>
    <message>
        <source>No membership-inference run is stored in this project.</source>
        <translation>Aucune exécution d&apos;inférence d&apos;appartenance n&apos;est enregistrée dans ce projet.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Attaques</translation>
    </message>
    <message>
        <source>Reference models</source>
        <translation>Modèles de référence</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Members / non-members</source>
        <translation>Membres / non-membres</translation>
    </message>
    <message>
        <source>No results: run a membership-inference test and generate the report again.</source>
        <translation>Aucun résultat : exécuter un test d&apos;inférence d&apos;appartenance et régénérer le rapport.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>Target accuracy: train %1, test %2. %3</source>
        <translation>Exactitude du modèle cible : entraînement %1, test %2. %3</translation>
    </message>
    <message>
        <source>Trained with DP-SGD: epsilon %1 at delta %2.</source>
        <translation>Entraîné avec DP-SGD : epsilon %1 pour delta %2.</translation>
    </message>
    <message>
        <source>Trained without differential privacy.</source>
        <translation>Entraîné sans confidentialité différentielle.</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [IC à 95 %]</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR à 0,1 % de FPR</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR à 1 % de FPR</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Epsilon empirique ≥</translation>
    </message>
    <message>
        <source>Score distribution of the strongest attack (%1): the more the two curves differ, the more the model reveals membership.</source>
        <translation>Distribution des scores de l&apos;attaque la plus forte (%1) : plus les deux courbes diffèrent, plus le modèle révèle l&apos;appartenance.</translation>
    </message>
    <message>
        <source>Attack score</source>
        <translation>Score d&apos;attaque</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Comptable</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Noise multiplier σ</source>
        <translation>Multiplicateur de bruit σ</translation>
    </message>
    <message>
        <source>Sampling rate q</source>
        <translation>Taux d&apos;échantillonnage q</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The largest empirical lower bound measured on this model is %1, against the accountant&apos;s %2: the measurement is consistent with the guarantee.</source>
        <translation>La plus grande borne inférieure empirique mesurée sur ce modèle est %1, contre %2 selon le comptable : la mesure est compatible avec la garantie.</translation>
    </message>
    <message>
        <source>No model in this project was trained with differential privacy.</source>
        <translation>Aucun modèle de ce projet n&apos;a été entraîné avec la confidentialité différentielle.</translation>
    </message>
    <message>
        <source>Privacy-utility trade-off: %1 (run %2)</source>
        <translation>Compromis confidentialité–utilité : %1 (exécution %2)</translation>
    </message>
    <message>
        <source>The matrix has not been filled in.</source>
        <translation>La matrice n&apos;a pas été remplie.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Risque inhérent</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>AI Act classification: %1 (role %2).</source>
        <translation>Classification selon le règlement sur l&apos;IA : %1 (rôle %2).</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
    </message>
    <message>
        <source>Verified when this report was generated: the SQLite integrity check passed, the %1 audit-trail rows chain correctly and all %2 stored results match the hashes recorded for them.</source>
        <translation>Vérifié lors de la génération de ce rapport : le contrôle d&apos;intégrité SQLite a réussi, les %1 entrées du journal d&apos;audit sont correctement chaînées et les %2 résultats enregistrés correspondent aux empreintes consignées.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Vérification ÉCHOUÉE : %1</translation>
    </message>
    <message>
        <source>First entry %1, last entry %2. Hash of the last entry (keep it with this report): %3</source>
        <translation>Première entrée %1, dernière entrée %2. Empreinte de la dernière entrée (à conserver avec ce rapport) : %3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>I have reviewed the evidence in this report and the project file it was generated from (audit-trail hash above).</source>
        <translation>J&apos;ai examiné les preuves de ce rapport et le fichier de projet dont il est issu (empreinte du journal d&apos;audit ci-dessus).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué(e) à la protection des données</translation>
    </message>
    <message>
        <source>Accountable manager</source>
        <translation>Responsable désigné(e)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Job spec of run %1 (SHA-256 %2):</source>
        <translation>Spécification de la tâche de l&apos;exécution %1 (SHA-256 %2) :</translation>
    </message>
    <message>
        <source>Privacy audit report: %1</source>
        <translation>Rapport d&apos;audit de confidentialité : %1</translation>
    </message>
    <message>
        <source>The largest empirical lower bound measured on this model, %1, EXCEEDS the accountant&apos;s %2: the guarantee does not hold as stated. Check the training implementation and the accounting before relying on it.</source>
        <translation>La plus grande borne inférieure empirique mesurée sur ce modèle, %1, DÉPASSE %2 selon le comptable : la garantie ne tient pas telle qu&apos;énoncée. Vérifier l&apos;implémentation de l&apos;entraînement et la comptabilité avant de s&apos;y fier.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Draft (see “Missing for a final report”)</source>
        <translation>Brouillon (voir « Manquant pour un rapport définitif »)</translation>
    </message>
    <message>
        <source>Model under review</source>
        <translation>Modèle examiné</translation>
    </message>
    <message>
        <source>None designated: this report describes no release candidate.</source>
        <translation>Aucun désigné : ce rapport ne décrit aucun candidat à la mise en production.</translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation>Tête de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Missing for a final report</source>
        <translation>Manquant pour un rapport définitif</translation>
    </message>
    <message>
        <source>Comparisons (other models; not findings about the model under review)</source>
        <translation>Comparaisons (autres modèles ; pas des constats sur le modèle examiné)</translation>
    </message>
    <message>
        <source>No dataset: no model under review with a completed run.</source>
        <translation>Aucun jeu de données : aucun modèle examiné avec une exécution terminée.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Fiche de données</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Consent / legal basis</source>
        <translation>Consentement / base légale</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Rows and columns</source>
        <translation>Lignes et colonnes</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns</source>
        <translation>%1 lignes, %2 colonnes</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>exclue : %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>À l&apos;entraînement</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>Class balance of the label over the %1 rows the runs used: %2.</source>
        <translation>Répartition des classes de l’étiquette sur les %1 lignes utilisées par les exécutions : %2.</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import : %1</translation>
    </message>
    <message>
        <source>model under review</source>
        <translation>modèle examiné</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>Majority-class baseline accuracy %1; task AUC %2 (95% interval from %3).</source>
        <translation>Exactitude de référence de la classe majoritaire %1 ; AUC de la tâche %2 (intervalle à 95 % à partir de %3).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Most exposed training records (data rows counted from 1, the header not counted; their values, including sensitive columns, are deliberately not shown):</source>
        <translation>Enregistrements d&apos;entraînement les plus exposés (lignes de données comptées à partir de 1, en-tête non compté ; leurs valeurs, y compris les colonnes sensibles, ne sont volontairement pas affichées) :</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Ligne de données</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Obsolète : %1</translation>
    </message>
    <message>
        <source>Could not write the report to &apos;%1&apos;: %2.</source>
        <translation>Impossible d&apos;écrire le rapport dans &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>used; sensitive: its values are hidden in views and in this report</source>
        <translation>utilisée ; sensible : ses valeurs sont masquées dans les vues et dans ce rapport</translation>
    </message>
    <message>
        <source>[… %1 more characters are not printed here; the full text is in the project file and the HTML report.]</source>
        <translation>[… %1 caractères de plus ne sont pas imprimés ici ; le texte complet figure dans le fichier du projet et le rapport HTML.]</translation>
    </message>
    <message>
        <source>One-run audit: %1 (run %2)</source>
        <translation>Audit en une exécution : %1 (exécution %2)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Accountant&apos;s epsilon</source>
        <translation>Epsilon du comptable</translation>
    </message>
    <message>
        <source>Right guesses</source>
        <translation>Suppositions justes</translation>
    </message>
    <message>
        <source>Canaries (included)</source>
        <translation>Canaris (inclus)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Method: privacy auditing with one training run (Steinke, Nasr &amp; Jagielski, NeurIPS 2023); mislabelled canaries from the population pool, each included with probability 1/2, scored by their loss; the guesses were fixed in advance. The canaries&apos; scores are stored with the run.</source>
        <translation>Méthode : audit de confidentialité en une seule exécution d&apos;entraînement (Steinke, Nasr &amp; Jagielski, NeurIPS 2023) ; canaris mal étiquetés issus du réservoir de population, chacun inclus avec une probabilité de 1/2, notés par leur perte ; les suppositions ont été fixées à l&apos;avance. Les scores des canaris sont enregistrés avec l&apos;exécution.</translation>
    </message>
    <message>
        <source>share of candidates whose value the attack got right (95% interval)</source>
        <translation>part des candidats dont l&apos;attaque a trouvé la valeur (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>members (training records)</source>
        <translation>membres (enregistrements d&apos;entraînement)</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>contrôles</translation>
    </message>
    <message>
        <source>inserted %1x</source>
        <translation>insérés %1×</translation>
    </message>
    <message>
        <source>exposure in bits, mean of the canaries (95% interval)</source>
        <translation>exposition en bits, moyenne des canaris (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>canaries of the level</source>
        <translation>canaris du niveau</translation>
    </message>
    <message>
        <source>chance (a canary never seen)</source>
        <translation>hasard (un canari jamais vu)</translation>
    </message>
    <message>
        <source>reconstructed row</source>
        <translation>ligne reconstruite</translation>
    </message>
    <message>
        <source>columns recovered (%)</source>
        <translation>colonnes retrouvées (%)</translation>
    </message>
    <message>
        <source>informed adversary</source>
        <translation>adversaire informé</translation>
    </message>
    <message>
        <source>baseline: class-conditional mean or mode</source>
        <translation>référence : moyenne ou mode conditionnel à la classe</translation>
    </message>
    <message>
        <source>distance to the closest member</source>
        <translation>distance au membre le plus proche</translation>
    </message>
    <message>
        <source>distance to the closest held-out row</source>
        <translation>distance à la réservée la plus proche</translation>
    </message>
    <message>
        <source>equally near both (above: nearer a member)</source>
        <translation>aussi proche des deux (au-dessus : plus proche d&apos;un membre)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>Personal data and re-identification risk</source>
        <translation>Données personnelles et risque de réidentification</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The PII scan found no personal data in these columns; a scan that finds nothing is not proof that there is none.</source>
        <translation>L’analyse PII n’a trouvé aucune donnée personnelle dans ces colonnes ; une analyse qui ne trouve rien ne prouve pas qu’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Found by the PII scan</source>
        <translation>Trouvé par l’analyse PII</translation>
    </message>
    <message>
        <source>Suggested role</source>
        <translation>Rôle suggéré</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <source>Over the quasi-identifiers %1 (%2 records, %3 equivalence classes): k-anonymity %4, sample uniques %5 (%6). Prosecutor risk: highest %7, average %8, records above %9: %10. Expected re-identifications (sdcMicro individual risk): %11.</source>
        <translation>Sur les quasi-identifiants %1 (%2 enregistrements, %3 classes d’équivalence) : k-anonymat %4, uniques de l’échantillon %5 (%6). Risque procureur : maximal %7, moyen %8, enregistrements au-dessus de %9 : %10. Réidentifications attendues (risque individuel de sdcMicro) : %11.</translation>
    </message>
    <message>
        <source>The table is taken as the whole population (no population size is registered): journalist risk equals prosecutor risk, and the curve shows what the uniques would be if the table were that fraction of a larger population.</source>
        <translation>La table est prise comme la population entière (aucune taille de population enregistrée) : le risque journaliste égale le risque procureur, et la courbe montre ce que seraient les uniques si la table était cette fraction d’une population plus grande.</translation>
    </message>
    <message>
        <source>Most identifying quasi-identifiers</source>
        <translation>Quasi-identifiants les plus identifiants</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Distinction</source>
        <translation>Distinction</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <source>Sample uniques</source>
        <translation>Uniques de l’échantillon</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Risque maximal</translation>
    </message>
    <message>
        <source>Datasheet (Gebru et al.): %1 complete, %2 of %3 answered%4. Licence: %5. Lawful basis: %6.</source>
        <translation>Fiche technique (Gebru et al.) : %1 complète, %2 sur %3 réponses%4. Licence : %5. Base légale : %6.</translation>
    </message>
    <message>
        <source> (never saved: started from the import&apos;s fields)</source>
        <translation> (jamais enregistrée : commencée à partir des champs de l’import)</translation>
    </message>
    <message>
        <source>Unanswered (not &apos;no&apos;): %1.</source>
        <translation>Sans réponse (pas « non ») : %1.</translation>
    </message>
    <message>
        <source>re-identification probability, % (prosecutor)</source>
        <translation>probabilité de réidentification, % (procureur)</translation>
    </message>
    <message>
        <source>records, %</source>
        <translation>enregistrements, %</translation>
    </message>
    <message>
        <source>sampling fraction (table / population)</source>
        <translation>fraction d’échantillonnage (table / population)</translation>
    </message>
    <message>
        <source>population uniques, %</source>
        <translation>uniques de la population, %</translation>
    </message>
    <message>
        <source>Dankar&apos;s choice</source>
        <translation>choix de Dankar</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::RiskMatrixView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Show residual risk</source>
        <translation>Afficher le risque résiduel</translation>
    </message>
    <message>
        <source>Membership itself is sensitive</source>
        <translation>L&apos;appartenance elle-même est sensible</translation>
    </message>
    <message>
        <source>Children or vulnerable people</source>
        <translation>Enfants ou personnes vulnérables</translation>
    </message>
    <message>
        <source>Use Suggestion</source>
        <translation>Utiliser la suggestion</translation>
    </message>
    <message>
        <source>Weights published</source>
        <translation>Poids publiés</translation>
    </message>
    <message>
        <source>API returning full scores</source>
        <translation>API renvoyant les scores complets</translation>
    </message>
    <message>
        <source>API with restricted outputs</source>
        <translation>API aux sorties restreintes</translation>
    </message>
    <message>
        <source>Label-only, authenticated, rate-limited</source>
        <translation>Étiquettes seules, authentifié, débit limité</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>1 Negligible</source>
        <translation>1 Négligeable</translation>
    </message>
    <message>
        <source>2 Limited</source>
        <translation>2 Limitée</translation>
    </message>
    <message>
        <source>3 Significant</source>
        <translation>3 Importante</translation>
    </message>
    <message>
        <source>4 Maximum</source>
        <translation>4 Maximale</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>Mode d&apos;accès :</translation>
    </message>
    <message>
        <source>Suggest from Evidence</source>
        <translation>Suggérer à partir des preuves</translation>
    </message>
    <message>
        <source>Likelihood from the project&apos;s attack results, severity from its datasets</source>
        <translation>Vraisemblance d&apos;après les résultats d&apos;attaque du projet, gravité d&apos;après ses jeux de données</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <source>Likelihood:</source>
        <translation>Vraisemblance :</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>Mesures :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <source>Owner of a risk</source>
        <translation>Responsable d&apos;un risque</translation>
    </message>
    <message>
        <source>Assessment settings</source>
        <translation>Paramètres de l&apos;évaluation</translation>
    </message>
    <message>
        <source>suggested L%1</source>
        <translation>suggéré L%1</translation>
    </message>
    <message>
        <source>Select a cell.</source>
        <translation>Sélectionner une cellule.</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>Suggestion : %1.</translation>
    </message>
    <message>
        <source>No suggestion yet: use Suggest from Evidence.</source>
        <translation>Pas encore de suggestion : utiliser « Suggérer à partir des preuves ».</translation>
    </message>
    <message>
        <source>Risk %1 → residual %2 (%3).</source>
        <translation>Risque %1 → résiduel %2 (%3).</translation>
    </message>
    <message>
        <source>Risk of %1 at %2</source>
        <translation>Risque de %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Suggestions from evidence</source>
        <translation>Suggestions à partir des preuves</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <source>The measurements that map to each likelihood level</source>
        <translation>Les mesures qui correspondent à chaque niveau de vraisemblance</translation>
    </message>
    <message>
        <source>Likelihood thresholds</source>
        <translation>Seuils de vraisemblance</translation>
    </message>
    <message>
        <source>Likelihood Thresholds</source>
        <translation>Seuils de vraisemblance</translation>
    </message>
    <message>
        <source>Upper bound of</source>
        <translation>Borne supérieure de</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR à 0,1 % de FPR</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Empirical epsilon</source>
        <translation>Epsilon empirique</translation>
    </message>
    <message>
        <source>DP epsilon giving L1:</source>
        <translation>Epsilon DP donnant L1 :</translation>
    </message>
    <message>
        <source>PrivAudit&apos;s defaults are not regulatory values; the thresholds used are printed in every export and in the report.</source>
        <translation>Les valeurs par défaut de PrivAudit ne sont pas réglementaires ; les seuils utilisés figurent dans chaque export et dans le rapport.</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Obsolète : %1</translation>
    </message>
    <message>
        <source>⚠ out of date</source>
        <translation>⚠ obsolète</translation>
    </message>
    <message>
        <source>Attribute inference: individual leakage</source>
        <translation>Inférence d&apos;attribut : fuite individuelle</translation>
    </message>
    <message>
        <source>Memorisation: excess canary exposure (bits)</source>
        <translation>Mémorisation : exposition des canaris au-delà du hasard (bits)</translation>
    </message>
    <message>
        <source>Memorisation: members memorised beyond chance, excess share</source>
        <translation>Mémorisation : membres mémorisés au-delà du hasard, part excédentaire</translation>
    </message>
    <message>
        <source>Reconstruction: columns recovered beyond the baseline</source>
        <translation>Reconstruction : colonnes retrouvées au-delà de la référence</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::RunConfigDialog</name>
    <message>
        <source>Train here</source>
        <translation>Entraîner ici</translation>
    </message>
    <message>
        <source>TorchScript model</source>
        <translation>Modèle TorchScript</translation>
    </message>
    <message>
        <source>Predictions file</source>
        <translation>Fichier de prédictions</translation>
    </message>
    <message>
        <source>Train with DP-SGD</source>
        <translation>Entraîner avec DP-SGD</translation>
    </message>
    <message>
        <source>New Membership-Inference Run</source>
        <translation>Nouvelle exécution d&apos;inférence d&apos;appartenance</translation>
    </message>
    <message>
        <source>%1 (%2 rows, label %3)</source>
        <translation>%1 (%2 lignes, étiquette %3)</translation>
    </message>
    <message>
        <source>Built-in demo: synthetic patient records</source>
        <translation>Démo intégrée : dossiers de patients synthétiques</translation>
    </message>
    <message>
        <source>Run name (optional)</source>
        <translation>Nom de l&apos;exécution (facultatif)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <source>Training rows:</source>
        <translation>Lignes d&apos;entraînement :</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Modèle cible</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Model (train here; also the reference models):</source>
        <translation>Modèle (entraîné ici ; aussi les modèles de référence) :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques :</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille de lot :</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taux d&apos;apprentissage :</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Confidentialité différentielle</translation>
    </message>
    <message>
        <source>Noise multiplier σ:</source>
        <translation>Multiplicateur de bruit σ :</translation>
    </message>
    <message>
        <source>Clipping norm C:</source>
        <translation>Norme d&apos;écrêtage C :</translation>
    </message>
    <message>
        <source>Delta:</source>
        <translation>Delta :</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Attaques</translation>
    </message>
    <message>
        <source>Reference models:</source>
        <translation>Modèles de référence :</translation>
    </message>
    <message>
        <source>Start Run</source>
        <translation>Lancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Target Model</source>
        <translation>Modèle cible</translation>
    </message>
    <message>
        <source>Predictions (*.csv)</source>
        <translation>Prédictions (*.csv)</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth)</source>
        <translation>TorchScript (*.pt *.pth)</translation>
    </message>
    <message>
        <source>No differential privacy: epsilon is infinite.</source>
        <translation>Sans confidentialité différentielle : epsilon est infini.</translation>
    </message>
    <message>
        <source>Delta must be a number between 0 and 1.</source>
        <translation>Delta doit être un nombre entre 0 et 1.</translation>
    </message>
    <message>
        <source>Epsilon = %1 at delta = %2 (RDP; q = %3, %4 steps).</source>
        <translation>Epsilon = %1 pour delta = %2 (RDP ; q = %3, %4 étapes).</translation>
    </message>
    <message>
        <source>No training: threshold attacks only (seconds).</source>
        <translation>Pas d&apos;entraînement : attaques à seuil uniquement (secondes).</translation>
    </message>
    <message>
        <source>%1 models to train, about %2 s (estimate).</source>
        <translation>%1 modèles à entraîner, environ %2 s (estimation).</translation>
    </message>
    <message>
        <source>%1 models to train, about %2 minutes (estimate).</source>
        <translation>%1 modèles à entraîner, environ %2 minutes (estimation).</translation>
    </message>
    <message>
        <source>Training (member) rows; as many non-members are held out (default: 40% of the rows, as in the CLI)</source>
        <translation>Lignes d&apos;entraînement (membres) ; autant de non-membres sont mis de côté (par défaut : 40 % des lignes, comme dans la CLI)</translation>
    </message>
    <message>
        <source>Choose the %1 file.</source>
        <translation>Choisissez le fichier %1.</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>de prédictions</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier &apos;%1&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read.</source>
        <translation>Le fichier &apos;%1&apos; ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Choose at least one attack.</source>
        <translation>Choisissez au moins une attaque.</translation>
    </message>
    <message>
        <source>The dataset&apos;s file &apos;%1&apos; is no longer there; import it again.</source>
        <translation>Le fichier &apos;%1&apos; du jeu de données n&apos;existe plus ; importez-le à nouveau.</translation>
    </message>
    <message>
        <source>A TorchScript file is code. PrivAudit runs it only in a separate, sandboxed process: no file system, no network, no new processes, bounded memory and a time limit per batch; its printed output is captured, not shown. The sandbox cannot make the model&apos;s outputs honest: a model that behaves differently outside the audit is not detected.</source>
        <translation>Un fichier TorchScript est du code. PrivAudit ne l&apos;exécute que dans un processus séparé et isolé : pas de système de fichiers, pas de réseau, pas de nouveaux processus, mémoire bornée et limite de temps par lot ; ce qu&apos;il affiche est capturé, non montré. Le bac à sable ne peut pas rendre honnêtes les sorties du modèle : un modèle qui se comporte autrement hors de l&apos;audit n&apos;est pas détecté.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Membership attacks</source>
        <translation>Attaques d&apos;appartenance</translation>
    </message>
    <message>
        <source>One-run DP audit (Steinke et al. 2023)</source>
        <translation>Audit DP en une exécution (Steinke et al. 2023)</translation>
    </message>
    <message>
        <source>Trains the target once with canaries added at random and measures an empirical epsilon lower bound to hold against the accountant&apos;s epsilon.</source>
        <translation>Entraîne la cible une fois avec des canaris ajoutés au hasard et mesure une borne inférieure empirique d&apos;epsilon à comparer à l&apos;epsilon du comptable.</translation>
    </message>
    <message>
        <source>One-run audit</source>
        <translation>Audit en une exécution</translation>
    </message>
    <message>
        <source>Records from the population pool (rows neither trained on nor held out), each added to the training set with probability 1/2, with a wrong label.</source>
        <translation>Enregistrements du réservoir de population (lignes ni entraînées ni mises de côté), chacun ajouté à l&apos;ensemble d&apos;entraînement avec une probabilité de 1/2, avec une étiquette erronée.</translation>
    </message>
    <message>
        <source>Half are guessed IN (the highest scores), half OUT (the lowest).</source>
        <translation>La moitié est supposée IN (les scores les plus élevés), l&apos;autre moitié OUT (les plus bas).</translation>
    </message>
    <message>
        <source>Canaries:</source>
        <translation>Canaris :</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Suppositions :</translation>
    </message>
    <message>
        <source>New One-Run Audit</source>
        <translation>Nouvel audit en une exécution</translation>
    </message>
    <message>
        <source>Start Audit</source>
        <translation>Lancer l&apos;audit</translation>
    </message>
    <message>
        <source>The number of guesses cannot exceed the number of canaries.</source>
        <translation>Le nombre de suppositions ne peut pas dépasser le nombre de canaris.</translation>
    </message>
    <message>
        <source>none (fit on the rows outside training)</source>
        <translation>aucun (ajuster sur les lignes hors entraînement)</translation>
    </message>
    <message>
        <source>Estimate the encoder&apos;s categories and scaling from the training rows with this epsilon (DP quantiles and noisy category counts); it adds to the run&apos;s epsilon. None: fit the encoder on the rows outside training, which costs no epsilon (the default).</source>
        <translation>Estimer les catégories et la mise à l&apos;échelle de l&apos;encodeur à partir des lignes d&apos;entraînement avec cet epsilon (quantiles DP et comptages de catégories bruités) ; il s&apos;ajoute à l&apos;epsilon de l&apos;exécution. Aucun : ajuster l&apos;encodeur sur les lignes hors entraînement, ce qui ne coûte aucun epsilon (par défaut).</translation>
    </message>
    <message>
        <source>Encoder epsilon:</source>
        <translation>Epsilon de l&apos;encodeur :</translation>
    </message>
    <message>
        <source>With the encoder&apos;s DP estimates the run&apos;s total is epsilon = %1.</source>
        <translation>Avec les estimations DP de l&apos;encodeur, le total de l&apos;exécution est epsilon = %1.</translation>
    </message>
    <message>
        <source>Attribute inference</source>
        <translation>Inférence d&apos;attribut</translation>
    </message>
    <message>
        <source>Infers a sensitive input column from the other columns and the model&apos;s answers, against an imputation baseline without model access (Jayaraman &amp; Evans 2022).</source>
        <translation>Infère une colonne d&apos;entrée sensible à partir des autres colonnes et des réponses du modèle, face à une référence d&apos;imputation sans accès au modèle (Jayaraman &amp; Evans 2022).</translation>
    </message>
    <message>
        <source>The input column the attacker tries to infer; columns with the role sensitive come first.</source>
        <translation>La colonne d&apos;entrée que l&apos;attaquant tente d&apos;inférer ; les colonnes de rôle sensitive viennent en premier.</translation>
    </message>
    <message>
        <source>At most this many members and as many non-members are attacked.</source>
        <translation>Au plus autant de membres, et autant de non-membres, sont attaqués.</translation>
    </message>
    <message>
        <source>Numeric column: a guess within this share of the true value is right.</source>
        <translation>Colonne numérique : une estimation dans cette part de la vraie valeur est juste.</translation>
    </message>
    <message>
        <source>Column to infer:</source>
        <translation>Colonne à inférer :</translation>
    </message>
    <message>
        <source>Candidates per side:</source>
        <translation>Candidats de chaque côté :</translation>
    </message>
    <message>
        <source>Numeric tolerance:</source>
        <translation>Tolérance numérique :</translation>
    </message>
    <message>
        <source>Every attack runs: imputation baseline, marginal prior, CSMIA, label only, black-box attack model, membership-based (two reference models).</source>
        <translation>Toutes les attaques sont exécutées : référence d&apos;imputation, a priori marginal, CSMIA, étiquette seule, modèle d&apos;attaque boîte noire, fondée sur l&apos;appartenance (deux modèles de référence).</translation>
    </message>
    <message>
        <source>New Attribute-Inference Run</source>
        <translation>Nouvelle exécution d&apos;inférence d&apos;attribut</translation>
    </message>
    <message>
        <source>Choose the column to infer: the dataset has no input column besides the label.</source>
        <translation>Choisissez la colonne à inférer : le jeu de données n&apos;a aucune colonne d&apos;entrée hormis l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Canary exposure</source>
        <translation>Exposition des canaris</translation>
    </message>
    <message>
        <source>Trains the recipe once with secret canary rows inserted 1, 10 or 100 times and ranks each among never-inserted canaries: how much the recipe memorises a row (Carlini et al. 2019).</source>
        <translation>Entraîne la recette une fois avec des lignes canaris secrètes insérées 1, 10 ou 100 fois et classe chacune parmi des canaris jamais insérés : à quel point la recette mémorise une ligne (Carlini et al. 2019).</translation>
    </message>
    <message>
        <source>How often each secret canary is inserted, one level per count.</source>
        <translation>Combien de fois chaque canari secret est inséré, un niveau par nombre.</translation>
    </message>
    <message>
        <source>Secret canaries per level, and as many never-inserted controls; 65,536 never-inserted references are drawn beside them.</source>
        <translation>Canaris secrets par niveau, et autant de contrôles jamais insérés ; 65 536 références jamais insérées sont tirées à côté.</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Répétitions :</translation>
    </message>
    <message>
        <source>Canaries per level:</source>
        <translation>Canaris par niveau :</translation>
    </message>
    <message>
        <source>New Canary-Exposure Run</source>
        <translation>Nouvelle exécution d&apos;exposition des canaris</translation>
    </message>
    <message>
        <source>Repetitions: whole numbers from 1 to 10000 separated by commas, for example 1, 10, 100.</source>
        <translation>Répétitions : des entiers de 1 à 10000 séparés par des virgules, par exemple 1, 10, 100.</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>Model inversion</source>
        <translation>Inversion de modèle</translation>
    </message>
    <message>
        <source>MI-Face (Fredrikson et al. 2015): the row the model is most confident of for each class; a leak only where it sits nearer training rows than held-out ones.</source>
        <translation>MI-Face (Fredrikson et al. 2015) : la ligne dont le modèle est le plus sûr pour chaque classe ; une fuite seulement si elle est plus proche des lignes d&apos;entraînement que des lignes réservées.</translation>
    </message>
    <message>
        <source>Informed reconstruction</source>
        <translation>Reconstruction informée</translation>
    </message>
    <message>
        <source>Rows reconstructed, each missing from its own training.</source>
        <translation>Lignes reconstruites, chacune absente de son propre entraînement.</translation>
    </message>
    <message>
        <source>Training rows the adversary knows; the model trains on them plus the missing row.</source>
        <translation>Lignes d&apos;entraînement que l&apos;adversaire connaît ; le modèle s&apos;entraîne sur elles et sur la ligne manquante.</translation>
    </message>
    <message>
        <source>Rows to reconstruct:</source>
        <translation>Lignes à reconstruire :</translation>
    </message>
    <message>
        <source>Rows the adversary knows:</source>
        <translation>Lignes connues de l&apos;adversaire :</translation>
    </message>
    <message>
        <source>MI-Face model inversion</source>
        <translation>Inversion de modèle MI-Face</translation>
    </message>
    <message>
        <source>Representatives per class: from the average row, then from random starts.</source>
        <translation>Représentants par classe : depuis la ligne moyenne, puis depuis des départs aléatoires.</translation>
    </message>
    <message>
        <source>Starts per class:</source>
        <translation>Départs par classe :</translation>
    </message>
    <message>
        <source>New Reconstruction Run</source>
        <translation>Nouvelle exécution de reconstruction</translation>
    </message>
    <message>
        <source>New Model-Inversion Run</source>
        <translation>Nouvelle exécution d&apos;inversion de modèle</translation>
    </message>
    <message>
        <source>An adversary who knows every training row but one recovers it from a logistic regression or a small tanh MLP (Balle, Cherubin &amp; Hayes 2022), against the guess that needs no model.</source>
        <translation>Un adversaire qui connaît toutes les lignes d&apos;entraînement sauf une la retrouve à partir d&apos;une régression logistique ou d&apos;un petit MLP tanh (Balle, Cherubin &amp; Hayes 2022), face à l&apos;estimation qui ne demande aucun modèle.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::RunResultView</name>
    <message>
        <source>Log-log scale</source>
        <translation>Échelle log-log</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [IC à 95 %]</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR [95% CI]</source>
        <translation>TPR à 0,1 % de FPR [IC à 95 %]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR [95% CI]</source>
        <translation>TPR à 1 % de FPR [IC à 95 %]</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Epsilon empirique ≥</translation>
    </message>
    <message>
        <source>Members / non-members</source>
        <translation>Membres / non-membres</translation>
    </message>
    <message>
        <source>Attack score</source>
        <translation>Score d&apos;attaque</translation>
    </message>
    <message>
        <source>Export ROC…</source>
        <translation>Exporter la ROC…</translation>
    </message>
    <message>
        <source>Export Histogram…</source>
        <translation>Exporter l&apos;histogramme…</translation>
    </message>
    <message>
        <source>Histogram of:</source>
        <translation>Histogramme de :</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de résultats : elle est %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1: %2&lt;/b&gt; — target accuracy train %3, test %4; %5; seed %6.</source>
        <translation>&lt;b&gt;Exécution %1 : %2&lt;/b&gt; — exactitude du modèle cible entraînement %3, test %4 ; %5 ; graine %6.</translation>
    </message>
    <message>
        <source>DP-SGD, epsilon %1 at delta %2</source>
        <translation>DP-SGD, epsilon %1 pour delta %2</translation>
    </message>
    <message>
        <source>no differential privacy</source>
        <translation>sans confidentialité différentielle</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>hasard</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>members (%1)</source>
        <translation>membres (%1)</translation>
    </message>
    <message>
        <source>non-members (%1)</source>
        <translation>non-membres (%1)</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>%1: FPR %2, TPR %3 [%4, %5], threshold %6</source>
        <translation>%1 : FPR %2, TPR %3 [%4, %5], seuil %6</translation>
    </message>
    <message>
        <source>Training records the strongest attack is surest about: double-click to see the dataset row</source>
        <translation>Enregistrements d&apos;entraînement dont l&apos;attaque la plus forte est la plus sûre : double-clic pour voir la ligne du jeu de données</translation>
    </message>
    <message>
        <source>Row %1 of the built-in demo data (synthetic).</source>
        <translation>Ligne %1 des données de démo intégrées (synthétiques).</translation>
    </message>
    <message>
        <source>The dataset file is not readable any more: %1</source>
        <translation>Le fichier du jeu de données n&apos;est plus lisible : %1</translation>
    </message>
    <message>
        <source>The dataset file has changed: it has no row %1.</source>
        <translation>Le fichier du jeu de données a changé : il n&apos;a pas de ligne %1.</translation>
    </message>
    <message>
        <source>%1: (hidden)</source>
        <translation>%1 : (masqué)</translation>
    </message>
    <message>
        <source>Designate as Model under &amp;Review</source>
        <translation>Désigner comme modèle &amp;examiné</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Ligne de données</translation>
    </message>
    <message>
        <source>Data rows are counted from 1; the header line is not counted.</source>
        <translation>Les lignes de données sont comptées à partir de 1 ; la ligne d&apos;en-tête n&apos;est pas comptée.</translation>
    </message>
    <message>
        <source>The report&apos;s findings, the risk matrix suggestions and a final report use the model under review; the other runs are comparisons.</source>
        <translation>Les constats du rapport, les propositions de la matrice des risques et un rapport définitif portent sur le modèle examiné ; les autres exécutions sont des comparaisons.</translation>
    </message>
    <message>
        <source>majority-class baseline %1, task AUC %2</source>
        <translation>référence de la classe majoritaire %1, AUC de la tâche %2</translation>
    </message>
    <message>
        <source>Model under review.</source>
        <translation>Modèle examiné.</translation>
    </message>
    <message>
        <source>Comparison (not the model under review).</source>
        <translation>Comparaison (pas le modèle examiné).</translation>
    </message>
    <message>
        <source>No model under review is designated.</source>
        <translation>Aucun modèle examiné n&apos;est désigné.</translation>
    </message>
    <message>
        <source>Utility: %1.</source>
        <translation>Utilité : %1.</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>Data row %1 (counted from 1 without the header; line %2 of the file when no field spans lines) — %3</source>
        <translation>Ligne de données %1 (comptée à partir de 1 sans l&apos;en-tête ; ligne %2 du fichier si aucun champ ne s&apos;étend sur plusieurs lignes) — %3</translation>
    </message>
    <message>
        <source>DP, epsilon %1 at delta %2 (DP-SGD %3 and the encoder&apos;s DP estimates %4)</source>
        <translation>DP, epsilon %1 pour delta %2 (DP-SGD %3 et les estimations DP de l&apos;encodeur %4)</translation>
    </message>
    <message>
        <source>Memorisation</source>
        <translation>Mémorisation</translation>
    </message>
    <message>
        <source>Accuracy of the reference models on the record when they trained on it minus when they did not (Feldman &amp; Zhang 2020), with its standard error.</source>
        <translation>Exactitude des modèles de référence sur l&apos;enregistrement quand ils l&apos;ont appris moins quand ils ne l&apos;ont pas appris (Feldman &amp; Zhang 2020), avec son erreur type.</translation>
    </message>
    <message>
        <source>Permutation test of the loss form: how often re-splitting the reference models at random gives as large a difference.</source>
        <translation>Test de permutation de la forme en perte : à quelle fréquence une nouvelle répartition aléatoire des modèles de référence donne une différence aussi grande.</translation>
    </message>
    <message>
        <source>Double-click a record to see its data row.</source>
        <translation>Double-cliquez sur un enregistrement pour voir sa ligne de données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counterfactual memorisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mémorisation contrefactuelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Attaques</translation>
    </message>
    <message>
        <source>Measured by runs that train reference models (LiRA, RMIA, shadow).</source>
        <translation>Mesurée par les exécutions qui entraînent des modèles de référence (LiRA, RMIA, modèles fantômes).</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Sous-groupes</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::SectionResultView</name>
    <message>
        <source>Export Plot…</source>
        <translation>Exporter le graphique…</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::SubgroupPanel</name>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Quantile bands of a numeric column.</source>
        <translation>Bandes de quantiles d&apos;une colonne numérique.</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Non-membres</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [IC 95 %]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR à 1 % de FPR</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>Bandes :</translation>
    </message>
    <message>
        <source>The run&apos;s data has no column to split by.</source>
        <translation>Les données de l&apos;exécution n&apos;ont aucune colonne selon laquelle répartir.</translation>
    </message>
    <message>
        <source>Choose a column and compute: the run&apos;s statistics per subgroup, from its stored scores.</source>
        <translation>Choisissez une colonne et calculez : les statistiques de l&apos;exécution par sous-groupe, à partir de ses scores enregistrés.</translation>
    </message>
    <message>
        <source>Computing the subgroups of %1...</source>
        <translation>Calcul des sous-groupes de %1…</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 (small group)</source>
        <translation>%1 (petit groupe)</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Advantage over the baseline [95% CI]</source>
        <translation>Avantage sur la référence [IC à 95 %]</translation>
    </message>
    <message>
        <source>Individual leakage [95% CI]</source>
        <translation>Fuite individuelle [IC à 95 %]</translation>
    </message>
    <message>
        <source>Advantage over imputation</source>
        <translation>Avantage sur l&apos;imputation</translation>
    </message>
    <message>
        <source>Informed reconstruction</source>
        <translation>Reconstruction informée</translation>
    </message>
    <message>
        <source>Save for the report</source>
        <translation>Enregistrer pour le rapport</translation>
    </message>
    <message>
        <source>Keep this analysis in the project: the report&apos;s subgroups section shows it (audited; saving the same run and column again replaces it).</source>
        <translation>Conserver cette analyse dans le projet : la section des sous-groupes du rapport l&apos;affiche (journalisé ; la même exécution et la même colonne enregistrées à nouveau la remplacent).</translation>
    </message>
    <message>
        <source>Saved for the report&apos;s subgroups section.</source>
        <translation>Enregistrée pour la section des sous-groupes du rapport.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::TradeoffExplorerView</name>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude en test</translation>
    </message>
    <message>
        <source>Task AUC</source>
        <translation>AUC de la tâche</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte en test</translation>
    </message>
    <message>
        <source>Attack AUC</source>
        <translation>AUC de l&apos;attaque</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR à 0,1 % de FPR</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR à 1 % de FPR</translation>
    </message>
    <message>
        <source>Advantage (TPR - FPR)</source>
        <translation>Avantage (TPR − FPR)</translation>
    </message>
    <message>
        <source>Empirical epsilon (lower bound)</source>
        <translation>Epsilon empirique (borne inférieure)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save both plots (PNG, SVG or PDF) and the points as CSV</source>
        <translation>Enregistrer les deux graphiques (PNG, SVG ou PDF) et les points en CSV</translation>
    </message>
    <message>
        <source>Utility:</source>
        <translation>Utilité :</translation>
    </message>
    <message>
        <source>Attack success:</source>
        <translation>Succès de l&apos;attaque :</translation>
    </message>
    <message>
        <source>target epsilon (log scale; ∞ = no differential privacy)</source>
        <translation>epsilon cible (échelle log. ; ∞ = sans confidentialité différentielle)</translation>
    </message>
    <message>
        <source>Run %1 is not a privacy-utility sweep.</source>
        <translation>L&apos;exécution %1 n&apos;est pas un balayage confidentialité–utilité.</translation>
    </message>
    <message>
        <source>Run %1 has an unreadable sweep spec: %2</source>
        <translation>L&apos;exécution %1 a une spécification de balayage illisible : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (run %2): %3 of %4 points measured, %5 seed(s) per epsilon, delta = %6. The dashed line is the most any attack can achieve against (epsilon, delta)-DP.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (exécution %2) : %3 points mesurés sur %4, %5 graine(s) par epsilon, delta = %6. La ligne pointillée est le maximum qu&apos;une attaque peut atteindre contre la DP (epsilon, delta).</translation>
    </message>
    <message>
        <source>each seed</source>
        <translation>chaque graine</translation>
    </message>
    <message>
        <source>mean ± 1 sd</source>
        <translation>moyenne ± 1 é.-t.</translation>
    </message>
    <message>
        <source>DP ceiling (delta = %1)</source>
        <translation>plafond DP (delta = %1)</translation>
    </message>
    <message>
        <source>Target epsilon %1, seed %2 (run %3)</source>
        <translation>Epsilon cible %1, graine %2 (exécution %3)</translation>
    </message>
    <message>
        <source>Accountant epsilon %1 at delta %2; sigma %3, q %4, %5 steps</source>
        <translation>Epsilon du comptable %1 pour delta %2 ; sigma %3, q %4, %5 étapes</translation>
    </message>
    <message>
        <source>No differential privacy</source>
        <translation>Sans confidentialité différentielle</translation>
    </message>
    <message>
        <source>Accuracy %1, task AUC %2, loss %3</source>
        <translation>Exactitude %1, AUC de la tâche %2, perte %3</translation>
    </message>
    <message>
        <source>%1: AUC %2, TPR at 0.1% FPR %3, empirical epsilon &gt;= %4</source>
        <translation>%1 : AUC %2, TPR à 0,1 % de FPR %3, epsilon empirique &gt;= %4</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Export Trade-off</source>
        <translation>Exporter le compromis</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;SVG vector image (*.svg);;PNG image (*.png)</source>
        <translation>Document PDF (*.pdf);;Image vectorielle SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
</context>
</TS>
