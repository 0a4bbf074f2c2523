<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>PrivAudit workbench</source>
        <translation>Atelier PrivAudit</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Langue de l'interface (en, de, fr).</translation>
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
        <source>Open a view at start (calculator).</source>
        <translation>Ouvrir une vue au démarrage (calculator).</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MembershipInference</name>
    <message>
        <source>global threshold</source>
        <translation>seuil global</translation>
    </message>
    <message>
        <source>Unknown attack '%1'; available: %2.</source>
        <translation>Attaque inconnue '%1' ; disponibles : %2.</translation>
    </message>
    <message>
        <source>LiRA and RMIA need at least %1 reference models, got %2.</source>
        <translation>LiRA et RMIA ont besoin d'au moins %1 modèles de référence, reçu %2.</translation>
    </message>
    <message>
        <source>Membership inference needs both members and non-members.</source>
        <translation>L'inférence d'appartenance a besoin de membres et de non-membres.</translation>
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
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>fixed variance</source>
        <translation>variance fixe</translation>
    </message>
    <message>
        <source>per-example variance</source>
        <translation>variance par exemple</translation>
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
        <translation>%1 modèles fantômes, un modèle d'attaque par classe</translation>
    </message>
    <message>
        <source>Training the attack model for class %1 failed.</source>
        <translation>L'entraînement du modèle d'attaque pour la classe %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::OneRunAudit</name>
    <message>
        <source>The audit needs between 2 and %1 canaries (the population pool), got %2.</source>
        <translation>L'audit a besoin de 2 à %1 canaris (la réserve de population), reçu %2.</translation>
    </message>
    <message>
        <source>The number of guesses must be between 2 and the number of canaries (%1), got %2.</source>
        <translation>Le nombre de paris doit être compris entre 2 et le nombre de canaris (%1), reçu %2.</translation>
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
        <source>--phase must be SAMPLING_RATE:NOISE_MULTIPLIER:STEPS, got '%1'</source>
        <translation>--phase doit avoir la forme TAUX:MULTIPLICATEUR_DE_BRUIT:ÉTAPES, reçu '%1'</translation>
    </message>
    <message>
        <source>accountant: unknown subcommand '%1' (epsilon, delta, calibrate, steps)</source>
        <translation>accountant : sous-commande inconnue '%1' (epsilon, delta, calibrate, steps)</translation>
    </message>
    <message>
        <source>Differential-privacy accounting for DP-SGD (Poisson-subsampled Gaussian mechanism, add/remove-one adjacency, example level).
  accountant [epsilon]  epsilon for --sampling-rate, --noise-multiplier, --steps, --delta
  accountant delta      delta for --epsilon instead of --delta
  accountant calibrate  noise multiplier for --epsilon, --sampling-rate, --steps, --delta
  accountant steps      largest number of steps within --epsilon</source>
        <translation>Comptabilité de confidentialité différentielle pour DP-SGD (mécanisme gaussien sous-échantillonné de Poisson, voisinage par ajout/retrait d'un exemple, niveau exemple).
  accountant [epsilon]  epsilon pour --sampling-rate, --noise-multiplier, --steps, --delta
  accountant delta      delta pour --epsilon au lieu de --delta
  accountant calibrate  multiplicateur de bruit pour --epsilon, --sampling-rate, --steps, --delta
  accountant steps      plus grand nombre d'étapes dans la limite de --epsilon</translation>
    </message>
    <message>
        <source>Poisson sampling rate q in (0, 1]; 1 is the plain Gaussian mechanism.</source>
        <translation>Taux d'échantillonnage de Poisson q dans (0, 1] ; 1 est le mécanisme gaussien simple.</translation>
    </message>
    <message>
        <source>Noise standard deviation / clipping norm (sigma &gt; 0).</source>
        <translation>Écart type du bruit / norme d’écrêtage (sigma &gt; 0).</translation>
    </message>
    <message>
        <source>Number of training steps (&gt;= 1).</source>
        <translation>Nombre d'étapes d'entraînement (&gt;= 1).</translation>
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
        <translation>Une phase d'entraînement q:sigma:étapes (répétable) au lieu des trois options.</translation>
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
        <source>--accountant must be rdp, pld%1, got '%2'</source>
        <translation>--accountant doit valoir rdp, pld%1, reçu '%2'</translation>
    </message>
    <message>
        <source> or all</source>
        <translation> ou all</translation>
    </message>
    <message>
        <source>--conversion must be improved or classic, got '%1'</source>
        <translation>--conversion doit valoir improved ou classic, reçu '%1'</translation>
    </message>
    <message>
        <source>--interval must be in (0, 0.1], got %1</source>
        <translation>--interval doit être dans (0, 0.1], reçu %1</translation>
    </message>
    <message>
        <source>--tolerance must be in (0, 1), got %1</source>
        <translation>--tolerance doit être dans (0, 1), reçu %1</translation>
    </message>
    <message>
        <source>--phase cannot be combined with 'accountant %1'</source>
        <translation>--phase ne peut pas être combiné avec 'accountant %1'</translation>
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
        <source>--lang must be one of %1, got '%2'</source>
        <translation>--lang doit être l'une des valeurs %1, reçu '%2'</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number, got '%1'</source>
        <translation>--threads doit être un entier positif, reçu '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'; see 'privaudit-cli --help'</source>
        <translation>commande inconnue '%1' ; voir 'privaudit-cli --help'</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>option obligatoire --%1 manquante</translation>
    </message>
    <message>
        <source>--%1 must be a number, got '%2'</source>
        <translation>--%1 doit être un nombre, reçu '%2'</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, got '%2'</source>
        <translation>--%1 doit être un entier, reçu '%2'</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Dossier de sortie.</translation>
    </message>
    <message>
        <source>demo: not yet implemented. It will generate the synthetic demo data, train a non-private and a DP model, attack both and write DIR/demo.privaudit; until then try 'privaudit-cli accountant --help'.</source>
        <translation>demo : pas encore implémenté. Cette commande générera les données de démonstration synthétiques, entraînera un modèle non privé et un modèle DP, les attaquera tous deux et écrira DIR/demo.privaudit ; en attendant, essayez 'privaudit-cli accountant --help'.</translation>
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
        <translation>la BLAS de référence, lente, est chargée (%1) : l'entraînement des modèles sera environ 30 fois plus lent. Installez libopenblas0-pthread (installer/setup-deps.sh).</translation>
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
        <source>SQLite driver</source>
        <translation>Pilote SQLite</translation>
    </message>
    <message>
        <source>Qt SQLite driver available (SQLite %1)</source>
        <translation>Pilote SQLite de Qt disponible (SQLite %1)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing: install libqt6sql6-sqlite</source>
        <translation>le pilote SQLite de Qt est absent : installez libqt6sql6-sqlite</translation>
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
        <source>Train a target model on a CSV file (or the built-in demo data), with or without DP-SGD, and report its accuracy and privacy.</source>
        <translation>Entraîner un modèle cible sur un fichier CSV (ou les données de démonstration intégrées), avec ou sans DP-SGD, et indiquer sa précision et sa confidentialité.</translation>
    </message>
    <message>
        <source>CSV file, or 'demo' for the built-in synthetic patient records.</source>
        <translation>Fichier CSV, ou 'demo' pour les dossiers de patients synthétiques intégrés.</translation>
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
        <source>Epochs (default 10).</source>
        <translation>Époques (par défaut 10).</translation>
    </message>
    <message>
        <source>Batch size; with DP the expected batch size (default 256).</source>
        <translation>Taille de lot ; avec DP, la taille de lot attendue (par défaut 256).</translation>
    </message>
    <message>
        <source>Learning rate (default 0.001).</source>
        <translation>Taux d'apprentissage (par défaut 0.001).</translation>
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
        <translation>DP : calibrer sigma pour cet epsilon avant l'entraînement.</translation>
    </message>
    <message>
        <source>DP per-example clipping norm C (default 1).</source>
        <translation>Norme d'écrêtage DP C par exemple (par défaut 1).</translation>
    </message>
    <message>
        <source>DP delta (default 1e-5).</source>
        <translation>Delta DP (par défaut 1e-5).</translation>
    </message>
    <message>
        <source>DP noise from the operating system's cryptographic source.</source>
        <translation>Bruit DP tiré de la source aléatoire cryptographique du système d'exploitation.</translation>
    </message>
    <message>
        <source>Training (member) rows; default 40% of the rows.</source>
        <translation>Lignes d'entraînement (membres) ; par défaut 40 % des lignes.</translation>
    </message>
    <message>
        <source>Seed for the split, initialisation, sampling and noise (default 1).</source>
        <translation>Graine pour la partition, l'initialisation, l'échantillonnage et le bruit (par défaut 1).</translation>
    </message>
    <message>
        <source>Save the trained model as TorchScript.</source>
        <translation>Enregistrer le modèle entraîné au format TorchScript.</translation>
    </message>
    <message>
        <source>missing required option --data</source>
        <translation>option obligatoire --data manquante</translation>
    </message>
    <message>
        <source>--optimizer must be sgd or adam, got '%1'</source>
        <translation>--optimizer doit valoir sgd ou adam, reçu '%1'</translation>
    </message>
    <message>
        <source>--dp needs exactly one of --noise-multiplier and --target-epsilon</source>
        <translation>--dp exige exactement l'une des options --noise-multiplier et --target-epsilon</translation>
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
        <translation>DP-SGD : epsilon = %1 pour delta = %2 (RDP), multiplicateur de bruit %3, taux d'échantillonnage %4, norme d'écrêtage %5.</translation>
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
        <source>Membership inference: train a target (or load --target-model, or read --predictions), run the attacks and report AUC, advantage, TPR at 0.1%, 1% and 10% FPR with bootstrap intervals and an empirical epsilon lower bound. With --target-model, members are the rows the same --seed and --train-rows selected when 'privaudit-cli train' trained it.</source>
        <translation>Inférence d'appartenance : entraîner une cible (ou charger --target-model, ou lire --predictions), lancer les attaques et indiquer l'AUC, l'avantage, le TPR à 0,1 %, 1 % et 10 % de FPR avec des intervalles bootstrap et une borne inférieure empirique d'epsilon. Avec --target-model, les membres sont les lignes choisies par les mêmes --seed et --train-rows lors de l'entraînement par 'privaudit-cli train'.</translation>
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
        <source>Write every record's score to this CSV.</source>
        <translation>Écrire le score de chaque enregistrement dans ce CSV.</translation>
    </message>
    <message>
        <source>--reference-models must be between 1 and 1024, got %1</source>
        <translation>--reference-models doit être compris entre 1 et 1024, reçu %1</translation>
    </message>
    <message>
        <source>--bootstrap must be between 0 and 100000, got %1</source>
        <translation>--bootstrap doit être compris entre 0 et 100000, reçu %1</translation>
    </message>
    <message>
        <source>--attack: unknown attack '%1'; available: %2</source>
        <translation>--attack : attaque inconnue '%1' ; disponibles : %2</translation>
    </message>
    <message>
        <source>--predictions: the file has no 'member' column, so there is no ground truth to measure an attack against.</source>
        <translation>--predictions : le fichier n'a pas de colonne 'member', il n'y a donc pas de vérité de terrain pour mesurer une attaque.</translation>
    </message>
    <message>
        <source>skipping %1: it needs reference models, which a predictions file cannot give</source>
        <translation>%1 ignorée : elle a besoin de modèles de référence, qu'un fichier de prédictions ne peut pas fournir</translation>
    </message>
    <message>
        <source>missing required option --data (or --predictions)</source>
        <translation>option obligatoire --data (ou --predictions) manquante</translation>
    </message>
    <message>
        <source>cannot write the scores to '%1'</source>
        <translation>impossible d'écrire les scores dans '%1'</translation>
    </message>
    <message>
        <source>%1 (%2): AUC %3 [%4, %5], advantage %6, TPR at 0.1% / 1% / 10% FPR: %7 / %8 / %9, empirical epsilon &gt;= %10</source>
        <translation>%1 (%2) : AUC %3 [%4, %5], avantage %6, TPR à 0,1 % / 1 % / 10 % de FPR : %7 / %8 / %9, epsilon empirique &gt;= %10</translation>
    </message>
    <message>
        <source>DP: stop before the epoch that would exceed this epsilon.</source>
        <translation>DP : s'arrêter avant l'époque qui dépasserait cet epsilon.</translation>
    </message>
    <message>
        <source>One-run privacy audit (Steinke, Nasr &amp; Jagielski 2023): add mislabelled canaries from the population pool to the training set with probability 1/2 each, train once with the given recipe, guess membership from the canaries' losses and report an empirical epsilon lower bound next to the accountant's epsilon.</source>
        <translation>Audit de confidentialité en un seul entraînement (Steinke, Nasr &amp; Jagielski 2023) : ajouter à l'ensemble d'entraînement, chacun avec la probabilité 1/2, des canaris mal étiquetés tirés de la réserve de population, entraîner une fois avec la recette donnée, deviner l'appartenance à partir des pertes des canaris et indiquer une borne inférieure empirique d'epsilon à côté de l'epsilon comptabilisé.</translation>
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
        <source>Empirical epsilon &gt;= %1 with 95% confidence; accountant epsilon %2.</source>
        <translation>Epsilon empirique &gt;= %1 avec une confiance de 95 % ; epsilon comptabilisé %2.</translation>
    </message>
    <message>
        <source>infinite (no DP)</source>
        <translation>infini (pas de DP)</translation>
    </message>
    <message>
        <source>attack: use 'attack mia' (membership inference) or 'attack audit' (one-run privacy audit); see privaudit-cli attack mia --help</source>
        <translation>attack : utilisez 'attack mia' (inférence d'appartenance) ou 'attack audit' (audit en un entraînement) ; voir privaudit-cli attack mia --help</translation>
    </message>
    <message>
        <source>Comma-separated: loss, confidence, entropy, modified-entropy, lira, rmia, shadow, label-only, or all (default loss,lira,rmia).</source>
        <translation>Séparées par des virgules : loss, confidence, entropy, modified-entropy, lira, rmia, shadow, label-only, ou all (par défaut loss,lira,rmia).</translation>
    </message>
    <message>
        <source>Usage: privaudit-cli [--lang en|de|fr] [--threads N] &lt;command&gt; [options]

Measures the privacy risk of machine-learning models, headless.

Commands:
  version [--json]     Version of PrivAudit and of the libraries it loaded
  doctor [--json]      Check the environment and measure matrix-multiply speed
  accountant           Differential-privacy accounting (epsilon, delta, calibration)
  train                Train a model (optionally with DP-SGD) on a CSV file or the demo data
  attack mia           Membership inference (LOSS, LiRA, RMIA, ...) with honest statistics
  attack audit         One-run privacy audit: an empirical epsilon lower bound
  demo [--out DIR]     The main job on the built-in demo data

Global options:
  -h, --help           This help; '&lt;command&gt; --help' for a command's options
  --version [--json]   Same as the version command

Exit codes: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation>Usage : privaudit-cli [--lang en|de|fr] [--threads N] &lt;commande&gt; [options]

Mesure le risque de confidentialité des modèles d'apprentissage automatique, sans interface.

Commandes :
  version [--json]     Version de PrivAudit et des bibliothèques chargées
  doctor [--json]      Vérifier l'environnement et mesurer la vitesse du produit matriciel
  accountant           Comptabilité de confidentialité différentielle (epsilon, delta, calibration)
  train                Entraîner un modèle (avec ou sans DP-SGD) sur un fichier CSV ou les données de démonstration
  attack mia           Inférence d'appartenance (LOSS, LiRA, RMIA, ...) avec des statistiques honnêtes
  attack audit         Audit en un entraînement : une borne inférieure empirique d'epsilon
  demo [--out DIR]     La tâche principale sur les données de démonstration intégrées

Options globales :
  -h, --help           Cette aide ; '&lt;commande&gt; --help' pour les options d'une commande
  --version [--json]   Identique à la commande version

Codes de sortie : 0 succès, 1 échec, 2 mauvais usage ou entrée invalide.</translation>
    </message>
    <message>
        <source>RDP orders, comma-separated, each &gt; 1 (default: dp_accounting's grid).</source>
        <translation>Ordres RDP, séparés par des virgules, chacun &gt; 1 (par défaut : la grille de dp_accounting).</translation>
    </message>
    <message>
        <source>--orders: every order must be a number greater than 1, got '%1'</source>
        <translation>--orders : chaque ordre doit être un nombre supérieur à 1, reçu '%1'</translation>
    </message>
    <message>
        <source>--orders: no order given</source>
        <translation>--orders : aucun ordre indiqué</translation>
    </message>
</context>
<context>
    <name>privaudit::data::CsvImporter</name>
    <message>
        <source>The file '%1' does not exist.</source>
        <translation>Le fichier '%1' n'existe pas.</translation>
    </message>
    <message>
        <source>The file '%1' cannot be read: %2</source>
        <translation>Le fichier '%1' ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Column '%1', data row %2: '%3' is not a number, but the column is numeric.</source>
        <translation>Colonne '%1', ligne de données %2 : '%3' n'est pas un nombre, alors que la colonne est numérique.</translation>
    </message>
    <message>
        <source>The header names the column '%1' twice.</source>
        <translation>L'en-tête nomme deux fois la colonne '%1'.</translation>
    </message>
    <message>
        <source>Data row %1 has %2 fields, but the header has %3 columns (ragged rows).</source>
        <translation>La ligne de données %1 a %2 champs, mais l'en-tête a %3 colonnes (lignes de longueurs inégales).</translation>
    </message>
    <message>
        <source>Out of memory while starting the CSV parser.</source>
        <translation>Mémoire insuffisante au démarrage de l'analyseur CSV.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data (a NUL byte at byte %1). Choose a CSV file.</source>
        <translation>Ce n'est pas un fichier texte : il contient des données binaires (un octet NUL à l'octet %1). Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (near byte %1).</source>
        <translation>Le fichier n'est pas un texte UTF-8 valide (vers l'octet %1).</translation>
    </message>
    <message>
        <source>Malformed quoting in data row %1: a quote inside an unquoted field, or text after a closing quote.</source>
        <translation>Guillemets mal formés à la ligne de données %1 : un guillemet dans un champ non entre guillemets, ou du texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L'import a été annulé.</translation>
    </message>
    <message>
        <source>Unterminated quoted field: a quote opened in data row %1 is never closed.</source>
        <translation>Champ entre guillemets non terminé : un guillemet ouvert à la ligne de données %1 n'est jamais fermé.</translation>
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
        <source>Column '%1' is declared numeric but holds text.</source>
        <translation>La colonne '%1' est déclarée numérique mais contient du texte.</translation>
    </message>
    <message>
        <source>Column '%1' has too many distinct numbers to be categorical.</source>
        <translation>La colonne '%1' a trop de nombres distincts pour être catégorielle.</translation>
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
        <source>The column '%1' does not exist; the columns are: %2.</source>
        <translation>La colonne '%1' n'existe pas ; les colonnes sont : %2.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DemoData</name>
    <message>
        <source>Synthetic demo data: generated patient records; no real person's data.</source>
        <translation>Données de démonstration synthétiques : dossiers de patients générés ; aucune donnée de personne réelle.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::TableEncoder</name>
    <message>
        <source>No label column is set.</source>
        <translation>Aucune colonne cible n'est définie.</translation>
    </message>
    <message>
        <source>The label column '%1' is numeric; PrivAudit trains classifiers, so the label must be categorical or boolean.</source>
        <translation>La colonne cible '%1' est numérique ; PrivAudit entraîne des classifieurs, la cible doit donc être catégorielle ou booléenne.</translation>
    </message>
    <message>
        <source>The label column '%1' has fewer than two classes.</source>
        <translation>La colonne cible '%1' a moins de deux classes.</translation>
    </message>
    <message>
        <source>There are no training rows.</source>
        <translation>Il n'y a aucune ligne d'entraînement.</translation>
    </message>
    <message>
        <source>No feature columns: every column is the label, an identifier or ignored.</source>
        <translation>Aucune colonne de caractéristiques : chaque colonne est la cible, un identifiant ou ignorée.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::Calibration</name>
    <message>
        <source>The target epsilon must be a positive number, got %1.</source>
        <translation>L'epsilon cible doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The privacy budget epsilon = %1 is too small for %2 steps at sampling rate %3: no noise multiplier up to %4 achieves it.</source>
        <translation>Le budget de confidentialité epsilon = %1 est trop petit pour %2 étapes au taux d'échantillonnage %3 : aucun multiplicateur de bruit jusqu'à %4 ne l'atteint.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::DpStatement</name>
    <message numerus="yes">
        <source>%n step(s) of the Gaussian mechanism with noise multiplier %1</source>
        <translation><numerusform>%n étape du mécanisme gaussien avec multiplicateur de bruit %1</numerusform><numerusform>%n étapes du mécanisme gaussien avec multiplicateur de bruit %1</numerusform></translation>
    </message>
    <message>
        <source>%1 steps with sampling rate q = %2 and noise multiplier %3</source>
        <translation>%1 étapes avec taux d'échantillonnage q = %2 et multiplicateur de bruit %3</translation>
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
        <translation>L'ensemble d'entraînement comptait %1 exemples.</translation>
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
        <source>Each example's gradient was clipped to an L2 norm of at most %1 before the noise was added.</source>
        <translation>Le gradient de chaque exemple a été écrêté à une norme L2 d'au plus %1 avant l'ajout du bruit.</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>infini</translation>
    </message>
    <message>
        <source>Guarantee: the training procedure satisfies (epsilon = %1, delta = %2)-differential privacy at the level of single examples under add-or-remove-one adjacency, computed with the %3 accountant. Informally: adding or removing any one training example changes the probability of any outcome of training by at most a factor of e^epsilon = %4, except with probability at most delta.</source>
        <translation>Garantie : la procédure d'entraînement satisfait la confidentialité différentielle (epsilon = %1, delta = %2) au niveau des exemples individuels, pour le voisinage par ajout ou retrait d'un exemple, calculée avec la méthode %3. En termes simples : ajouter ou retirer un exemple d'entraînement quelconque modifie la probabilité de tout résultat de l'entraînement d'un facteur d'au plus e^epsilon = %4, sauf avec une probabilité d'au plus delta.</translation>
    </message>
    <message>
        <source>For comparison: RDP accountant epsilon = %1, PLD accountant epsilon = %2 (the PLD value is tighter; both are upper bounds).</source>
        <translation>Pour comparaison : epsilon selon RDP = %1, epsilon selon PLD = %2 (la valeur PLD est plus précise ; les deux sont des bornes supérieures).</translation>
    </message>
    <message>
        <source>The guarantee covers the final model and every intermediate checkpoint, because the accountant composes every training step.</source>
        <translation>La garantie couvre le modèle final et chaque point de sauvegarde intermédiaire, car la comptabilité compose chaque étape d'entraînement.</translation>
    </message>
    <message>
        <source>Assumptions: batches are formed by Poisson sampling (each example joins each batch independently with probability q); shuffling into fixed-size batches is a different mechanism whose guarantee can be substantially weaker. Each person contributes at most one training example; where people contribute several, the guarantee per person is weaker (group privacy) and is not stated here.</source>
        <translation>Hypothèses : les lots sont formés par échantillonnage de Poisson (chaque exemple entre dans chaque lot indépendamment avec la probabilité q) ; le mélange en lots de taille fixe est un autre mécanisme, dont la garantie peut être nettement plus faible. Chaque personne fournit au plus un exemple d'entraînement ; si des personnes en fournissent plusieurs, la garantie par personne est plus faible (confidentialité de groupe) et n'est pas indiquée ici.</translation>
    </message>
    <message>
        <source>Not covered: hyper-parameter search or model selection on the same private data; data-dependent preprocessing such as normalisation statistics, category vocabularies or feature selection computed on the training data; any public or pre-training data; and faults in the implementation or in floating-point arithmetic. An empirical attack on the model can only give a lower bound on epsilon, never confirm this upper bound.</source>
        <translation>Non couvert : la recherche d'hyperparamètres ou la sélection de modèle sur les mêmes données privées ; les prétraitements dépendant des données, comme les statistiques de normalisation, les vocabulaires de catégories ou la sélection de variables calculés sur les données d'entraînement ; toute donnée publique ou de pré-entraînement ; et les défauts de l'implémentation ou de l'arithmétique à virgule flottante. Une attaque empirique sur le modèle ne peut donner qu'une borne inférieure d'epsilon, jamais confirmer cette borne supérieure.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::MechanismHistory</name>
    <message>
        <source>The mechanism history is empty: at least one training phase is needed.</source>
        <translation>L'historique du mécanisme est vide : au moins une phase d'entraînement est nécessaire.</translation>
    </message>
    <message>
        <source>The sampling rate must be in (0, 1], got %1.</source>
        <translation>Le taux d'échantillonnage doit être dans (0, 1], reçu %1.</translation>
    </message>
    <message>
        <source>The noise multiplier must be a positive number, got %1.</source>
        <translation>Le multiplicateur de bruit doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The number of steps must be at least 1, got %1.</source>
        <translation>Le nombre d'étapes doit valoir au moins 1, reçu %1.</translation>
    </message>
    <message>
        <source>Delta must be in (0, 1), got %1.</source>
        <translation>Delta doit être dans (0, 1), reçu %1.</translation>
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
</context>
<context>
    <name>privaudit::model::Classifier</name>
    <message>
        <source>The model needs at least one input feature.</source>
        <translation>Le modèle a besoin d'au moins une caractéristique d'entrée.</translation>
    </message>
    <message>
        <source>The model needs at least two classes, got %1.</source>
        <translation>Le modèle a besoin d'au moins deux classes, reçu %1.</translation>
    </message>
    <message>
        <source>There are no training rows, or features and labels differ in length.</source>
        <translation>Il n'y a aucune ligne d'entraînement, ou les caractéristiques et les cibles n'ont pas la même longueur.</translation>
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
        <translation>L'entraînement a été annulé.</translation>
    </message>
    <message>
        <source>Could not save the model to '%1': %2</source>
        <translation>Impossible d'enregistrer le modèle dans '%1' : %2</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ExternalModel</name>
    <message>
        <source>The model file '%1' cannot be read: %2</source>
        <translation>Le fichier de modèle '%1' ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>'%1' is not a TorchScript model (save it with torch.jit.save of a scripted or traced module): %2</source>
        <translation>'%1' n'est pas un modèle TorchScript (enregistrez-le avec torch.jit.save d'un module scripté ou tracé) : %2</translation>
    </message>
    <message>
        <source>The model in '%1' returns outputs of shape [%2] for %3 inputs; expected %4 logits per row.</source>
        <translation>Le modèle de '%1' renvoie des sorties de forme [%2] pour %3 entrées ; %4 logits par ligne étaient attendus.</translation>
    </message>
    <message>
        <source>The model in '%1' does not accept inputs of width %2 (the dataset's encoding): %3</source>
        <translation>Le modèle de '%1' n'accepte pas d'entrées de largeur %2 (l'encodage du jeu de données) : %3</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ModelSpec</name>
    <message>
        <source>Unknown model '%1': use logreg or mlp:WIDTH[,WIDTH...][:relu|tanh][:DROPOUT].</source>
        <translation>Modèle inconnu '%1' : utilisez logreg ou mlp:LARGEUR[,LARGEUR...][:relu|tanh][:DROPOUT].</translation>
    </message>
    <message>
        <source>Hidden layer width '%1' in '%2' must be a whole number from 1 to 65536.</source>
        <translation>La largeur de couche cachée '%1' dans '%2' doit être un entier de 1 à 65536.</translation>
    </message>
    <message>
        <source>The MLP '%1' has no hidden layer widths.</source>
        <translation>Le MLP '%1' n'a pas de largeurs de couches cachées.</translation>
    </message>
    <message>
        <source>Unknown activation '%1': use relu or tanh.</source>
        <translation>Activation inconnue '%1' : utilisez relu ou tanh.</translation>
    </message>
    <message>
        <source>Dropout '%1' must be in [0, 1).</source>
        <translation>Le dropout '%1' doit être dans [0, 1).</translation>
    </message>
</context>
<context>
    <name>privaudit::model::PredictionsFile</name>
    <message>
        <source>The predictions file has no label column '%1'; the columns are: %2.</source>
        <translation>Le fichier de prédictions n'a pas de colonne cible '%1' ; les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>Column '%1' of the predictions file is not numeric: every column other than the label and membership columns must hold a per-class score.</source>
        <translation>La colonne '%1' du fichier de prédictions n'est pas numérique : chaque colonne autre que les colonnes cible et d'appartenance doit contenir un score par classe.</translation>
    </message>
    <message>
        <source>The predictions file needs at least two score columns (one per class).</source>
        <translation>Le fichier de prédictions doit avoir au moins deux colonnes de scores (une par classe).</translation>
    </message>
    <message>
        <source>Row %1, column '%2' of the predictions file is missing or not a finite number.</source>
        <translation>Ligne %1, colonne '%2' du fichier de prédictions : valeur manquante ou non finie.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has no label.</source>
        <translation>La ligne %1 du fichier de prédictions n'a pas de cible.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has the label '%2', which is neither a class index 0..%3 nor a score column name.</source>
        <translation>La ligne %1 du fichier de prédictions a la cible '%2', qui n'est ni un indice de classe 0..%3 ni un nom de colonne de scores.</translation>
    </message>
    <message>
        <source>Row %1, membership column '%2': '%3' is not 1/0, true/false, yes/no or member/non-member.</source>
        <translation>Ligne %1, colonne d'appartenance '%2' : '%3' n'est pas 1/0, true/false, yes/no ou member/non-member.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::TrainingConfig</name>
    <message>
        <source>The learning rate must be a positive number, got %1.</source>
        <translation>Le taux d'apprentissage doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The number of epochs must be at least 1, got %1.</source>
        <translation>Le nombre d'époques doit valoir au moins 1, reçu %1.</translation>
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
        <translation>La norme d'écrêtage (max grad norm) doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>Delta must be in (0, 1), got %1.</source>
        <translation>Delta doit être dans (0, 1), reçu %1.</translation>
    </message>
    <message>
        <source>The target epsilon must be a positive number, got %1.</source>
        <translation>L'epsilon cible doit être un nombre positif, reçu %1.</translation>
    </message>
    <message>
        <source>The noise multiplier must not be negative, got %1.</source>
        <translation>Le multiplicateur de bruit ne doit pas être négatif, reçu %1.</translation>
    </message>
    <message>
        <source>The epsilon budget must be a positive number, got %1.</source>
        <translation>Le budget epsilon doit être un nombre positif, reçu %1.</translation>
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
        <translation>&lt;h2&gt;PrivAudit %1&lt;/h2&gt;&lt;p&gt;Mesure le risque de confidentialité des modèles d'apprentissage automatique et transforme les mesures en preuves qu'un responsable de la conformité peut signer.&lt;/p&gt;</translation>
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
    <name>privaudit::ui::MainWindow</name>
    <message>
        <source>PrivAudit</source>
        <translation>PrivAudit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit measures how much a machine-learning model reveals about the people in its training data, and records the evidence for a privacy assessment.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Run &amp;gt; Privacy Calculator&lt;/b&gt; computes the differential-privacy guarantee (epsilon, delta) of DP-SGD training with the RDP and PLD accountants.&lt;/li&gt;&lt;li&gt;Projects, data import, model training and membership-inference attacks will appear in the project explorer on the left; running jobs appear below.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit mesure ce qu'un modèle d'apprentissage automatique révèle sur les personnes de ses données d'entraînement et consigne les preuves pour une évaluation de la confidentialité.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Exécuter &amp;gt; Calculateur de confidentialité&lt;/b&gt; calcule la garantie de confidentialité différentielle (epsilon, delta) d'un entraînement DP-SGD avec les méthodes RDP et PLD.&lt;/li&gt;&lt;li&gt;Les projets, l'import de données, l'entraînement des modèles et les attaques par inférence d'appartenance apparaîtront dans l'explorateur de projet à gauche ; les tâches en cours apparaissent en dessous.&lt;/li&gt;&lt;/ul&gt;</translation>
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
        <source>Creating projects</source>
        <translation>La création de projets</translation>
    </message>
    <message>
        <source>Opening projects</source>
        <translation>L'ouverture de projets</translation>
    </message>
    <message>
        <source>Running attacks</source>
        <translation>L'exécution d'attaques</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Les préférences</translation>
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
        <source>Results</source>
        <translation>Résultats</translation>
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
        <translation>%1 n'est pas encore disponible dans cette version de PrivAudit.</translation>
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
        <translation>Exemples d'&amp;entraînement :</translation>
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
        <translation>Déclaration pour le dossier d'audit :</translation>
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
</context>
</TS>