<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>PrivAudit workbench</source>
        <translation>PrivAudit-Arbeitsplatz</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Sprache der Benutzeroberfläche (en, de, fr).</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores).</source>
        <translation>Rechen-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Open a view at start (calculator).</source>
        <translation>Beim Start eine Ansicht öffnen (calculator).</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MembershipInference</name>
    <message>
        <source>global threshold</source>
        <translation>globaler Schwellenwert</translation>
    </message>
    <message>
        <source>Unknown attack '%1'; available: %2.</source>
        <translation>Unbekannter Angriff '%1'; verfügbar: %2.</translation>
    </message>
    <message>
        <source>LiRA and RMIA need at least %1 reference models, got %2.</source>
        <translation>LiRA und RMIA brauchen mindestens %1 Referenzmodelle, erhalten: %2.</translation>
    </message>
    <message>
        <source>Membership inference needs both members and non-members.</source>
        <translation>Membership Inference braucht Mitglieder und Nichtmitglieder.</translation>
    </message>
    <message>
        <source>Querying the target model</source>
        <translation>Zielmodell wird abgefragt</translation>
    </message>
    <message>
        <source>Training the target model</source>
        <translation>Zielmodell wird trainiert</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Training reference model %1 of %2</source>
        <translation>Referenzmodell %1 von %2 wird trainiert</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>fixed variance</source>
        <translation>feste Varianz</translation>
    </message>
    <message>
        <source>per-example variance</source>
        <translation>Varianz je Beispiel</translation>
    </message>
    <message>
        <source>online, gamma 1</source>
        <translation>online, Gamma 1</translation>
    </message>
    <message>
        <source>offline, a = %1, gamma 1</source>
        <translation>offline, a = %1, Gamma 1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>noise robustness, %1 queries, sigma %2</source>
        <translation>Rauschrobustheit, %1 Abfragen, Sigma %2</translation>
    </message>
    <message>
        <source>%1 shadow models, one attack model per class</source>
        <translation>%1 Schattenmodelle, ein Angriffsmodell je Klasse</translation>
    </message>
    <message>
        <source>Training the attack model for class %1 failed.</source>
        <translation>Das Training des Angriffsmodells für Klasse %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::OneRunAudit</name>
    <message>
        <source>The audit needs between 2 and %1 canaries (the population pool), got %2.</source>
        <translation>Die Prüfung braucht zwischen 2 und %1 Kanarien (Populationsvorrat), erhalten: %2.</translation>
    </message>
    <message>
        <source>The number of guesses must be between 2 and the number of canaries (%1), got %2.</source>
        <translation>Die Zahl der Vermutungen muss zwischen 2 und der Zahl der Kanarien (%1) liegen, erhalten: %2.</translation>
    </message>
</context>
<context>
    <name>privaudit::cli::CliText</name>
    <message>
        <source>--sampling-rate must be in (0, 1], got %1</source>
        <translation>--sampling-rate muss in (0, 1] liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--noise-multiplier must be a positive number, got %1</source>
        <translation>--noise-multiplier muss eine positive Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>--steps must be at least 1, got %1</source>
        <translation>--steps muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>--delta must be in (0, 1), got %1</source>
        <translation>--delta muss in (0, 1) liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--epsilon must be a positive finite number, got %1</source>
        <translation>--epsilon muss eine positive endliche Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>--phase must be SAMPLING_RATE:NOISE_MULTIPLIER:STEPS, got '%1'</source>
        <translation>--phase muss die Form STICHPROBENRATE:RAUSCHMULTIPLIKATOR:SCHRITTE haben, erhalten: '%1'</translation>
    </message>
    <message>
        <source>accountant: unknown subcommand '%1' (epsilon, delta, calibrate, steps)</source>
        <translation>accountant: unbekannter Unterbefehl '%1' (epsilon, delta, calibrate, steps)</translation>
    </message>
    <message>
        <source>Differential-privacy accounting for DP-SGD (Poisson-subsampled Gaussian mechanism, add/remove-one adjacency, example level).
  accountant [epsilon]  epsilon for --sampling-rate, --noise-multiplier, --steps, --delta
  accountant delta      delta for --epsilon instead of --delta
  accountant calibrate  noise multiplier for --epsilon, --sampling-rate, --steps, --delta
  accountant steps      largest number of steps within --epsilon</source>
        <translation>Differential-Privacy-Abrechnung für DP-SGD (Gauß-Mechanismus mit Poisson-Stichproben, Nachbarschaft durch Hinzufügen/Entfernen eines Beispiels, Beispielebene).
  accountant [epsilon]  Epsilon für --sampling-rate, --noise-multiplier, --steps, --delta
  accountant delta      Delta für --epsilon statt --delta
  accountant calibrate  Rauschmultiplikator für --epsilon, --sampling-rate, --steps, --delta
  accountant steps      größte Zahl von Schritten innerhalb von --epsilon</translation>
    </message>
    <message>
        <source>Poisson sampling rate q in (0, 1]; 1 is the plain Gaussian mechanism.</source>
        <translation>Poisson-Stichprobenrate q in (0, 1]; 1 ist der einfache Gauß-Mechanismus.</translation>
    </message>
    <message>
        <source>Noise standard deviation / clipping norm (sigma &gt; 0).</source>
        <translation>Standardabweichung des Rauschens / Clipping-Norm (sigma &gt; 0).</translation>
    </message>
    <message>
        <source>Number of training steps (&gt;= 1).</source>
        <translation>Anzahl der Trainingsschritte (&gt;= 1).</translation>
    </message>
    <message>
        <source>Target delta in (0, 1).</source>
        <translation>Ziel-Delta in (0, 1).</translation>
    </message>
    <message>
        <source>Target epsilon (delta, calibrate, steps).</source>
        <translation>Ziel-Epsilon (delta, calibrate, steps).</translation>
    </message>
    <message>
        <source>A training phase q:sigma:steps (repeatable) instead of the three options.</source>
        <translation>Eine Trainingsphase q:sigma:Schritte (wiederholbar) anstelle der drei Optionen.</translation>
    </message>
    <message>
        <source>rdp, pld or all (default: all; calibrate and steps: rdp).</source>
        <translation>rdp, pld oder all (Standard: all; calibrate und steps: rdp).</translation>
    </message>
    <message>
        <source>PLD discretisation interval (default 1e-4).</source>
        <translation>PLD-Diskretisierungsintervall (Standard 1e-4).</translation>
    </message>
    <message>
        <source>RDP to (epsilon, delta): improved (default) or classic.</source>
        <translation>Umrechnung RDP nach (Epsilon, Delta): improved (Standard) oder classic.</translation>
    </message>
    <message>
        <source>Calibration epsilon tolerance (default 0.01).</source>
        <translation>Epsilon-Toleranz der Kalibrierung (Standard 0.01).</translation>
    </message>
    <message>
        <source>Also print the plain-language DP statement.</source>
        <translation>Zusätzlich die DP-Erklärung in Klartext ausgeben.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--accountant must be rdp, pld%1, got '%2'</source>
        <translation>--accountant muss rdp, pld%1 sein, erhalten: '%2'</translation>
    </message>
    <message>
        <source> or all</source>
        <translation> oder all</translation>
    </message>
    <message>
        <source>--conversion must be improved or classic, got '%1'</source>
        <translation>--conversion muss improved oder classic sein, erhalten: '%1'</translation>
    </message>
    <message>
        <source>--interval must be in (0, 0.1], got %1</source>
        <translation>--interval muss in (0, 0.1] liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--tolerance must be in (0, 1), got %1</source>
        <translation>--tolerance muss in (0, 1) liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--phase cannot be combined with 'accountant %1'</source>
        <translation>--phase kann nicht mit 'accountant %1' kombiniert werden</translation>
    </message>
    <message>
        <source>RDP: epsilon = %1 at delta = %2 (optimal order %3, %4 conversion)</source>
        <translation>RDP: Epsilon = %1 bei Delta = %2 (optimale Ordnung %3, Umrechnung %4)</translation>
    </message>
    <message>
        <source>PLD: epsilon = %1 at delta = %2 (interval %3)</source>
        <translation>PLD: Epsilon = %1 bei Delta = %2 (Intervall %3)</translation>
    </message>
    <message>
        <source>%1: delta = %2 at epsilon = %3</source>
        <translation>%1: Delta = %2 bei Epsilon = %3</translation>
    </message>
    <message>
        <source>%1: noise multiplier %2 gives epsilon = %3 (target %4) at delta = %5</source>
        <translation>%1: Rauschmultiplikator %2 ergibt Epsilon = %3 (Ziel %4) bei Delta = %5</translation>
    </message>
    <message>
        <source>%1: at most %2 steps stay within epsilon = %3 (reaching %4) at delta = %5</source>
        <translation>%1: höchstens %2 Schritte bleiben innerhalb von Epsilon = %3 (erreicht %4) bei Delta = %5</translation>
    </message>
    <message>
        <source>--lang must be one of %1, got '%2'</source>
        <translation>--lang muss eines von %1 sein, erhalten: '%2'</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number, got '%1'</source>
        <translation>--threads muss eine positive ganze Zahl sein, erhalten: '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'; see 'privaudit-cli --help'</source>
        <translation>unbekannter Befehl '%1'; siehe 'privaudit-cli --help'</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>erforderliche Option --%1 fehlt</translation>
    </message>
    <message>
        <source>--%1 must be a number, got '%2'</source>
        <translation>--%1 muss eine Zahl sein, erhalten: '%2'</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, got '%2'</source>
        <translation>--%1 muss eine ganze Zahl sein, erhalten: '%2'</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Ausgabeverzeichnis.</translation>
    </message>
    <message>
        <source>demo: not yet implemented. It will generate the synthetic demo data, train a non-private and a DP model, attack both and write DIR/demo.privaudit; until then try 'privaudit-cli accountant --help'.</source>
        <translation>demo: noch nicht implementiert. Der Befehl wird synthetische Demodaten erzeugen, ein nicht privates und ein DP-Modell trainieren, beide angreifen und DIR/demo.privaudit schreiben; bis dahin siehe 'privaudit-cli accountant --help'.</translation>
    </message>
    <message>
        <source>Matrix size for the speed test (default 1024).</source>
        <translation>Matrixgröße für den Geschwindigkeitstest (Standard 1024).</translation>
    </message>
    <message>
        <source>--size must be between 16 and 8192, got %1</source>
        <translation>--size muss zwischen 16 und 8192 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>OpenBLAS loaded: %1 (%2)</source>
        <translation>OpenBLAS geladen: %1 (%2)</translation>
    </message>
    <message>
        <source>the slow reference BLAS is loaded (%1): model training will be about 30x slower. Install libopenblas0-pthread (installer/setup-deps.sh).</source>
        <translation>die langsame Referenz-BLAS ist geladen (%1): das Modelltraining wird etwa 30-mal langsamer. Installieren Sie libopenblas0-pthread (installer/setup-deps.sh).</translation>
    </message>
    <message>
        <source>BLAS library not identified (%1)</source>
        <translation>BLAS-Bibliothek nicht erkannt (%1)</translation>
    </message>
    <message>
        <source>none mapped</source>
        <translation>keine geladen</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>%1 LibTorch intra-op thread(s), %2 BLAS thread(s), %3 core(s)</source>
        <translation>%1 LibTorch-Intra-Op-Thread(s), %2 BLAS-Thread(s), %3 Kern(e)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>CUDA available (%1 device(s)); using %2</source>
        <translation>CUDA verfügbar (%1 Gerät(e)); verwendet wird %2</translation>
    </message>
    <message>
        <source>CPU (this LibTorch build or machine has no CUDA)</source>
        <translation>CPU (dieser LibTorch-Build oder dieser Rechner hat kein CUDA)</translation>
    </message>
    <message>
        <source>SQLite driver</source>
        <translation>SQLite-Treiber</translation>
    </message>
    <message>
        <source>Qt SQLite driver available (SQLite %1)</source>
        <translation>Qt-SQLite-Treiber verfügbar (SQLite %1)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing: install libqt6sql6-sqlite</source>
        <translation>der Qt-SQLite-Treiber fehlt: installieren Sie libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Temporäre Dateien</translation>
    </message>
    <message>
        <source>cannot create files in %1</source>
        <translation>in %1 können keine Dateien angelegt werden</translation>
    </message>
    <message>
        <source>Matrix multiply</source>
        <translation>Matrixmultiplikation</translation>
    </message>
    <message>
        <source>%1 GFLOP/s (float32, %2 x %2, best of 5)%3</source>
        <translation>%1 GFLOP/s (float32, %2 x %2, bester von 5 Läufen)%3</translation>
    </message>
    <message>
        <source>; below %1 GFLOP/s: check the BLAS library</source>
        <translation>; unter %1 GFLOP/s: prüfen Sie die BLAS-Bibliothek</translation>
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
        <translation>BLAS: %1 (%2), %3 Thread(s)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Compute: %1 LibTorch thread(s) on %2 core(s), device %3</source>
        <translation>Rechnen: %1 LibTorch-Thread(s) auf %2 Kern(en), Gerät %3</translation>
    </message>
    <message>
        <source>missing required option --label</source>
        <translation>erforderliche Option --label fehlt</translation>
    </message>
    <message>
        <source>Train a target model on a CSV file (or the built-in demo data), with or without DP-SGD, and report its accuracy and privacy.</source>
        <translation>Ein Zielmodell auf einer CSV-Datei (oder den eingebauten Demodaten) mit oder ohne DP-SGD trainieren und seine Genauigkeit und Privatsphäre berichten.</translation>
    </message>
    <message>
        <source>CSV file, or 'demo' for the built-in synthetic patient records.</source>
        <translation>CSV-Datei oder 'demo' für die eingebauten synthetischen Patientendaten.</translation>
    </message>
    <message>
        <source>Label column (the demo data has one).</source>
        <translation>Zielspalte (die Demodaten haben eine).</translation>
    </message>
    <message>
        <source>logreg or mlp:WIDTH,WIDTH[:relu|tanh][:dropout] (default mlp:256,256).</source>
        <translation>logreg oder mlp:BREITE,BREITE[:relu|tanh][:dropout] (Standard mlp:256,256).</translation>
    </message>
    <message>
        <source>Epochs (default 10).</source>
        <translation>Epochen (Standard 10).</translation>
    </message>
    <message>
        <source>Batch size; with DP the expected batch size (default 256).</source>
        <translation>Batchgröße; mit DP die erwartete Batchgröße (Standard 256).</translation>
    </message>
    <message>
        <source>Learning rate (default 0.001).</source>
        <translation>Lernrate (Standard 0.001).</translation>
    </message>
    <message>
        <source>sgd or adam (default adam).</source>
        <translation>sgd oder adam (Standard adam).</translation>
    </message>
    <message>
        <source>L2 weight decay (default 0).</source>
        <translation>L2-Gewichtsabnahme (Standard 0).</translation>
    </message>
    <message>
        <source>Train with DP-SGD.</source>
        <translation>Mit DP-SGD trainieren.</translation>
    </message>
    <message>
        <source>DP noise multiplier sigma.</source>
        <translation>DP-Rauschmultiplikator Sigma.</translation>
    </message>
    <message>
        <source>DP: calibrate sigma for this epsilon before training.</source>
        <translation>DP: Sigma vor dem Training für dieses Epsilon kalibrieren.</translation>
    </message>
    <message>
        <source>DP per-example clipping norm C (default 1).</source>
        <translation>DP-Clipping-Norm C je Beispiel (Standard 1).</translation>
    </message>
    <message>
        <source>DP delta (default 1e-5).</source>
        <translation>DP-Delta (Standard 1e-5).</translation>
    </message>
    <message>
        <source>DP noise from the operating system's cryptographic source.</source>
        <translation>DP-Rauschen aus der kryptografischen Zufallsquelle des Betriebssystems.</translation>
    </message>
    <message>
        <source>Training (member) rows; default 40% of the rows.</source>
        <translation>Trainingszeilen (Mitglieder); Standard 40 % der Zeilen.</translation>
    </message>
    <message>
        <source>Seed for the split, initialisation, sampling and noise (default 1).</source>
        <translation>Startwert für Aufteilung, Initialisierung, Stichproben und Rauschen (Standard 1).</translation>
    </message>
    <message>
        <source>Save the trained model as TorchScript.</source>
        <translation>Das trainierte Modell als TorchScript speichern.</translation>
    </message>
    <message>
        <source>missing required option --data</source>
        <translation>erforderliche Option --data fehlt</translation>
    </message>
    <message>
        <source>--optimizer must be sgd or adam, got '%1'</source>
        <translation>--optimizer muss sgd oder adam sein, erhalten: '%1'</translation>
    </message>
    <message>
        <source>--dp needs exactly one of --noise-multiplier and --target-epsilon</source>
        <translation>--dp braucht genau eine der Optionen --noise-multiplier und --target-epsilon</translation>
    </message>
    <message>
        <source>--noise-multiplier and --target-epsilon need --dp</source>
        <translation>--noise-multiplier und --target-epsilon erfordern --dp</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <source>Model %1 trained on %2 rows in %3 s (%4 steps).</source>
        <translation>Modell %1 auf %2 Zeilen in %3 s trainiert (%4 Schritte).</translation>
    </message>
    <message>
        <source>Accuracy: train %1, test %2 (%3 held-out rows).</source>
        <translation>Genauigkeit: Training %1, Test %2 (%3 zurückgehaltene Zeilen).</translation>
    </message>
    <message>
        <source>DP-SGD: epsilon = %1 at delta = %2 (RDP), noise multiplier %3, sampling rate %4, clipping norm %5.</source>
        <translation>DP-SGD: Epsilon = %1 bei Delta = %2 (RDP), Rauschmultiplikator %3, Stichprobenrate %4, Clipping-Norm %5.</translation>
    </message>
    <message>
        <source>No differential privacy: epsilon is infinite.</source>
        <translation>Keine Differential Privacy: Epsilon ist unendlich.</translation>
    </message>
    <message>
        <source>Dataset SHA-256: %1</source>
        <translation>SHA-256 des Datensatzes: %1</translation>
    </message>
    <message>
        <source>Model saved as TorchScript: %1</source>
        <translation>Modell als TorchScript gespeichert: %1</translation>
    </message>
    <message>
        <source>Membership inference: train a target (or load --target-model, or read --predictions), run the attacks and report AUC, advantage, TPR at 0.1%, 1% and 10% FPR with bootstrap intervals and an empirical epsilon lower bound. With --target-model, members are the rows the same --seed and --train-rows selected when 'privaudit-cli train' trained it.</source>
        <translation>Membership Inference: ein Zielmodell trainieren (oder --target-model laden oder --predictions lesen), die Angriffe ausführen und AUC, Vorteil und TPR bei 0,1 %, 1 % und 10 % FPR mit Bootstrap-Intervallen sowie eine empirische untere Schranke für Epsilon berichten. Mit --target-model sind die Mitglieder die Zeilen, die dieselben --seed und --train-rows beim Training mit 'privaudit-cli train' ausgewählt haben.</translation>
    </message>
    <message>
        <source>Reference models for LiRA and RMIA (default 16).</source>
        <translation>Referenzmodelle für LiRA und RMIA (Standard 16).</translation>
    </message>
    <message>
        <source>LiRA and RMIA offline (OUT reference models only).</source>
        <translation>LiRA und RMIA offline (nur OUT-Referenzmodelle).</translation>
    </message>
    <message>
        <source>LiRA with per-example variances (needs many reference models).</source>
        <translation>LiRA mit Varianzen je Beispiel (braucht viele Referenzmodelle).</translation>
    </message>
    <message>
        <source>A TorchScript target model to attack as a black box.</source>
        <translation>Ein TorchScript-Zielmodell, das als Blackbox angegriffen wird.</translation>
    </message>
    <message>
        <source>A predictions CSV (per-class scores, label, member) to audit without a model.</source>
        <translation>Eine Vorhersage-CSV (Werte je Klasse, Zielwert, Mitglied) zur Prüfung ohne Modell.</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 200).</source>
        <translation>Bootstrap-Stichproben für die Intervalle (Standard 200).</translation>
    </message>
    <message>
        <source>Write every record's score to this CSV.</source>
        <translation>Den Wert jedes Datensatzes in diese CSV schreiben.</translation>
    </message>
    <message>
        <source>--reference-models must be between 1 and 1024, got %1</source>
        <translation>--reference-models muss zwischen 1 und 1024 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--bootstrap must be between 0 and 100000, got %1</source>
        <translation>--bootstrap muss zwischen 0 und 100000 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--attack: unknown attack '%1'; available: %2</source>
        <translation>--attack: unbekannter Angriff '%1'; verfügbar: %2</translation>
    </message>
    <message>
        <source>--predictions: the file has no 'member' column, so there is no ground truth to measure an attack against.</source>
        <translation>--predictions: die Datei hat keine Spalte 'member', es gibt also keine Grundwahrheit, an der ein Angriff gemessen werden kann.</translation>
    </message>
    <message>
        <source>skipping %1: it needs reference models, which a predictions file cannot give</source>
        <translation>%1 wird übersprungen: der Angriff braucht Referenzmodelle, die eine Vorhersagedatei nicht liefern kann</translation>
    </message>
    <message>
        <source>missing required option --data (or --predictions)</source>
        <translation>erforderliche Option --data (oder --predictions) fehlt</translation>
    </message>
    <message>
        <source>cannot write the scores to '%1'</source>
        <translation>die Werte können nicht nach '%1' geschrieben werden</translation>
    </message>
    <message>
        <source>%1 (%2): AUC %3 [%4, %5], advantage %6, TPR at 0.1% / 1% / 10% FPR: %7 / %8 / %9, empirical epsilon &gt;= %10</source>
        <translation>%1 (%2): AUC %3 [%4, %5], Vorteil %6, TPR bei 0,1 % / 1 % / 10 % FPR: %7 / %8 / %9, empirisches Epsilon &gt;= %10</translation>
    </message>
    <message>
        <source>DP: stop before the epoch that would exceed this epsilon.</source>
        <translation>DP: vor der Epoche anhalten, die dieses Epsilon überschreiten würde.</translation>
    </message>
    <message>
        <source>One-run privacy audit (Steinke, Nasr &amp; Jagielski 2023): add mislabelled canaries from the population pool to the training set with probability 1/2 each, train once with the given recipe, guess membership from the canaries' losses and report an empirical epsilon lower bound next to the accountant's epsilon.</source>
        <translation>Datenschutzprüfung mit einem Trainingslauf (Steinke, Nasr &amp; Jagielski 2023): falsch beschriftete Kanarien aus dem Populationsvorrat mit Wahrscheinlichkeit 1/2 in die Trainingsmenge aufnehmen, einmal mit dem angegebenen Verfahren trainieren, die Mitgliedschaft aus den Verlusten der Kanarien erraten und eine empirische untere Schranke für Epsilon neben dem Epsilon der Abrechnung berichten.</translation>
    </message>
    <message>
        <source>Number of canaries (default 1000).</source>
        <translation>Zahl der Kanarien (Standard 1000).</translation>
    </message>
    <message>
        <source>Number of guesses, half IN and half OUT (default 200).</source>
        <translation>Zahl der Vermutungen, je zur Hälfte IN und OUT (Standard 200).</translation>
    </message>
    <message>
        <source>One-run audit: %1 of %2 guesses right on %3 canaries (%4 included).</source>
        <translation>Prüfung mit einem Lauf: %1 von %2 Vermutungen richtig bei %3 Kanarien (%4 aufgenommen).</translation>
    </message>
    <message>
        <source>Empirical epsilon &gt;= %1 with 95% confidence; accountant epsilon %2.</source>
        <translation>Empirisches Epsilon &gt;= %1 mit 95 % Konfidenz; Epsilon der Abrechnung %2.</translation>
    </message>
    <message>
        <source>infinite (no DP)</source>
        <translation>unendlich (keine DP)</translation>
    </message>
    <message>
        <source>attack: use 'attack mia' (membership inference) or 'attack audit' (one-run privacy audit); see privaudit-cli attack mia --help</source>
        <translation>attack: verwenden Sie 'attack mia' (Membership Inference) oder 'attack audit' (Prüfung mit einem Lauf); siehe privaudit-cli attack mia --help</translation>
    </message>
    <message>
        <source>Comma-separated: loss, confidence, entropy, modified-entropy, lira, rmia, shadow, label-only, or all (default loss,lira,rmia).</source>
        <translation>Kommagetrennt: loss, confidence, entropy, modified-entropy, lira, rmia, shadow, label-only oder all (Standard loss,lira,rmia).</translation>
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
        <translation>Aufruf: privaudit-cli [--lang en|de|fr] [--threads N] &lt;Befehl&gt; [Optionen]

Misst das Datenschutzrisiko von Modellen des maschinellen Lernens, ohne Oberfläche.

Befehle:
  version [--json]     Version von PrivAudit und der geladenen Bibliotheken
  doctor [--json]      Umgebung prüfen und Geschwindigkeit der Matrixmultiplikation messen
  accountant           Differential-Privacy-Abrechnung (Epsilon, Delta, Kalibrierung)
  train                Ein Modell (wahlweise mit DP-SGD) auf einer CSV-Datei oder den Demodaten trainieren
  attack mia           Membership Inference (LOSS, LiRA, RMIA, ...) mit ehrlicher Statistik
  attack audit         Prüfung mit einem Trainingslauf: eine empirische untere Schranke für Epsilon
  demo [--out DIR]     Die Hauptaufgabe mit den eingebauten Demodaten

Globale Optionen:
  -h, --help           Diese Hilfe; '&lt;Befehl&gt; --help' für die Optionen eines Befehls
  --version [--json]   Wie der Befehl version

Rückgabewerte: 0 Erfolg, 1 Fehler, 2 falscher Aufruf oder ungültige Eingabe.</translation>
    </message>
    <message>
        <source>RDP orders, comma-separated, each &gt; 1 (default: dp_accounting's grid).</source>
        <translation>RDP-Ordnungen, kommagetrennt, jede &gt; 1 (Standard: das Raster von dp_accounting).</translation>
    </message>
    <message>
        <source>--orders: every order must be a number greater than 1, got '%1'</source>
        <translation>--orders: jede Ordnung muss eine Zahl größer als 1 sein, erhalten: '%1'</translation>
    </message>
    <message>
        <source>--orders: no order given</source>
        <translation>--orders: keine Ordnung angegeben</translation>
    </message>
</context>
<context>
    <name>privaudit::data::CsvImporter</name>
    <message>
        <source>The file '%1' does not exist.</source>
        <translation>Die Datei '%1' existiert nicht.</translation>
    </message>
    <message>
        <source>The file '%1' cannot be read: %2</source>
        <translation>Die Datei '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Column '%1', data row %2: '%3' is not a number, but the column is numeric.</source>
        <translation>Spalte '%1', Datenzeile %2: '%3' ist keine Zahl, die Spalte ist aber numerisch.</translation>
    </message>
    <message>
        <source>The header names the column '%1' twice.</source>
        <translation>Die Kopfzeile nennt die Spalte '%1' zweimal.</translation>
    </message>
    <message>
        <source>Data row %1 has %2 fields, but the header has %3 columns (ragged rows).</source>
        <translation>Datenzeile %1 hat %2 Felder, die Kopfzeile aber %3 Spalten (ungleich lange Zeilen).</translation>
    </message>
    <message>
        <source>Out of memory while starting the CSV parser.</source>
        <translation>Nicht genügend Speicher beim Start des CSV-Parsers.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data (a NUL byte at byte %1). Choose a CSV file.</source>
        <translation>Dies ist keine Textdatei: Sie enthält Binärdaten (ein NUL-Byte an Byte %1). Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (near byte %1).</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text (bei Byte %1).</translation>
    </message>
    <message>
        <source>Malformed quoting in data row %1: a quote inside an unquoted field, or text after a closing quote.</source>
        <translation>Fehlerhafte Anführungszeichen in Datenzeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Unterminated quoted field: a quote opened in data row %1 is never closed.</source>
        <translation>Nicht abgeschlossenes Feld in Anführungszeichen: ein in Datenzeile %1 geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Column '%1' is declared numeric but holds text.</source>
        <translation>Die Spalte '%1' ist als numerisch angegeben, enthält aber Text.</translation>
    </message>
    <message>
        <source>Column '%1' has too many distinct numbers to be categorical.</source>
        <translation>Die Spalte '%1' hat zu viele verschiedene Zahlen, um kategorial zu sein.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DataSplit</name>
    <message>
        <source>Cannot take %1 member and %2 non-member rows from %3 rows with a label.</source>
        <translation>Aus %3 Zeilen mit Zielwert lassen sich nicht %1 Mitglieds- und %2 Nichtmitgliedszeilen entnehmen.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DataTable</name>
    <message>
        <source>The column '%1' does not exist; the columns are: %2.</source>
        <translation>Die Spalte '%1' existiert nicht; vorhanden sind: %2.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DemoData</name>
    <message>
        <source>Synthetic demo data: generated patient records; no real person's data.</source>
        <translation>Synthetische Demodaten: erzeugte Patientendatensätze; keine Daten realer Personen.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::TableEncoder</name>
    <message>
        <source>No label column is set.</source>
        <translation>Es ist keine Zielspalte festgelegt.</translation>
    </message>
    <message>
        <source>The label column '%1' is numeric; PrivAudit trains classifiers, so the label must be categorical or boolean.</source>
        <translation>Die Zielspalte '%1' ist numerisch; PrivAudit trainiert Klassifikatoren, daher muss der Zielwert kategorial oder boolesch sein.</translation>
    </message>
    <message>
        <source>The label column '%1' has fewer than two classes.</source>
        <translation>Die Zielspalte '%1' hat weniger als zwei Klassen.</translation>
    </message>
    <message>
        <source>There are no training rows.</source>
        <translation>Es gibt keine Trainingszeilen.</translation>
    </message>
    <message>
        <source>No feature columns: every column is the label, an identifier or ignored.</source>
        <translation>Keine Merkmalsspalten: jede Spalte ist Zielwert, Kennung oder ignoriert.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::Calibration</name>
    <message>
        <source>The target epsilon must be a positive number, got %1.</source>
        <translation>Das Ziel-Epsilon muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The privacy budget epsilon = %1 is too small for %2 steps at sampling rate %3: no noise multiplier up to %4 achieves it.</source>
        <translation>Das Datenschutzbudget Epsilon = %1 ist für %2 Schritte bei Stichprobenrate %3 zu klein: kein Rauschmultiplikator bis %4 erreicht es.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::DpStatement</name>
    <message numerus="yes">
        <source>%n step(s) of the Gaussian mechanism with noise multiplier %1</source>
        <translation><numerusform>%n Schritt des Gauß-Mechanismus mit Rauschmultiplikator %1</numerusform><numerusform>%n Schritte des Gauß-Mechanismus mit Rauschmultiplikator %1</numerusform></translation>
    </message>
    <message>
        <source>%1 steps with sampling rate q = %2 and noise multiplier %3</source>
        <translation>%1 Schritte mit Stichprobenrate q = %2 und Rauschmultiplikator %3</translation>
    </message>
    <message>
        <source>The model was trained with differentially private stochastic gradient descent (DP-SGD): %1.</source>
        <translation>Das Modell wurde mit differentiell privatem stochastischem Gradientenabstieg (DP-SGD) trainiert: %1.</translation>
    </message>
    <message>
        <source>; then </source>
        <translation>; danach </translation>
    </message>
    <message>
        <source>The training set had %1 examples.</source>
        <translation>Die Trainingsmenge umfasste %1 Beispiele.</translation>
    </message>
    <message>
        <source>The expected batch size was %1 examples.</source>
        <translation>Die erwartete Batchgröße betrug %1 Beispiele.</translation>
    </message>
    <message>
        <source>This corresponds to %1 epochs.</source>
        <translation>Das entspricht %1 Epochen.</translation>
    </message>
    <message>
        <source>Each example's gradient was clipped to an L2 norm of at most %1 before the noise was added.</source>
        <translation>Der Gradient jedes Beispiels wurde vor dem Hinzufügen des Rauschens auf eine L2-Norm von höchstens %1 begrenzt.</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>Guarantee: the training procedure satisfies (epsilon = %1, delta = %2)-differential privacy at the level of single examples under add-or-remove-one adjacency, computed with the %3 accountant. Informally: adding or removing any one training example changes the probability of any outcome of training by at most a factor of e^epsilon = %4, except with probability at most delta.</source>
        <translation>Garantie: Das Trainingsverfahren erfüllt (Epsilon = %1, Delta = %2)-Differential-Privacy auf der Ebene einzelner Beispiele bei Nachbarschaft durch Hinzufügen oder Entfernen eines Beispiels, berechnet mit dem %3-Verfahren. Anschaulich: Das Hinzufügen oder Entfernen eines beliebigen Trainingsbeispiels ändert die Wahrscheinlichkeit jedes Trainingsergebnisses höchstens um den Faktor e^Epsilon = %4, außer mit einer Wahrscheinlichkeit von höchstens Delta.</translation>
    </message>
    <message>
        <source>For comparison: RDP accountant epsilon = %1, PLD accountant epsilon = %2 (the PLD value is tighter; both are upper bounds).</source>
        <translation>Zum Vergleich: Epsilon nach RDP = %1, Epsilon nach PLD = %2 (der PLD-Wert ist genauer; beide sind obere Schranken).</translation>
    </message>
    <message>
        <source>The guarantee covers the final model and every intermediate checkpoint, because the accountant composes every training step.</source>
        <translation>Die Garantie gilt für das endgültige Modell und jeden Zwischenstand, weil die Abrechnung jeden Trainingsschritt zusammensetzt.</translation>
    </message>
    <message>
        <source>Assumptions: batches are formed by Poisson sampling (each example joins each batch independently with probability q); shuffling into fixed-size batches is a different mechanism whose guarantee can be substantially weaker. Each person contributes at most one training example; where people contribute several, the guarantee per person is weaker (group privacy) and is not stated here.</source>
        <translation>Annahmen: Batches werden durch Poisson-Stichproben gebildet (jedes Beispiel gelangt unabhängig mit Wahrscheinlichkeit q in jeden Batch); das Mischen in Batches fester Größe ist ein anderer Mechanismus, dessen Garantie erheblich schwächer sein kann. Jede Person trägt höchstens ein Trainingsbeispiel bei; tragen Personen mehrere bei, ist die Garantie je Person schwächer (Gruppen-Privatsphäre) und hier nicht angegeben.</translation>
    </message>
    <message>
        <source>Not covered: hyper-parameter search or model selection on the same private data; data-dependent preprocessing such as normalisation statistics, category vocabularies or feature selection computed on the training data; any public or pre-training data; and faults in the implementation or in floating-point arithmetic. An empirical attack on the model can only give a lower bound on epsilon, never confirm this upper bound.</source>
        <translation>Nicht abgedeckt: Hyperparametersuche oder Modellauswahl auf denselben privaten Daten; datenabhängige Vorverarbeitung wie Normalisierungsstatistiken, Kategorienverzeichnisse oder Merkmalsauswahl auf den Trainingsdaten; öffentliche oder Vortrainingsdaten; sowie Fehler in der Implementierung oder in der Gleitkommaarithmetik. Ein empirischer Angriff auf das Modell kann nur eine untere Schranke für Epsilon liefern, diese obere Schranke aber nie bestätigen.</translation>
    </message>
</context>
<context>
    <name>privaudit::dp::MechanismHistory</name>
    <message>
        <source>The mechanism history is empty: at least one training phase is needed.</source>
        <translation>Der Mechanismusverlauf ist leer: Mindestens eine Trainingsphase ist erforderlich.</translation>
    </message>
    <message>
        <source>The sampling rate must be in (0, 1], got %1.</source>
        <translation>Die Stichprobenrate muss in (0, 1] liegen, erhalten: %1.</translation>
    </message>
    <message>
        <source>The noise multiplier must be a positive number, got %1.</source>
        <translation>Der Rauschmultiplikator muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The number of steps must be at least 1, got %1.</source>
        <translation>Die Anzahl der Schritte muss mindestens 1 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>Delta must be in (0, 1), got %1.</source>
        <translation>Delta muss in (0, 1) liegen, erhalten: %1.</translation>
    </message>
</context>
<context>
    <name>privaudit::metrics::MembershipMetrics</name>
    <message>
        <source>Only %1 non-members: a TPR at %2% FPR cannot be certified (at least %3 are needed even with no false positive); treat it as indicative.</source>
        <translation>Nur %1 Nichtmitglieder: eine TPR bei %2 % FPR lässt sich nicht belegen (selbst ohne falsch Positive sind mindestens %3 nötig); nur als Hinweis lesen.</translation>
    </message>
    <message>
        <source>Only %1 non-members: the TPR at %2% FPR rests on fewer than 10 expected false positives (%3 non-members recommended).</source>
        <translation>Nur %1 Nichtmitglieder: die TPR bei %2 % FPR beruht auf weniger als 10 erwarteten falsch Positiven (%3 Nichtmitglieder empfohlen).</translation>
    </message>
</context>
<context>
    <name>privaudit::model::Classifier</name>
    <message>
        <source>The model needs at least one input feature.</source>
        <translation>Das Modell braucht mindestens ein Eingabemerkmal.</translation>
    </message>
    <message>
        <source>The model needs at least two classes, got %1.</source>
        <translation>Das Modell braucht mindestens zwei Klassen, erhalten: %1.</translation>
    </message>
    <message>
        <source>There are no training rows, or features and labels differ in length.</source>
        <translation>Es gibt keine Trainingszeilen, oder Merkmale und Zielwerte sind unterschiedlich lang.</translation>
    </message>
    <message>
        <source>The features have %1 columns but the model expects %2.</source>
        <translation>Die Merkmale haben %1 Spalten, das Modell erwartet aber %2.</translation>
    </message>
    <message>
        <source>The features contain NaN or infinite values.</source>
        <translation>Die Merkmale enthalten NaN oder unendliche Werte.</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>Das Training wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not save the model to '%1': %2</source>
        <translation>Das Modell konnte nicht in '%1' gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ExternalModel</name>
    <message>
        <source>The model file '%1' cannot be read: %2</source>
        <translation>Die Modelldatei '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>'%1' is not a TorchScript model (save it with torch.jit.save of a scripted or traced module): %2</source>
        <translation>'%1' ist kein TorchScript-Modell (speichern Sie es mit torch.jit.save eines geskripteten oder getracten Moduls): %2</translation>
    </message>
    <message>
        <source>The model in '%1' returns outputs of shape [%2] for %3 inputs; expected %4 logits per row.</source>
        <translation>Das Modell in '%1' liefert Ausgaben der Form [%2] für %3 Eingaben; erwartet werden %4 Logits je Zeile.</translation>
    </message>
    <message>
        <source>The model in '%1' does not accept inputs of width %2 (the dataset's encoding): %3</source>
        <translation>Das Modell in '%1' akzeptiert keine Eingaben der Breite %2 (Kodierung des Datensatzes): %3</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ModelSpec</name>
    <message>
        <source>Unknown model '%1': use logreg or mlp:WIDTH[,WIDTH...][:relu|tanh][:DROPOUT].</source>
        <translation>Unbekanntes Modell '%1': verwenden Sie logreg oder mlp:BREITE[,BREITE...][:relu|tanh][:DROPOUT].</translation>
    </message>
    <message>
        <source>Hidden layer width '%1' in '%2' must be a whole number from 1 to 65536.</source>
        <translation>Die Breite '%1' der verborgenen Schicht in '%2' muss eine ganze Zahl von 1 bis 65536 sein.</translation>
    </message>
    <message>
        <source>The MLP '%1' has no hidden layer widths.</source>
        <translation>Das MLP '%1' hat keine Breiten verborgener Schichten.</translation>
    </message>
    <message>
        <source>Unknown activation '%1': use relu or tanh.</source>
        <translation>Unbekannte Aktivierung '%1': verwenden Sie relu oder tanh.</translation>
    </message>
    <message>
        <source>Dropout '%1' must be in [0, 1).</source>
        <translation>Dropout '%1' muss in [0, 1) liegen.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::PredictionsFile</name>
    <message>
        <source>The predictions file has no label column '%1'; the columns are: %2.</source>
        <translation>Die Vorhersagedatei hat keine Zielspalte '%1'; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>Column '%1' of the predictions file is not numeric: every column other than the label and membership columns must hold a per-class score.</source>
        <translation>Die Spalte '%1' der Vorhersagedatei ist nicht numerisch: jede Spalte außer Ziel- und Mitgliedschaftsspalte muss einen Wert je Klasse enthalten.</translation>
    </message>
    <message>
        <source>The predictions file needs at least two score columns (one per class).</source>
        <translation>Die Vorhersagedatei braucht mindestens zwei Wertespalten (eine je Klasse).</translation>
    </message>
    <message>
        <source>Row %1, column '%2' of the predictions file is missing or not a finite number.</source>
        <translation>Zeile %1, Spalte '%2' der Vorhersagedatei fehlt oder ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has no label.</source>
        <translation>Zeile %1 der Vorhersagedatei hat keinen Zielwert.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has the label '%2', which is neither a class index 0..%3 nor a score column name.</source>
        <translation>Zeile %1 der Vorhersagedatei hat den Zielwert '%2', der weder ein Klassenindex 0..%3 noch der Name einer Wertespalte ist.</translation>
    </message>
    <message>
        <source>Row %1, membership column '%2': '%3' is not 1/0, true/false, yes/no or member/non-member.</source>
        <translation>Zeile %1, Mitgliedschaftsspalte '%2': '%3' ist nicht 1/0, true/false, yes/no oder member/non-member.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::TrainingConfig</name>
    <message>
        <source>The learning rate must be a positive number, got %1.</source>
        <translation>Die Lernrate muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The number of epochs must be at least 1, got %1.</source>
        <translation>Die Zahl der Epochen muss mindestens 1 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1, got %1.</source>
        <translation>Die Batchgröße muss mindestens 1 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The weight decay must not be negative, got %1.</source>
        <translation>Die Gewichtsabnahme darf nicht negativ sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The clipping norm (max grad norm) must be a positive number, got %1.</source>
        <translation>Die Clipping-Norm (max grad norm) muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>Delta must be in (0, 1), got %1.</source>
        <translation>Delta muss in (0, 1) liegen, erhalten: %1.</translation>
    </message>
    <message>
        <source>The target epsilon must be a positive number, got %1.</source>
        <translation>Das Ziel-Epsilon muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The noise multiplier must not be negative, got %1.</source>
        <translation>Der Rauschmultiplikator darf nicht negativ sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The epsilon budget must be a positive number, got %1.</source>
        <translation>Das Epsilon-Budget muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AboutDialog</name>
    <message>
        <source>About PrivAudit</source>
        <translation>Über PrivAudit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PrivAudit %1&lt;/h2&gt;&lt;p&gt;Measures the privacy risk of machine-learning models and turns the measurements into evidence a compliance officer can sign.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PrivAudit %1&lt;/h2&gt;&lt;p&gt;Misst das Datenschutzrisiko von Modellen des maschinellen Lernens und macht aus den Messungen Nachweise, die eine Compliance-Beauftragte unterschreiben kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation>LibTorch:</translation>
    </message>
    <message>
        <source>BLAS:</source>
        <translation>BLAS:</translation>
    </message>
    <message>
        <source>Eigen:</source>
        <translation>Eigen:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>FFTW:</source>
        <translation>FFTW:</translation>
    </message>
    <message>
        <source>QCustomPlot:</source>
        <translation>QCustomPlot:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>%1 LibTorch, %2 BLAS, %3 cores</source>
        <translation>%1 LibTorch, %2 BLAS, %3 Kerne</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
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
        <translation>&lt;h2&gt;Willkommen bei PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit misst, wie viel ein Modell des maschinellen Lernens über die Menschen in seinen Trainingsdaten preisgibt, und hält die Nachweise für eine Datenschutzbewertung fest.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ausführen &amp;gt; Datenschutzrechner&lt;/b&gt; berechnet die Differential-Privacy-Garantie (Epsilon, Delta) eines DP-SGD-Trainings mit den Verfahren RDP und PLD.&lt;/li&gt;&lt;li&gt;Projekte, Datenimport, Modelltraining und Membership-Inference-Angriffe erscheinen links im Projekt-Explorer; laufende Aufgaben darunter.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>New &amp;Run…</source>
        <translation>Neuer &amp;Lauf …</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Privacy &amp;Calculator</source>
        <translation>&amp;Datenschutzrechner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;About PrivAudit</source>
        <translation>&amp;Über PrivAudit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Creating projects</source>
        <translation>Das Anlegen von Projekten</translation>
    </message>
    <message>
        <source>Opening projects</source>
        <translation>Das Öffnen von Projekten</translation>
    </message>
    <message>
        <source>Running attacks</source>
        <translation>Das Ausführen von Angriffen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Die Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(keine zuletzt geöffneten Projekte)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
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
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Threads: %1 · BLAS: %2 · Device: %3</source>
        <translation>Threads: %1 · BLAS: %2 · Gerät: %3</translation>
    </message>
    <message>
        <source>OpenBLAS</source>
        <translation>OpenBLAS</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Privacy Calculator</source>
        <translation>Datenschutzrechner</translation>
    </message>
    <message>
        <source>%1 is not available in this version of PrivAudit yet.</source>
        <translation>%1 ist in dieser Version von PrivAudit noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::PrivacyCalculatorView</name>
    <message>
        <source>Find noise</source>
        <translation>Rauschen suchen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Training examples:</source>
        <translation>&amp;Trainingsbeispiele:</translation>
    </message>
    <message>
        <source>Expected &amp;batch size:</source>
        <translation>Erwartete &amp;Batchgröße:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Noise multiplier (sigma):</source>
        <translation>&amp;Rauschmultiplikator (Sigma):</translation>
    </message>
    <message>
        <source>&amp;Delta:</source>
        <translation>&amp;Delta:</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Abgeleitet:</translation>
    </message>
    <message>
        <source>Privacy guarantee</source>
        <translation>Datenschutzgarantie</translation>
    </message>
    <message>
        <source>Epsilon (RDP):</source>
        <translation>Epsilon (RDP):</translation>
    </message>
    <message>
        <source>Epsilon (PLD):</source>
        <translation>Epsilon (PLD):</translation>
    </message>
    <message>
        <source>Target &amp;epsilon:</source>
        <translation>Ziel-&amp;Epsilon:</translation>
    </message>
    <message>
        <source>epsilon (RDP)</source>
        <translation>Epsilon (RDP)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Statement for the audit record:</source>
        <translation>Erklärung für die Prüfakte:</translation>
    </message>
    <message>
        <source>q = %1, %2 steps</source>
        <translation>q = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>%1 (optimal order %2)</source>
        <translation>%1 (optimale Ordnung %2)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet …</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>wird gesucht …</translation>
    </message>
    <message>
        <source>sigma = %1 gives epsilon = %2 (RDP)</source>
        <translation>Sigma = %1 ergibt Epsilon = %2 (RDP)</translation>
    </message>
</context>
</TS>