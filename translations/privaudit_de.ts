<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliText</name>
    <message>
        <source>PrivAudit demo</source>
        <translation>PrivAudit-Demo</translation>
    </message>
</context>
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
        <source>A .privaudit project to open.</source>
        <translation>Ein zu öffnendes .privaudit-Projekt.</translation>
    </message>
    <message>
        <source>With a project: start this job or sweep spec at start (repeatable).</source>
        <translation>Mit einem Projekt: diese Job- oder Sweep-Spezifikation beim Start ausführen (wiederholbar).</translation>
    </message>
    <message>
        <source>Quit when the jobs started with --run-spec have finished.</source>
        <translation>Beenden, wenn die mit --run-spec gestarteten Jobs fertig sind.</translation>
    </message>
    <message>
        <source>Open a view at start (calculator; with a project: checklist, matrix, compare, run:RUN, sweep:RUN, attribute:RUN, canary:RUN, reconstruction:RUN, mi-face:RUN, dataset:ID).</source>
        <translation>Beim Start eine Ansicht öffnen (calculator; mit Projekt: checklist, matrix, compare, run:LAUF, sweep:LAUF, attribute:LAUF, canary:LAUF, reconstruction:LAUF, mi-face:LAUF, dataset:ID).</translation>
    </message>
</context>
<context>
    <name>privaudit</name>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (a device, FIFO or socket); give a file.</source>
        <translation>&apos;%1&apos; ist keine reguläre Datei (ein Gerät, FIFO oder Socket); geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MiB, more than this kind of file can be.</source>
        <translation>&apos;%1&apos; ist größer als %2 MiB, mehr als eine solche Datei sein kann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::Translations</name>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::Assessment</name>
    <message>
        <source>The assessment is not valid JSON: %1 at byte %2.</source>
        <translation>Die Bewertung ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>This is not a PrivAudit assessment export (its &quot;format&quot; is not &quot;privaudit.assessment&quot;).</source>
        <translation>Dies ist kein PrivAudit-Bewertungsexport (sein „format“ ist nicht „privaudit.assessment“).</translation>
    </message>
    <message>
        <source>The assessment has format version %1; this PrivAudit reads version %2.</source>
        <translation>Die Bewertung hat Formatversion %1; diese PrivAudit-Version liest Version %2.</translation>
    </message>
    <message>
        <source>Unknown access mode &apos;%1&apos;.</source>
        <translation>Unbekannte Zugriffsart „%1“.</translation>
    </message>
    <message>
        <source>Checklist item &apos;%1&apos; is in no rule pack.</source>
        <translation>Checklistenpunkt „%1“ gehört zu keinem Regelpaket.</translation>
    </message>
    <message>
        <source>Checklist item %1: &apos;%2&apos; is not one of %3.</source>
        <translation>Checklistenpunkt %1: „%2“ ist keine der Antworten %3.</translation>
    </message>
    <message>
        <source>Unknown matrix cell &apos;%1&apos; / &apos;%2&apos;.</source>
        <translation>Unbekannte Matrixzelle „%1“ / „%2“.</translation>
    </message>
    <message>
        <source>Privacy assessment</source>
        <translation>Datenschutzbewertung</translation>
    </message>
    <message>
        <source>AI Act classification</source>
        <translation>Einstufung nach KI-Verordnung</translation>
    </message>
    <message>
        <source>Role: %1. Result: **%2**.</source>
        <translation>Rolle: %1. Ergebnis: **%2**.</translation>
    </message>
    <message>
        <source>BLOCKER</source>
        <translation>AUSSCHLUSSGRUND</translation>
    </message>
    <message>
        <source>Obligations and dates</source>
        <translation>Pflichten und Fristen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>%1 (%2): the matrix holds a suggested likelihood L%3, but the current runs of the model under review (%4) suggest L%5; suggest from evidence again.</source>
        <translation>%1 (%2): Die Matrix enthält die vorgeschlagene Wahrscheinlichkeit L%3, die aktuellen Läufe des geprüften Modells (%4) ergeben aber L%5; erneut aus den Belegen vorschlagen.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::Classification</name>
    <message>
        <source>Not an AI system or GPAI model placed on the EU market or used in the EU: the AI Act does not apply.</source>
        <translation>Kein KI-System und kein KI-Modell mit allgemeinem Verwendungszweck, das in der EU in Verkehr gebracht oder dessen Ausgabe in der EU verwendet wird: Die KI-Verordnung gilt nicht.</translation>
    </message>
    <message>
        <source>An Art 2 exclusion applies (defence, research, personal use or open source); note that the open-source exclusion does not cover high-risk systems, Art 5 or Art 50.</source>
        <translation>Eine Ausnahme nach Art. 2 greift (Verteidigung, Forschung, persönliche Nutzung oder Open Source); die Open-Source-Ausnahme gilt nicht für Hochrisiko-Systeme, Art. 5 oder Art. 50.</translation>
    </message>
    <message>
        <source>In scope: an AI system (or GPAI model) on the EU market; role: %1.</source>
        <translation>Im Anwendungsbereich: ein KI-System (oder GPAI-Modell) auf dem EU-Markt; Rolle: %1.</translation>
    </message>
    <message>
        <source>%1: answered &apos;%2&apos; to &quot;%3&quot; — a prohibited practice.</source>
        <translation>%1: Antwort „%2“ auf „%3“ — eine verbotene Praxis.</translation>
    </message>
    <message>
        <source>The prohibition applies from %1.</source>
        <translation>Das Verbot gilt ab %1.</translation>
    </message>
    <message>
        <source>Safety component of (or itself) an Annex I product that needs third-party conformity assessment: high-risk.</source>
        <translation>Sicherheitsbauteil eines Produkts nach Anhang I (oder selbst ein solches Produkt), das eine Konformitätsbewertung durch Dritte braucht: Hochrisiko.</translation>
    </message>
    <message>
        <source>Intended purpose in Annex III point(s) %1.</source>
        <translation>Zweckbestimmung in Anhang III, Nummer(n) %1.</translation>
    </message>
    <message>
        <source>The system profiles natural persons, so the Art 6(3) derogation is unavailable even though a derogation condition is met: high-risk.</source>
        <translation>Das System erstellt Profile natürlicher Personen; daher ist die Ausnahme nach Art. 6 Abs. 3 nicht verfügbar, obwohl eine ihrer Bedingungen erfüllt ist: Hochrisiko.</translation>
    </message>
    <message>
        <source>The system profiles natural persons: high-risk.</source>
        <translation>Das System erstellt Profile natürlicher Personen: Hochrisiko.</translation>
    </message>
    <message>
        <source>Art 6(3) derogation: a condition (a)-(d) holds and no significant risk is reasoned, so not high-risk; the assessment must be documented before placing on the market and the system registered.</source>
        <translation>Ausnahme nach Art. 6 Abs. 3: eine Bedingung (a)–(d) ist erfüllt und das Fehlen eines erheblichen Risikos ist begründet, also kein Hochrisiko; die Bewertung ist vor dem Inverkehrbringen zu dokumentieren und das System zu registrieren.</translation>
    </message>
    <message>
        <source>No Art 6(3) derogation claimed: high-risk.</source>
        <translation>Keine Ausnahme nach Art. 6 Abs. 3 geltend gemacht: Hochrisiko.</translation>
    </message>
    <message>
        <source>No Annex III area reported.</source>
        <translation>Kein Bereich nach Anhang III gemeldet.</translation>
    </message>
    <message>
        <source>tell people they interact with AI</source>
        <translation>Menschen darauf hinweisen, dass sie mit KI interagieren</translation>
    </message>
    <message>
        <source>mark synthetic output machine-readably</source>
        <translation>synthetische Ausgaben maschinenlesbar kennzeichnen</translation>
    </message>
    <message>
        <source>inform people exposed to emotion recognition or biometric categorisation</source>
        <translation>Personen informieren, die Emotionserkennung oder biometrischer Kategorisierung ausgesetzt sind</translation>
    </message>
    <message>
        <source>disclose deepfakes and AI-generated public-interest text</source>
        <translation>Deepfakes und KI-erzeugte Texte von öffentlichem Interesse offenlegen</translation>
    </message>
    <message>
        <source>Transparency duty: %1.</source>
        <translation>Transparenzpflicht: %1.</translation>
    </message>
    <message>
        <source>General-purpose AI model with systemic risk: Art 53 and Art 55 duties.</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko: Pflichten nach Art. 53 und Art. 55.</translation>
    </message>
    <message>
        <source>General-purpose AI model: Art 53 duties.</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck: Pflichten nach Art. 53.</translation>
    </message>
    <message>
        <source>Minimal risk: AI literacy (Art 4) still applies; codes of conduct are voluntary.</source>
        <translation>Minimales Risiko: KI-Kompetenz (Art. 4) gilt weiterhin; Verhaltenskodizes sind freiwillig.</translation>
    </message>
    <message>
        <source>applies since %1</source>
        <translation>gilt seit %1</translation>
    </message>
    <message>
        <source>applies from %1 (in %2 days)</source>
        <translation>gilt ab %1 (in %2 Tagen)</translation>
    </message>
    <message>
        <source>(originally %1; moved by Regulation (EU) 2026/1744)</source>
        <translation>(ursprünglich %1; verschoben durch Verordnung (EU) 2026/1744)</translation>
    </message>
    <message>
        <source>applies now</source>
        <translation>gilt jetzt</translation>
    </message>
    <message>
        <source>outside the AI Act</source>
        <translation>außerhalb der KI-Verordnung</translation>
    </message>
    <message>
        <source>prohibited practice (blocker)</source>
        <translation>verbotene Praxis (Ausschlussgrund)</translation>
    </message>
    <message>
        <source>high-risk</source>
        <translation>Hochrisiko</translation>
    </message>
    <message>
        <source>transparency duties</source>
        <translation>Transparenzpflichten</translation>
    </message>
    <message>
        <source>minimal risk</source>
        <translation>minimales Risiko</translation>
    </message>
    <message>
        <source>general-purpose AI model</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck</translation>
    </message>
    <message>
        <source>general-purpose AI model with systemic risk</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko</translation>
    </message>
    <message>
        <source>Scope not answered: the AI Act duties are listed as if the system were in scope, but whether the AI Act applies is not established.</source>
        <translation>Anwendungsbereich nicht beantwortet: Die Pflichten der KI-Verordnung werden so aufgeführt, als fiele das System darunter, aber ob die KI-Verordnung gilt, ist nicht festgestellt.</translation>
    </message>
    <message>
        <source>%1 of %2 Art 5 screening questions are unanswered: a prohibited practice is not ruled out.</source>
        <translation>%1 von %2 Prüffragen zu Art. 5 sind unbeantwortet: Eine verbotene Praktik ist nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>No prohibited practice: every Art 5 screening question was answered and none reports one.</source>
        <translation>Keine verbotene Praktik: Jede Prüffrage zu Art. 5 wurde beantwortet, und keine meldet eine.</translation>
    </message>
    <message numerus="yes">
        <source>%n Art 6 screening question(s) unanswered: high risk is not ruled out.</source>
        <translation>
            <numerusform>%n Prüffrage(n) zu Art. 6 unbeantwortet: Ein hohes Risiko ist nicht ausgeschlossen.</numerusform>
            <numerusform>%n Prüffrage(n) zu Art. 6 unbeantwortet: Ein hohes Risiko ist nicht ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>provisional: %1 of %2 screening questions unanswered</source>
        <translation>vorläufig: %1 von %2 Prüffragen unbeantwortet</translation>
    </message>
    <message>
        <source>%1 (established so far: %2)</source>
        <translation>%1 (bisher festgestellt: %2)</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::ClassificationInput</name>
    <message>
        <source>The answers are not valid JSON: %1 at byte %2.</source>
        <translation>Die Antworten sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in the answers (allowed: role, today, answers).</source>
        <translation>Unbekannter Schlüssel „%1“ in den Antworten (erlaubt: role, today, answers).</translation>
    </message>
    <message>
        <source>role must be one of %1, got &apos;%2&apos;.</source>
        <translation>role muss eines von %1 sein, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>&apos;today&apos; must be a date (YYYY-MM-DD).</source>
        <translation>„today“ muss ein Datum sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Unknown item &apos;%1&apos; in the answers.</source>
        <translation>Unbekannter Punkt „%1“ in den Antworten.</translation>
    </message>
    <message>
        <source>Item %1: &apos;%2&apos; is not one of %3.</source>
        <translation>Punkt %1: „%2“ ist keine der Antworten %3.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::ModelUnderReview</name>
    <message>
        <source>The designated run %1 or its model is no longer in the project.</source>
        <translation>Der benannte Lauf %1 oder sein Modell ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>There is no run %1 in the project.</source>
        <translation>Im Projekt gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 is not a completed membership-inference run; only such a run&apos;s target model can be under review.</source>
        <translation>Lauf %1 ist kein abgeschlossener Membership-Inference-Lauf; nur das Zielmodell eines solchen Laufs kann geprüft werden.</translation>
    </message>
    <message>
        <source>Run %1 has no target model to review.</source>
        <translation>Lauf %1 hat kein Zielmodell, das geprüft werden könnte.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::RiskMatrix</name>
    <message>
        <source>Likelihood thresholds (PrivAudit defaults, not regulatory values): L1 when TPR at 0.1% FPR &lt;= %1, AUC &lt;= %2 and empirical epsilon &lt; %3 (or DP with epsilon &lt;= %4 and nothing above L2); L2 up to %5, %6 and %7; L3 up to %8, %9 and %10; L4 above. Published weights or full-score APIs add one level; rate-limited label-only access removes one.</source>
        <translation>Schwellen für die Eintrittswahrscheinlichkeit (Voreinstellungen von PrivAudit, keine regulatorischen Werte): L1, wenn TPR bei 0,1 % FPR &lt;= %1, AUC &lt;= %2 und empirisches Epsilon &lt; %3 (oder DP mit Epsilon &lt;= %4 und nichts über L2); L2 bis %5, %6 und %7; L3 bis %8, %9 und %10; L4 darüber. Veröffentlichte Gewichte oder APIs mit vollständigen Scores erhöhen um eine Stufe; ratenbegrenzter Zugriff nur auf Labels senkt um eine.</translation>
    </message>
    <message>
        <source>Membership inference</source>
        <translation>Membership Inference</translation>
    </message>
    <message>
        <source>Attribute inference</source>
        <translation>Attribut-Inferenz</translation>
    </message>
    <message>
        <source>Model inversion and data reconstruction</source>
        <translation>Modellinversion und Datenrekonstruktion</translation>
    </message>
    <message>
        <source>Gradient leakage (federated learning)</source>
        <translation>Gradienten-Leakage (föderiertes Lernen)</translation>
    </message>
    <message>
        <source>Model extraction</source>
        <translation>Modellextraktion</translation>
    </message>
    <message>
        <source>Property inference</source>
        <translation>Eigenschafts-Inferenz</translation>
    </message>
    <message>
        <source>Memorisation and training-data extraction</source>
        <translation>Memorisierung und Extraktion von Trainingsdaten</translation>
    </message>
    <message>
        <source>Data poisoning</source>
        <translation>Data Poisoning</translation>
    </message>
    <message>
        <source>Data collection and preparation</source>
        <translation>Datenerhebung und -aufbereitung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Deployment and inference API</source>
        <translation>Einsatz und Inferenz-API</translation>
    </message>
    <message>
        <source>Monitoring and retraining</source>
        <translation>Überwachung und Nachtraining</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Differential Privacy</translation>
    </message>
    <message>
        <source>Bounds what any attack can learn; costs accuracy (see the trade-off explorer) and training time.</source>
        <translation>Begrenzt, was jeder Angriff lernen kann; kostet Genauigkeit (siehe Trade-off-Explorer) und Trainingszeit.</translation>
    </message>
    <message>
        <source>Federated learning</source>
        <translation>Föderiertes Lernen</translation>
    </message>
    <message>
        <source>Data stays with its holders; updates can still leak without secure aggregation; more engineering.</source>
        <translation>Die Daten bleiben bei ihren Inhabern; Updates können ohne sichere Aggregation dennoch Informationen preisgeben; mehr Entwicklungsaufwand.</translation>
    </message>
    <message>
        <source>Secure aggregation / multi-party computation</source>
        <translation>Sichere Aggregation / Mehrparteienberechnung</translation>
    </message>
    <message>
        <source>The server sees only the sum of updates; communication overhead and client drop-outs.</source>
        <translation>Der Server sieht nur die Summe der Updates; Kommunikationsaufwand und ausfallende Clients.</translation>
    </message>
    <message>
        <source>Homomorphic encryption</source>
        <translation>Homomorphe Verschlüsselung</translation>
    </message>
    <message>
        <source>Inference on encrypted inputs; orders of magnitude slower, limited model types.</source>
        <translation>Inferenz auf verschlüsselten Eingaben; um Größenordnungen langsamer, nur bestimmte Modelltypen.</translation>
    </message>
    <message>
        <source>Output restriction</source>
        <translation>Ausgabebeschränkung</translation>
    </message>
    <message>
        <source>Labels only or rounded scores; less useful outputs, and label-only attacks still work.</source>
        <translation>Nur Labels oder gerundete Scores; weniger nützliche Ausgaben, und Label-only-Angriffe funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Rate limiting and query monitoring</source>
        <translation>Ratenbegrenzung und Abfrageüberwachung</translation>
    </message>
    <message>
        <source>Slows extraction and attacks needing many queries; throttles heavy legitimate users, not insiders.</source>
        <translation>Bremst Extraktion und Angriffe mit vielen Abfragen; drosselt legitime Vielnutzer, nicht Insider.</translation>
    </message>
    <message>
        <source>Data minimisation</source>
        <translation>Datenminimierung</translation>
    </message>
    <message>
        <source>Fewer and coarser features lower the harm of a leak; may lower accuracy.</source>
        <translation>Weniger und gröbere Merkmale verringern den Schaden eines Lecks; kann die Genauigkeit senken.</translation>
    </message>
    <message>
        <source>Worst measurement: %1 on run %2 (AUC %3, TPR at 0.1% FPR %4, empirical epsilon &gt;= %5) gives L%6.</source>
        <translation>Ungünstigste Messung: %1 in Lauf %2 (AUC %3, TPR bei 0,1 % FPR %4, empirisches Epsilon &gt;= %5) ergibt L%6.</translation>
    </message>
    <message>
        <source>Every measured model was trained with DP at epsilon &lt;= %1: L1.</source>
        <translation>Jedes gemessene Modell wurde mit DP bei Epsilon &lt;= %1 trainiert: L1.</translation>
    </message>
    <message>
        <source>Access mode &apos;%1&apos; (weights or full scores available): one level up.</source>
        <translation>Zugriffsart „%1“ (Gewichte oder vollständige Scores verfügbar): eine Stufe höher.</translation>
    </message>
    <message>
        <source>Access is label-only, but the worst measurement already used label-only access: no reduction.</source>
        <translation>Der Zugriff erfolgt nur über Labels, aber die ungünstigste Messung nutzte bereits diesen Zugriff: keine Absenkung.</translation>
    </message>
    <message>
        <source>Access mode &apos;%1&apos; (authenticated, rate-limited, labels only): one level down.</source>
        <translation>Zugriffsart „%1“ (authentifiziert, ratenbegrenzt, nur Labels): eine Stufe niedriger.</translation>
    </message>
    <message>
        <source>Sensitive columns in the data (%1): at least S3.</source>
        <translation>Sensible Spalten in den Daten (%1): mindestens S3.</translation>
    </message>
    <message>
        <source>Membership itself reveals a sensitive fact: at least S3.</source>
        <translation>Schon die Zugehörigkeit verrät eine sensible Tatsache: mindestens S3.</translation>
    </message>
    <message>
        <source>Personal data without special categories: S2.</source>
        <translation>Personenbezogene Daten ohne besondere Kategorien: S2.</translation>
    </message>
    <message>
        <source>Children or other vulnerable people are affected: one level up.</source>
        <translation>Kinder oder andere schutzbedürftige Personen sind betroffen: eine Stufe höher.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium-high</source>
        <translation>Mittel bis hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Attribute inference: L1 when an attack that queries the model is right on members at most %1 more often than on non-members, L2 up to %2, L3 up to %3, L4 above.</source>
        <translation>Attribut-Inferenz: L1, wenn ein Angriff, der das Modell abfragt, bei Mitgliedern höchstens %1 öfter richtig liegt als bei Nichtmitgliedern, L2 bis %2, L3 bis %3, L4 darüber.</translation>
    </message>
    <message>
        <source>Worst attribute inference: %1 on column %2 of run %3 (members right %4 more often than non-members) gives L%5.</source>
        <translation>Ungünstigste Attribut-Inferenz: %1 auf Spalte %2 von Lauf %3 (bei Mitgliedern %4 öfter richtig als bei Nichtmitgliedern) ergibt L%5.</translation>
    </message>
    <message>
        <source>That difference has no interval (the run skipped the bootstrap): it is a point estimate only.</source>
        <translation>Diese Differenz hat kein Intervall (der Lauf hat auf den Bootstrap verzichtet): Sie ist nur eine Punktschätzung.</translation>
    </message>
    <message>
        <source>Its 95% interval [%1, %2] reaches L%3: the run cannot rule out more leakage; more candidates narrow it.</source>
        <translation>Ihr 95-%-Intervall [%1, %2] reicht bis L%3: Der Lauf kann mehr Leakage nicht ausschließen; mehr Kandidaten verengen es.</translation>
    </message>
    <message>
        <source>On run %1 the model also predicts %2 for people outside its training data better than imputation (by %3): what it learned about the population, not about its members; not counted in this likelihood.</source>
        <translation>In Lauf %1 sagt das Modell %2 auch für Personen außerhalb seiner Trainingsdaten besser voraus als die Imputation (um %3): Das hat es über die Bevölkerung gelernt, nicht über seine Mitglieder; in dieser Wahrscheinlichkeit nicht gezählt.</translation>
    </message>
    <message>
        <source>Memorisation: L1 when canaries inserted at most %1 times rank at most %2 bits above chance and the never-inserted controls, L2 up to %3, L3 up to %4 bits, L4 above.</source>
        <translation>Memorierung: L1, wenn höchstens %1-mal eingefügte Canaries höchstens %2 Bit über dem Zufall und den nie eingefügten Kontrollen liegen, L2 bis %3, L3 bis %4 Bit, darüber L4.</translation>
    </message>
    <message>
        <source>Largest canary exposure: canaries inserted %1 times on run %2 rank %3 bits above chance and the never-inserted controls (exposure %4 bits) gives L%5.</source>
        <translation>Größte Canary-Exposition: %1-mal eingefügte Canaries in Lauf %2 liegen %3 Bit über dem Zufall und den nie eingefügten Kontrollen (Exposition %4 Bit), das ergibt L%5.</translation>
    </message>
    <message>
        <source>That exposure has no interval (the run skipped the bootstrap): it is a point estimate only.</source>
        <translation>Diese Exposition hat kein Intervall (der Lauf hat den Bootstrap ausgelassen): sie ist nur eine Punktschätzung.</translation>
    </message>
    <message>
        <source>Its 95% interval reaches %1 bits, L%2: the run cannot rule out more memorisation; more canaries per level narrow it.</source>
        <translation>Ihr 95-%-Intervall reicht bis %1 Bit, L%2: der Lauf kann mehr Memorierung nicht ausschließen; mehr Canaries je Stufe machen es enger.</translation>
    </message>
    <message>
        <source>Counterfactual memorisation: L1 when the share of members memorised beyond chance exceeds chance by at most %1 (the lower end of its interval), L2 up to %2, L3 up to %3, L4 above.</source>
        <translation>Kontrafaktische Memorierung: L1, wenn der Anteil der über den Zufall hinaus memorierten Mitglieder den Zufall um höchstens %1 übersteigt (das untere Ende seines Intervalls), L2 bis %2, L3 bis %3, L4 darüber.</translation>
    </message>
    <message>
        <source>Run %1&apos;s counterfactual memorisation has too few reference models (%2) for a record to reach p &lt;= 0.05: not used.</source>
        <translation>Die kontrafaktische Memorierung von Lauf %1 hat zu wenige Referenzmodelle (%2), als dass ein Datensatz p &lt;= 0,05 erreichen könnte: nicht verwendet.</translation>
    </message>
    <message>
        <source>Counterfactual memorisation: %1% of run %2&apos;s members are memorised beyond chance (95% interval from %3%; chance gives %4%), an excess of at least %5 gives L%6.</source>
        <translation>Kontrafaktische Memorierung: %1 % der Mitglieder von Lauf %2 sind über den Zufall hinaus memoriert (95-%-Intervall ab %3 %; der Zufall ergibt %4 %); ein Überschuss von mindestens %5 ergibt L%6.</translation>
    </message>
    <message>
        <source>Model inversion and reconstruction: L1 when the informed adversary recovers at most %1 more of a row&apos;s columns than the guess that needs no model (the lower end of its interval), L2 up to %2, L3 up to %3, L4 above.</source>
        <translation>Modellinversion und Rekonstruktion: L1, wenn der informierte Angreifer höchstens %1 mehr der Spalten einer Zeile rekonstruiert als die Schätzung ohne Modell (das untere Ende seines Intervalls), L2 bis %2, L3 bis %3, darüber L4.</translation>
    </message>
    <message>
        <source>Informed reconstruction, run %1: %2 of %3 training rows recovered completely; the adversary recovers %4 points more of a row&apos;s columns than the guess that needs no model (95% interval from %5), L%6.</source>
        <translation>Informierte Rekonstruktion, Lauf %1: %2 von %3 Trainingszeilen vollständig rekonstruiert; der Angreifer rekonstruiert %4 Prozentpunkte mehr der Spalten einer Zeile als die Schätzung ohne Modell (95-%-Intervall ab %5), L%6.</translation>
    </message>
    <message>
        <source>That adversary knows every other training row: a worst case, which an attacker who knows less may not reach; lower the likelihood only with a reason why no one can know that much.</source>
        <translation>Dieser Angreifer kennt alle anderen Trainingszeilen: ein ungünstigster Fall, den ein Angreifer mit weniger Wissen womöglich nicht erreicht; senken Sie die Wahrscheinlichkeit nur mit einer Begründung, warum niemand so viel wissen kann.</translation>
    </message>
    <message>
        <source>That advantage has no interval (the run skipped the bootstrap): it is a point estimate only.</source>
        <translation>Dieser Vorsprung hat kein Intervall (der Lauf hat das Bootstrap ausgelassen): er ist nur eine Punktschätzung.</translation>
    </message>
    <message>
        <source>MI-Face, run %1: %2% of %3 class representatives sit nearer a training row than a held-out row (permutation test p = %4): inverting the model reveals members, at least L3.</source>
        <translation>MI-Face, Lauf %1: %2% von %3 Klassenrepräsentanten liegen näher an einer Trainingszeile als an einer zurückgehaltenen Zeile (Permutationstest p = %4): Die Inversion des Modells verrät Mitglieder, mindestens L3.</translation>
    </message>
    <message>
        <source>The MI-Face finding outweighs the reconstruction&apos;s lower level.</source>
        <translation>Der MI-Face-Befund wiegt schwerer als die niedrigere Stufe der Rekonstruktion.</translation>
    </message>
    <message>
        <source>MI-Face, run %1: no evidence that its %2 class representatives sit nearer training rows than held-out ones at p &lt; 0.01 (permutation test p = %3); a failed inversion lowers nothing.</source>
        <translation>MI-Face, Lauf %1: kein Hinweis bei p &lt; 0,01, dass seine %2 Klassenrepräsentanten näher an Trainingszeilen liegen als an zurückgehaltenen (Permutationstest p = %3); eine gescheiterte Inversion senkt nichts.</translation>
    </message>
</context>
<context>
    <name>privaudit::assess::RulePack</name>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty list of strings</source>
        <translation>„%1“ muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain only strings</source>
        <translation>„%1“ darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>&apos;%1.original&apos; must be a date (YYYY-MM-DD) or null</source>
        <translation>„%1.original“ muss ein Datum (JJJJ-MM-TT) oder null sein</translation>
    </message>
    <message>
        <source>&apos;%1.amended&apos; must be a date (YYYY-MM-DD)</source>
        <translation>„%1.amended“ muss ein Datum (JJJJ-MM-TT) sein</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; is not valid JSON: %2 at byte %3.</source>
        <translation>Regelpaket „%1“ ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PrivAudit rule pack (its &quot;format&quot; is not &quot;privaudit.rulepack&quot;).</source>
        <translation>„%1“ ist kein PrivAudit-Regelpaket (sein „format“ ist nicht „privaudit.rulepack“).</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; has format version %2; this PrivAudit reads version %3.</source>
        <translation>Regelpaket „%1“ hat Formatversion %2; diese PrivAudit-Version liest Version %3.</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; needs an id, a title and a version.</source>
        <translation>Regelpaket „%1“ braucht eine ID, einen Titel und eine Version.</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos; has no items.</source>
        <translation>Regelpaket „%1“ hat keine Punkte.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>Rule pack &apos;%1&apos;, item %2: %3.</source>
        <translation>Regelpaket „%1“, Punkt %2: %3.</translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation>ein Punkt muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; is not on the scale yes, no, partial, n.a.</source>
        <translation>Antwort „%1“ gehört nicht zur Skala yes, no, partial, n.a.</translation>
    </message>
    <message>
        <source>blocker answer &apos;%1&apos; is not one of the item&apos;s answers</source>
        <translation>Ausschlussantwort „%1“ ist keine der Antworten des Punkts</translation>
    </message>
    <message>
        <source>applicable_when &apos;%1&apos; is not one of %2</source>
        <translation>applicable_when „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>kind must be screening or obligation, got &apos;%1&apos;</source>
        <translation>kind muss screening oder obligation sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>The built-in rule pack %1 is missing.</source>
        <translation>Das eingebaute Regelpaket %1 fehlt.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; is not valid JSON: %2 at byte %3.</source>
        <translation>Die Regelpaket-Übersetzung &apos;%1&apos; ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PrivAudit rule-pack translation of format version 1.</source>
        <translation>&apos;%1&apos; ist keine PrivAudit-Regelpaket-Übersetzung im Format Version 1.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; is for %2 version %3, not for %4 version %5.</source>
        <translation>Die Regelpaket-Übersetzung &apos;%1&apos; gilt für %2 Version %3, nicht für %4 Version %5.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; needs a title and a source note.</source>
        <translation>Die Regelpaket-Übersetzung &apos;%1&apos; braucht einen Titel und einen Quellenhinweis.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; has no question for item %2.</source>
        <translation>Die Regelpaket-Übersetzung &apos;%1&apos; hat keine Frage für Punkt %2.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos;, item %2: the question cites %3, the original cites %4.</source>
        <translation>Regelpaket-Übersetzung &apos;%1&apos;, Punkt %2: die Frage zitiert %3, das Original zitiert %4.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; has no heading for the group &apos;%2&apos;.</source>
        <translation>Die Regelpaket-Übersetzung &apos;%1&apos; hat keine Überschrift für die Gruppe &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Rule-pack translation &apos;%1&apos; names item %2, which the pack does not have.</source>
        <translation>Die Regelpaket-Übersetzung &apos;%1&apos; nennt Punkt %2, den das Paket nicht hat.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::AttackCatalogue</name>
    <message>
        <source>LOSS threshold</source>
        <translation>LOSS-Schwellenwert</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Konfidenz-Schwellenwert</translation>
    </message>
    <message>
        <source>Entropy threshold</source>
        <translation>Entropie-Schwellenwert</translation>
    </message>
    <message>
        <source>Modified entropy threshold</source>
        <translation>Schwellenwert modifizierte Entropie</translation>
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
        <translation>Schattenmodelle</translation>
    </message>
    <message>
        <source>Label-only</source>
        <translation>Nur Labels</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known attack</source>
        <translation>&apos;%1&apos; ist kein bekannter Angriff</translation>
    </message>
    <message>
        <source>it trains reference models on the data with the target&apos;s recipe, which a predictions file does not give</source>
        <translation>er trainiert Referenzmodelle mit dem Rezept des Zielmodells auf den Daten, die eine Vorhersagedatei nicht liefert</translation>
    </message>
    <message>
        <source>it queries the model on perturbed inputs, which a predictions file cannot answer</source>
        <translation>er fragt das Modell mit gestörten Eingaben ab, die eine Vorhersagedatei nicht beantworten kann</translation>
    </message>
    <message>
        <source>Unknown attack &apos;%1&apos;; available: %2.</source>
        <translation>Unbekannter Angriff &apos;%1&apos;; verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::AttributeInference</name>
    <message>
        <source>Imputation baseline (no model access)</source>
        <translation>Imputations-Basislinie (ohne Modellzugriff)</translation>
    </message>
    <message>
        <source>Marginal prior (Fredrikson et al. 2014)</source>
        <translation>Randverteilung als Prior (Fredrikson et al. 2014)</translation>
    </message>
    <message>
        <source>Confidence score (CSMIA, Mehnaz et al. 2022)</source>
        <translation>Konfidenzwert (CSMIA, Mehnaz et al. 2022)</translation>
    </message>
    <message>
        <source>Label only</source>
        <translation>Nur Label</translation>
    </message>
    <message>
        <source>Black-box attack model on probabilities</source>
        <translation>Black-Box-Angriffsmodell auf Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Membership-inference based (calibrated loss)</source>
        <translation>Auf Membership Inference gestützt (kalibrierter Loss)</translation>
    </message>
    <message>
        <source>Unknown attribute attack &apos;%1&apos;; available: %2</source>
        <translation>Unbekannter Attributangriff „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>At least 10 candidates per side are needed, got %1.</source>
        <translation>Mindestens 10 Kandidaten je Seite sind nötig, erhalten: %1.</translation>
    </message>
    <message>
        <source>The numeric tolerance must be at least 0 and below 10, got %1.</source>
        <translation>Die numerische Toleranz muss mindestens 0 und kleiner als 10 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The numeric grid needs 2 to 1000 values, got %1.</source>
        <translation>Das numerische Raster braucht 2 bis 1000 Werte, erhalten: %1.</translation>
    </message>
    <message>
        <source>k of PPV at top k must be at least 1, got %1.</source>
        <translation>k von PPV bei den Top k muss mindestens 1 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>mia-based needs 0 to 64 reference models, got %1.</source>
        <translation>mia-based braucht 0 bis 64 Referenzmodelle, erhalten: %1.</translation>
    </message>
    <message>
        <source>No column has the role sensitive: name the column attribute inference targets.</source>
        <translation>Keine Spalte hat die Rolle sensitive: Nennen Sie die Spalte, auf die die Attribut-Inferenz zielt.</translation>
    </message>
    <message>
        <source>The sensitive column &apos;%1&apos; is not in the data; columns: %2</source>
        <translation>Die sensible Spalte „%1“ ist nicht in den Daten; Spalten: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the label: attribute inference targets an input column.</source>
        <translation>„%1“ ist das Label: Attribut-Inferenz zielt auf eine Eingabespalte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an input of the model (role %2): the model cannot leak what it never saw.</source>
        <translation>„%1“ ist keine Eingabe des Modells (Rolle %2): Das Modell kann nicht preisgeben, was es nie gesehen hat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Attribute inference needs auxiliary records (the population rows outside the target&apos;s members and non-members) with &apos;%1&apos; known: %2 found, at least 20 needed. Use fewer member rows or a larger table.</source>
        <translation>Attribut-Inferenz braucht Hilfsdatensätze (die Bevölkerungszeilen außerhalb der Mitglieder und Nichtmitglieder des Ziels) mit bekanntem „%1“: %2 gefunden, mindestens 20 nötig. Verwenden Sie weniger Mitgliederzeilen oder eine größere Tabelle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a single value in the auxiliary records: there is nothing to infer.</source>
        <translation>„%1“ hat in den Hilfsdatensätzen nur einen Wert: Es gibt nichts zu erschließen.</translation>
    </message>
    <message>
        <source>The target value &apos;%1&apos; is not among the values of &apos;%2&apos; in the auxiliary records: %3</source>
        <translation>Der Zielwert „%1“ ist nicht unter den Werten von „%2“ in den Hilfsdatensätzen: %3</translation>
    </message>
    <message>
        <source>Attribute inference needs at least 10 members and 10 non-members with &apos;%1&apos; known.</source>
        <translation>Attribut-Inferenz braucht mindestens 10 Mitglieder und 10 Nichtmitglieder mit bekanntem „%1“.</translation>
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
        <source>Training the target model, epoch %1 of %2</source>
        <translation>Zielmodell wird trainiert, Epoche %1 von %2</translation>
    </message>
    <message>
        <source>Querying the target once per value of &apos;%1&apos;</source>
        <translation>Ziel wird einmal je Wert von „%1“ abgefragt</translation>
    </message>
    <message>
        <source>Training the imputation baseline on %1 auxiliary records</source>
        <translation>Imputations-Basislinie wird auf %1 Hilfsdatensätzen trainiert</translation>
    </message>
    <message>
        <source>Training the black-box attack model</source>
        <translation>Black-Box-Angriffsmodell wird trainiert</translation>
    </message>
    <message>
        <source>Training reference model %1 of %2</source>
        <translation>Referenzmodell %1 von %2 wird trainiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>%1 (no interval: the run used no bootstrap)</source>
        <translation>%1 (kein Intervall: der Lauf nutzte keinen Bootstrap)</translation>
    </message>
    <message>
        <source>Only the imputation baseline ran: nothing about the model was measured.</source>
        <translation>Nur die Imputations-Basislinie lief: Über das Modell wurde nichts gemessen.</translation>
    </message>
    <message>
        <source>With access to the model, &apos;%1&apos; is inferred better than by imputation from the other columns: advantage %2 (%3).</source>
        <translation>Mit Zugriff auf das Modell wird „%1“ besser erschlossen als durch Imputation aus den übrigen Spalten: Vorteil %2 (%3).</translation>
    </message>
    <message>
        <source>No attack infers &apos;%1&apos; better than the imputation baseline beyond its interval (largest advantage %2, %3).</source>
        <translation>Kein Angriff erschließt „%1“ über sein Intervall hinaus besser als die Imputations-Basislinie (größter Vorteil %2, %3).</translation>
    </message>
    <message>
        <source>Members&apos; values are inferred more often than non-members&apos;: individual leakage %1 (%2). The model leaks about the records it was trained on.</source>
        <translation>Die Werte von Mitgliedern werden öfter erschlossen als die von Nichtmitgliedern: individuelles Leakage %1 (%2). Das Modell gibt etwas über die Datensätze preis, auf denen es trainiert wurde.</translation>
    </message>
    <message>
        <source>No attack infers members&apos; values more often than non-members&apos; beyond its interval (largest individual leakage %1, %2).</source>
        <translation>Kein Angriff erschließt die Werte von Mitgliedern über sein Intervall hinaus öfter als die von Nichtmitgliedern (größtes individuelles Leakage %1, %2).</translation>
    </message>
    <message>
        <source>An interval is wider than %1: too wide to rule out a leak of that size; more candidates narrow it.</source>
        <translation>Ein Intervall ist breiter als %1: zu breit, um ein Leck dieser Größe auszuschließen; mehr Kandidaten verengen es.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::CanaryExposure</name>
    <message>
        <source>Give at least one repetition count for the canaries.</source>
        <translation>Geben Sie mindestens eine Wiederholungszahl für die Canaries an.</translation>
    </message>
    <message>
        <source>Canary repetitions must be between 1 and 10000, got %1.</source>
        <translation>Die Wiederholungen der Canaries müssen zwischen 1 und 10000 liegen, erhalten: %1.</translation>
    </message>
    <message>
        <source>The canaries per repetition level must be between 2 and 10000, got %1.</source>
        <translation>Die Canaries je Wiederholungsstufe müssen zwischen 2 und 10000 liegen, erhalten: %1.</translation>
    </message>
    <message>
        <source>The reference canaries must number between 1024 and 10,000,000, got %1; the Secret Sharer&apos;s test uses at least 65,536 (2^16).</source>
        <translation>Die Zahl der Referenz-Canaries muss zwischen 1024 und 10.000.000 liegen, erhalten: %1; der Test des Secret Sharer verwendet mindestens 65.536 (2^16).</translation>
    </message>
    <message>
        <source>The bootstrap count cannot be negative.</source>
        <translation>Die Zahl der Bootstrap-Stichproben darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Drawing canaries</source>
        <translation>Canaries werden gezogen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Training the labelling model (the target without canaries)</source>
        <translation>Das Beschriftungsmodell wird trainiert (das Ziel ohne Canaries)</translation>
    </message>
    <message>
        <source>Training the target with %1 canary rows</source>
        <translation>Das Ziel wird mit %1 Canary-Zeilen trainiert</translation>
    </message>
    <message>
        <source>Scoring %1 reference canaries</source>
        <translation>%1 Referenz-Canaries werden bewertet</translation>
    </message>
    <message>
        <source>Rows seen once in training are memorised: canaries inserted once rank clearly above chance (%1 bits) and above the never-inserted controls.</source>
        <translation>Zeilen, die das Training einmal sieht, werden memoriert: einmal eingefügte Canaries liegen deutlich über dem Zufall (%1 Bit) und über den nie eingefügten Kontrollen.</translation>
    </message>
    <message>
        <source>Rows repeated %1 times or more are memorised: their canaries rank clearly above chance (%2 bits) and above the never-inserted controls; rows repeated less often are not shown to be.</source>
        <translation>Zeilen, die %1-mal oder öfter vorkommen, werden memoriert: ihre Canaries liegen deutlich über dem Zufall (%2 Bit) und über den nie eingefügten Kontrollen; für seltener wiederholte Zeilen ist das nicht gezeigt.</translation>
    </message>
    <message>
        <source>No repetition level ranks clearly above chance (%1 bits) and the never-inserted controls: this run shows no memorisation of the canaries (which is not proof that there is none; more canaries per level narrow the intervals).</source>
        <translation>Keine Wiederholungsstufe liegt deutlich über dem Zufall (%1 Bit) und den nie eingefügten Kontrollen: dieser Lauf zeigt keine Memorierung der Canaries (was kein Beweis ist, dass es keine gibt; mehr Canaries je Stufe machen die Intervalle enger).</translation>
    </message>
    <message>
        <source>The control canaries, never inserted, also rank above chance: the test is not measuring memorisation alone on these data (its references differ from the canaries).</source>
        <translation>Auch die nie eingefügten Kontroll-Canaries liegen über dem Zufall: auf diesen Daten misst der Test nicht nur Memorierung (seine Referenzen unterscheiden sich von den Canaries).</translation>
    </message>
    <message>
        <source>At least one level reaches the ceiling of %1 bits that %2 references can measure; the extrapolated exposure estimates beyond it, and more references raise the ceiling.</source>
        <translation>Mindestens eine Stufe erreicht die Obergrenze von %1 Bit, die %2 Referenzen messen können; die extrapolierte Exposition schätzt darüber hinaus, und mehr Referenzen heben die Grenze.</translation>
    </message>
    <message>
        <source>The skew-normal fits the references&apos; losses poorly (Kolmogorov-Smirnov distance %1): read the extrapolated exposures as indicative only; the interpolated ones rest on the ranks alone.</source>
        <translation>Die Schiefnormalverteilung passt schlecht zu den Verlusten der Referenzen (Kolmogorow-Smirnow-Abstand %1): die extrapolierten Expositionen sind nur Richtwerte; die interpolierten beruhen allein auf den Rängen.</translation>
    </message>
    <message>
        <source>With DP-SGD a row inserted r times is protected as a group of r: roughly r times the run&apos;s epsilon, so repeated rows can show exposure within the guarantee.</source>
        <translation>Mit DP-SGD ist eine r-mal eingefügte Zeile als Gruppe von r geschützt: etwa mit dem r-fachen Epsilon des Laufs, daher können wiederholte Zeilen innerhalb der Garantie Exposition zeigen.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::CanaryGenerator</name>
    <message>
        <source>Canaries need a label column.</source>
        <translation>Canaries brauchen eine Zielspalte.</translation>
    </message>
    <message>
        <source>Canaries need a label with at least two classes.</source>
        <translation>Canaries brauchen eine Zielspalte mit mindestens zwei Klassen.</translation>
    </message>
    <message>
        <source>The canary space (2^%1 distinct rows) is too small for %2 distinct canaries.</source>
        <translation>Der Canary-Raum (2^%1 verschiedene Zeilen) ist zu klein für %2 verschiedene Canaries.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::InformedReconstruction</name>
    <message>
        <source>The reconstruction needs at least one target and one known row.</source>
        <translation>Die Rekonstruktion braucht mindestens eine Zielzeile und eine bekannte Zeile.</translation>
    </message>
    <message>
        <source>The L2 penalty must be a positive number, got %1.</source>
        <translation>Die L2-Strafe muss eine positive Zahl sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The reconstruction needs %1 member rows (%2 known and %3 targets); the split has %4.</source>
        <translation>Die Rekonstruktion braucht %1 Mitgliedszeilen (%2 bekannte und %3 Zielzeilen); die Aufteilung hat %4.</translation>
    </message>
    <message>
        <source>The baseline needs population rows outside training; the split has none.</source>
        <translation>Die Basislinie braucht Populationszeilen außerhalb des Trainings; die Aufteilung hat keine.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>[%1, %2] points</source>
        <translation>[%1, %2] Prozentpunkte</translation>
    </message>
    <message>
        <source>(no interval)</source>
        <translation>(kein Intervall)</translation>
    </message>
    <message>
        <source>The adversary who knows every training row but one recovered %1 of %2 missing rows completely and %3% of their columns (numeric within %4 standard deviations, categorical exactly); the guess that needs no model, each column&apos;s class-conditional mean or mode, gets %5%.</source>
        <translation>Der Angreifer, der alle Trainingszeilen bis auf eine kennt, hat %1 von %2 fehlenden Zeilen vollständig und %3 % ihrer Spalten rekonstruiert (numerisch innerhalb von %4 Standardabweichungen, kategorial exakt); die Schätzung ohne Modell, der klassenbedingte Mittelwert oder Modus jeder Spalte, erreicht %5 %.</translation>
    </message>
    <message>
        <source>The released minimiser was reached only to a gradient of %1: part of the error is the optimiser&apos;s, not the model&apos;s protection.</source>
        <translation>Das veröffentlichte Minimum wurde nur bis auf einen Gradienten von %1 erreicht: ein Teil des Fehlers stammt vom Optimierer, nicht vom Schutz des Modells.</translation>
    </message>
    <message>
        <source>With DP-SGD at epsilon %1 the reconstruction is no better than the baseline: its advantage %2 stays below %3 points.</source>
        <translation>Mit DP-SGD bei Epsilon %1 ist die Rekonstruktion nicht besser als die Basislinie: ihr Vorsprung %2 bleibt unter %3 Prozentpunkten.</translation>
    </message>
    <message>
        <source>With DP-SGD at epsilon %1 the reconstruction still beats the baseline, advantage %2: the DP model lets this adversary recover part of the missing row.</source>
        <translation>Mit DP-SGD bei Epsilon %1 übertrifft die Rekonstruktion die Basislinie noch, Vorsprung %2: das DP-Modell lässt diesen Angreifer einen Teil der fehlenden Zeile rekonstruieren.</translation>
    </message>
    <message>
        <source>With DP-SGD at epsilon %1 the advantage over the baseline is %2: too wide an interval to say whether the reconstruction beats the baseline; more targets narrow it.</source>
        <translation>Mit DP-SGD bei Epsilon %1 beträgt der Vorsprung vor der Basislinie %2: ein zu breites Intervall, um zu sagen, ob die Rekonstruktion die Basislinie übertrifft; mehr Zielzeilen verengen es.</translation>
    </message>
    <message>
        <source>This is a worst case: the adversary knows the other %1 training rows, the objective and its L2 penalty %2%3.</source>
        <translation>Dies ist ein ungünstigster Fall: der Angreifer kennt die übrigen %1 Trainingszeilen, die Zielfunktion und ihre L2-Strafe %2%3.</translation>
    </message>
    <message>
        <source>The DP models learned little: training accuracy %1% against %2% for always answering the commonest label. A reconstruction that fails against a model that learned nothing says little about a model that is useful.</source>
        <translation>Die DP-Modelle haben wenig gelernt: Trainingsgenauigkeit %1 % gegenüber %2 % für die stete Antwort mit dem häufigsten Label. Eine Rekonstruktion, die an einem Modell scheitert, das nichts gelernt hat, sagt wenig über ein nützliches Modell.</translation>
    </message>
    <message>
        <source>Only %1 rows were reconstructed: the intervals are wide.</source>
        <translation>Nur %1 Zeilen wurden rekonstruiert: die Intervalle sind breit.</translation>
    </message>
    <message>
        <source>The informed adversary reads the row off a stationary point&apos;s gradient, which a ReLU network with weight decay does not have (its minima sit on kinks): use a logistic regression or an MLP with tanh, for example mlp:16:tanh.</source>
        <translation>Der informierte Angreifer liest die Zeile am Gradienten eines stationären Punkts ab, den ein ReLU-Netz mit Weight Decay nicht hat (seine Minima liegen auf Knicken): verwenden Sie eine logistische Regression oder ein MLP mit tanh, zum Beispiel mlp:16:tanh.</translation>
    </message>
    <message>
        <source>The informed adversary needs the training objective itself; dropout makes it random: use an MLP without dropout.</source>
        <translation>Der informierte Angreifer braucht das Trainingsziel selbst; Dropout macht es zufällig: verwenden Sie ein MLP ohne Dropout.</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>logistische Regression</translation>
    </message>
    <message>
        <source>MLP (hidden layers %1, %2)</source>
        <translation>MLP (verborgene Schichten %1, %2)</translation>
    </message>
    <message>
        <source>Without DP the trained %1 gives its training rows away to such an adversary: the model&apos;s parameters determine the missing row (mean squared error %2 in standardised inputs, advantage over the baseline %3).</source>
        <translation>Ohne DP gibt das trainierte Modell (%1) einem solchen Angreifer seine Trainingszeilen preis: die Parameter des Modells bestimmen die fehlende Zeile (mittlerer quadratischer Fehler %2 in standardisierten Eingaben, Vorsprung vor der Basislinie %3).</translation>
    </message>
    <message>
        <source>, and the model is the exact minimiser of that objective (a model stopped earlier is not covered by this closed form)</source>
        <translation>, und das Modell ist der exakte Minimierer dieses Ziels (ein früher gestopptes Modell deckt diese geschlossene Form nicht ab)</translation>
    </message>
    <message>
        <source>, and the model is a stationary point of that objective (an MLP stopped earlier, as training usually is, is not covered: that needs Balle et al.&apos;s reconstructor network)</source>
        <translation>, und das Modell ist ein stationärer Punkt dieses Ziels (ein früher gestopptes MLP, wie Training es meist ist, ist nicht abgedeckt: dafür braucht es das Rekonstruktionsnetz von Balle et al.)</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MembershipInference</name>
    <message>
        <source>global threshold</source>
        <translation>globaler Schwellenwert</translation>
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
    <message>
        <source>Training the target model, epoch %1 of %2</source>
        <translation>Zielmodell wird trainiert, Epoche %1 von %2</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MemorisationSummary</name>
    <message>
        <source>No member has a memorisation estimate: every reference model trained on all of them or on none.</source>
        <translation>Kein Mitglied hat eine Schätzung der Memorierung: jedes Referenzmodell wurde auf allen oder auf keinem von ihnen trainiert.</translation>
    </message>
    <message>
        <source>Counterfactual memorisation of %1 members from %2 reference models (each record trained on by half of them): mean %3 (95% CI %4 to %5) in accuracy, %6 nats (95% CI %7 to %8) in loss.</source>
        <translation>Kontrafaktische Memorierung von %1 Mitgliedern aus %2 Referenzmodellen (jeder Datensatz von der Hälfte trainiert): Mittel %3 (95-%-KI %4 bis %5) in der Genauigkeit, %6 nats (95-%-KI %7 bis %8) im Verlust.</translation>
    </message>
    <message>
        <source>With %1 reference models no record&apos;s permutation test can go below p = %2, so this run cannot show memorisation beyond chance either way; use at least 8 reference models (16 for claims about single records).</source>
        <translation>Mit %1 Referenzmodellen kann der Permutationstest keines Datensatzes unter p = %2 fallen; dieser Lauf kann Memorierung über den Zufall hinaus also weder zeigen noch ausschließen. Verwenden Sie mindestens 8 Referenzmodelle (16 für Aussagen über einzelne Datensätze).</translation>
    </message>
    <message>
        <source>%1 of the members (%2, 95% CI %3 to %4) are memorised beyond chance (permutation test of the loss form, p &lt;= %5); about %6 would be if none were.</source>
        <translation>%1 der Mitglieder (%2, 95-%-KI %3 bis %4) sind über den Zufall hinaus memoriert (Permutationstest der Verlustform, p &lt;= %5); ohne jede Memorierung wären es etwa %6.</translation>
    </message>
    <message>
        <source>More members are memorised than chance explains.</source>
        <translation>Mehr Mitglieder sind memoriert, als der Zufall erklärt.</translation>
    </message>
    <message>
        <source>This is within what chance explains: no evidence of memorisation.</source>
        <translation>Das liegt im Rahmen des Zufalls: kein Hinweis auf Memorierung.</translation>
    </message>
    <message>
        <source>The interval includes chance: no clear evidence either way.</source>
        <translation>Das Intervall schließt den Zufall ein: kein klarer Befund in die eine oder andere Richtung.</translation>
    </message>
    <message>
        <source>%1 members have exact copies in the data (same encoded features and label): their mean memorisation is %2 against %3 for unique members; %4 of them against %5 are memorised beyond chance. The reference models saw or missed all copies of a record together.</source>
        <translation>%1 Mitglieder haben exakte Kopien in den Daten (gleiche kodierte Merkmale und gleiches Label): ihre mittlere Memorierung ist %2 gegenüber %3 bei einmaligen Mitgliedern; %4 von ihnen gegenüber %5 sind über den Zufall hinaus memoriert. Die Referenzmodelle sahen alle Kopien eines Datensatzes gemeinsam oder keine.</translation>
    </message>
    <message>
        <source>LiRA exposes %1 members at %2 false positives; %3 of them are memorised beyond chance.</source>
        <translation>LiRA deckt %1 Mitglieder bei %2 falsch Positiven auf; %3 davon sind über den Zufall hinaus memoriert.</translation>
    </message>
    <message>
        <source>LiRA exposes %1 members at %2 false positives.</source>
        <translation>LiRA deckt %1 Mitglieder bei %2 falsch Positiven auf.</translation>
    </message>
    <message>
        <source>With %1 reference models a record&apos;s accuracy-form estimate moves in steps of %2 and its permutation test cannot go below p = %3; use at least 16 for claims about single records.</source>
        <translation>Mit %1 Referenzmodellen bewegt sich die Schätzung eines Datensatzes in der Genauigkeitsform in Schritten von %2, und sein Permutationstest kann nicht unter p = %3 fallen; verwenden Sie mindestens 16 für Aussagen über einzelne Datensätze.</translation>
    </message>
</context>
<context>
    <name>privaudit::attack::MiFace</name>
    <message>
        <source>MI-Face needs at least one start and one iteration, a positive step size and a confidence between 0 and 1.</source>
        <translation>MI-Face braucht mindestens einen Start und eine Iteration, eine positive Schrittweite und eine Konfidenz zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>MI-Face compares with members and held-out rows; the split lacks one of them.</source>
        <translation>MI-Face vergleicht mit Mitgliedern und zurückgehaltenen Zeilen; der Aufteilung fehlt eines davon.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>MI-Face found %1 class representatives (%2 classes); the model gives them a mean confidence of %3% in their class, and %4 reached the stopping confidence.</source>
        <translation>MI-Face fand %1 Klassenrepräsentanten (%2 Klassen); das Modell ordnet sie im Mittel mit %3% Konfidenz ihrer Klasse zu, %4 erreichten die Abbruchkonfidenz.</translation>
    </message>
    <message>
        <source>The representatives sit closer to training rows than to held-out rows of their class (mean gap %1, %2% of them nearer a member; permutation test p = %3): the inversion recovers something specific to the members.</source>
        <translation>Die Repräsentanten liegen näher an Trainingszeilen als an zurückgehaltenen Zeilen ihrer Klasse (mittlerer Abstand %1, %2% von ihnen näher an einem Mitglied; Permutationstest p = %3): Die Inversion gewinnt etwas zurück, das den Mitgliedern eigen ist.</translation>
    </message>
    <message>
        <source>No evidence that the representatives sit closer to training rows than to held-out rows of their class (mean gap %1, %2% nearer a member; permutation test p = %3): they describe the class, not its members. This does not show that no inversion works against the model, only that this one did not.</source>
        <translation>Kein Hinweis, dass die Repräsentanten näher an Trainingszeilen liegen als an zurückgehaltenen Zeilen ihrer Klasse (mittlerer Abstand %1, %2% näher an einem Mitglied; Permutationstest p = %3): Sie beschreiben die Klasse, nicht ihre Mitglieder. Das zeigt nicht, dass keine Inversion gegen das Modell wirkt, nur dass diese es nicht tat.</translation>
    </message>
    <message>
        <source>A representative agrees with the class-conditional mean or mode on %1% of the columns; it recovers %2% of the columns of its closest member and %3% of its closest held-out row (numeric within %4 standard deviations, categorical exactly).</source>
        <translation>Ein Repräsentant stimmt in %1% der Spalten mit dem klassenbedingten Mittelwert oder Modus überein; er trifft %2% der Spalten seines nächsten Mitglieds und %3% seiner nächsten zurückgehaltenen Zeile (numerisch innerhalb von %4 Standardabweichungen, kategorial exakt).</translation>
    </message>
    <message>
        <source>The target was trained with DP-SGD at epsilon %1.</source>
        <translation>Das Zielmodell wurde mit DP-SGD bei Epsilon %1 trainiert.</translation>
    </message>
    <message>
        <source>The target learned nothing measurable: an inversion that finds nothing in a model that learned nothing says nothing about a useful one.</source>
        <translation>Das Zielmodell hat nichts Messbares gelernt: Eine Inversion, die in einem Modell ohne Gelerntes nichts findet, sagt nichts über ein nützliches Modell.</translation>
    </message>
    <message>
        <source>Most representatives stopped before the model was confident of their class: the model&apos;s confidence is bounded on the box, or the step budget ran out.</source>
        <translation>Die meisten Repräsentanten stoppten, bevor das Modell ihrer Klasse sicher war: Die Konfidenz des Modells ist auf dem Quader beschränkt, oder das Schrittbudget war erschöpft.</translation>
    </message>
    <message>
        <source>Only %1 representatives against %2 rows on each side: the test has little power.</source>
        <translation>Nur %1 Repräsentanten gegen %2 Zeilen auf jeder Seite: Der Test hat wenig Trennschärfe.</translation>
    </message>
    <message>
        <source>Weak evidence that the representatives sit closer to training rows than to held-out rows of their class (mean gap %1, %2% nearer a member; permutation test p = %3): one run in twenty gets this far by chance. Repeat with more starts or another seed before acting on it.</source>
        <translation>Schwacher Hinweis, dass die Repräsentanten näher an Trainingszeilen liegen als an zurückgehaltenen Zeilen ihrer Klasse (mittlerer Abstand %1, %2% näher an einem Mitglied; Permutationstest p = %3): Einer von zwanzig Läufen kommt zufällig so weit. Vor Konsequenzen mit mehr Starts oder einem anderen Seed wiederholen.</translation>
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
    <name>privaudit::attack::OneRunAuditSummary</name>
    <message>
        <source>Without DP there is no privacy claim to check: the audit shows epsilon &gt;= %1 with %2% confidence (%3 of %4 guesses right).</source>
        <translation>Ohne DP gibt es keine Datenschutzzusage zu prüfen: Das Audit zeigt Epsilon &gt;= %1 mit %2 % Konfidenz (%3 von %4 Vermutungen richtig).</translation>
    </message>
    <message>
        <source>The empirical epsilon (&gt;= %1 with %2% confidence) exceeds the accountant&apos;s epsilon %3: the DP training or its accounting is broken; the accountant&apos;s figure must not be relied on.</source>
        <translation>Das empirische Epsilon (&gt;= %1 mit %2 % Konfidenz) übersteigt das Epsilon des Accountants %3: Das DP-Training oder seine Abrechnung ist fehlerhaft; auf den Wert des Accountants darf man sich nicht verlassen.</translation>
    </message>
    <message>
        <source>No privacy loss was detected (epsilon lower bound 0 with %1% confidence). This does not confirm the accountant&apos;s epsilon %2; it only finds no contradiction.</source>
        <translation>Es wurde kein Datenschutzverlust festgestellt (untere Schranke für Epsilon 0 mit %1 % Konfidenz). Das bestätigt das Epsilon des Accountants %2 nicht; es findet nur keinen Widerspruch.</translation>
    </message>
    <message>
        <source>Consistent with the accountant: epsilon &gt;= %1 measured with %2% confidence, at most %3 claimed. The audit can only refute a claim, not prove it.</source>
        <translation>Mit dem Accountant vereinbar: Epsilon &gt;= %1 gemessen mit %2 % Konfidenz, höchstens %3 zugesagt. Das Audit kann eine Zusage nur widerlegen, nicht beweisen.</translation>
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
        <source>--phase must be SAMPLING_RATE:NOISE_MULTIPLIER:STEPS, got &apos;%1&apos;</source>
        <translation>--phase muss die Form STICHPROBENRATE:RAUSCHMULTIPLIKATOR:SCHRITTE haben, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accountant: unknown subcommand &apos;%1&apos; (epsilon, delta, calibrate, steps)</source>
        <translation>accountant: unbekannter Unterbefehl &apos;%1&apos; (epsilon, delta, calibrate, steps)</translation>
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
        <source>--accountant must be rdp, pld%1, got &apos;%2&apos;</source>
        <translation>--accountant muss rdp, pld%1 sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source> or all</source>
        <translation> oder all</translation>
    </message>
    <message>
        <source>--conversion must be improved or classic, got &apos;%1&apos;</source>
        <translation>--conversion muss improved oder classic sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tolerance must be in (0, 1), got %1</source>
        <translation>--tolerance muss in (0, 1) liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>--phase cannot be combined with &apos;accountant %1&apos;</source>
        <translation>--phase kann nicht mit &apos;accountant %1&apos; kombiniert werden</translation>
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
        <source>--lang must be one of %1, got &apos;%2&apos;</source>
        <translation>--lang muss eines von %1 sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number, got &apos;%1&apos;</source>
        <translation>--threads muss eine positive ganze Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;privaudit-cli --help&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe &apos;privaudit-cli --help&apos;</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>erforderliche Option --%1 fehlt</translation>
    </message>
    <message>
        <source>--%1 must be a number, got &apos;%2&apos;</source>
        <translation>--%1 muss eine Zahl sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, got &apos;%2&apos;</source>
        <translation>--%1 muss eine ganze Zahl sein, erhalten: &apos;%2&apos;</translation>
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
        <source>CSV file, or &apos;demo&apos; for the built-in synthetic patient records.</source>
        <translation>CSV-Datei oder &apos;demo&apos; für die eingebauten synthetischen Patientendaten.</translation>
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
        <source>DP noise from the operating system&apos;s cryptographic source.</source>
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
        <source>--optimizer must be sgd or adam, got &apos;%1&apos;</source>
        <translation>--optimizer muss sgd oder adam sein, erhalten: &apos;%1&apos;</translation>
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
        <source>Membership inference: train a target (or load --target-model, or read --predictions), run the attacks and report AUC, advantage, TPR at 0.1%, 1% and 10% FPR with bootstrap intervals and an empirical epsilon lower bound. With --target-model, members are the rows the same --seed and --train-rows selected when &apos;privaudit-cli train&apos; trained it.</source>
        <translation>Membership Inference: ein Zielmodell trainieren (oder --target-model laden oder --predictions lesen), die Angriffe ausführen und AUC, Vorteil und TPR bei 0,1 %, 1 % und 10 % FPR mit Bootstrap-Intervallen sowie eine empirische untere Schranke für Epsilon berichten. Mit --target-model sind die Mitglieder die Zeilen, die dieselben --seed und --train-rows beim Training mit &apos;privaudit-cli train&apos; ausgewählt haben.</translation>
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
        <source>Write every record&apos;s score to this CSV.</source>
        <translation>Den Wert jedes Datensatzes in diese CSV schreiben.</translation>
    </message>
    <message>
        <source>--attack: unknown attack &apos;%1&apos;; available: %2</source>
        <translation>--attack: unbekannter Angriff &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <source>--predictions: the file has no &apos;member&apos; column, so there is no ground truth to measure an attack against.</source>
        <translation>--predictions: die Datei hat keine Spalte &apos;member&apos;, es gibt also keine Grundwahrheit, an der ein Angriff gemessen werden kann.</translation>
    </message>
    <message>
        <source>missing required option --data (or --predictions)</source>
        <translation>erforderliche Option --data (oder --predictions) fehlt</translation>
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
        <source>One-run privacy audit (Steinke, Nasr &amp; Jagielski 2023): add mislabelled canaries from the population pool to the training set with probability 1/2 each, train once with the given recipe, guess membership from the canaries&apos; losses and report an empirical epsilon lower bound next to the accountant&apos;s epsilon.</source>
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
        <source>infinite (no DP)</source>
        <translation>unendlich (keine DP)</translation>
    </message>
    <message>
        <source>RDP orders, comma-separated, each &gt; 1 (default: dp_accounting&apos;s grid).</source>
        <translation>RDP-Ordnungen, kommagetrennt, jede &gt; 1 (Standard: das Raster von dp_accounting).</translation>
    </message>
    <message>
        <source>--orders: every order must be a number greater than 1, got &apos;%1&apos;</source>
        <translation>--orders: jede Ordnung muss eine Zahl größer als 1 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--orders: no order given</source>
        <translation>--orders: keine Ordnung angegeben</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>missing required option --answers</source>
        <translation>erforderliche Option --answers fehlt</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>Einstufung: %1</translation>
    </message>
    <message>
        <source>BLOCKER: %1</source>
        <translation>AUSSCHLUSSGRUND: %1</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Obligations (%1):</source>
        <translation>Pflichten (%1):</translation>
    </message>
    <message>
        <source>Classify a system under the EU AI Act (as amended in 2026) from screening answers {&quot;role&quot;: ..., &quot;answers&quot;: {&quot;AIA-ART5-F&quot;: &quot;no&quot;, ...}}: tiers, reasoning with articles, blockers, and the obligations with their dates.</source>
        <translation>Ein System nach der KI-Verordnung (in der Fassung von 2026) aus Screening-Antworten {&quot;role&quot;: ..., &quot;answers&quot;: {&quot;AIA-ART5-F&quot;: &quot;no&quot;, ...}} einstufen: Stufen, Begründung mit Artikeln, Ausschlussgründe und die Pflichten mit ihren Fristen.</translation>
    </message>
    <message>
        <source>Export a project&apos;s assessment (checklists and risk matrix) as JSON, CSV or Markdown.</source>
        <translation>Die Bewertung eines Projekts (Checklisten und Risikomatrix) als JSON, CSV oder Markdown exportieren.</translation>
    </message>
    <message>
        <source>Import an assessment JSON export into a project (every change goes into the audit trail).</source>
        <translation>Einen JSON-Export einer Bewertung in ein Projekt importieren (jede Änderung kommt in den Audit-Trail).</translation>
    </message>
    <message>
        <source>Screening answers (JSON).</source>
        <translation>Screening-Antworten (JSON).</translation>
    </message>
    <message>
        <source>The .privaudit project.</source>
        <translation>Das .privaudit-Projekt.</translation>
    </message>
    <message>
        <source>json, csv or md (default json).</source>
        <translation>json, csv oder md (Standard json).</translation>
    </message>
    <message>
        <source>For CSV: checklist or matrix (default checklist).</source>
        <translation>Für CSV: checklist oder matrix (Standard checklist).</translation>
    </message>
    <message>
        <source>Assessment JSON to import.</source>
        <translation>Zu importierendes Bewertungs-JSON.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>missing required option --in</source>
        <translation>erforderliche Option --in fehlt</translation>
    </message>
    <message>
        <source>Imported %1 checklist answers and the risk matrix.</source>
        <translation>%1 Checklistenantworten und die Risikomatrix importiert.</translation>
    </message>
    <message>
        <source>--what must be checklist or matrix, got &apos;%1&apos;</source>
        <translation>--what muss checklist oder matrix sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--format must be json, csv or md, got &apos;%1&apos;</source>
        <translation>--format muss json, csv oder md sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Demo: non-private target</source>
        <translation>Demo: Zielmodell ohne Datenschutz</translation>
    </message>
    <message>
        <source>Demo: DP-SGD target (epsilon 2)</source>
        <translation>Demo: DP-SGD-Zielmodell (Epsilon 2)</translation>
    </message>
    <message>
        <source>Scores individual patients from their records.</source>
        <translation>Bewertet einzelne Patienten anhand ihrer Akten.</translation>
    </message>
    <message>
        <source>LOSS, LiRA and RMIA with 16 reference models on both candidate models.</source>
        <translation>LOSS, LiRA und RMIA mit 16 Referenzmodellen an beiden Kandidatenmodellen.</translation>
    </message>
    <message>
        <source>ML engineering</source>
        <translation>ML-Entwicklung</translation>
    </message>
    <message>
        <source>RDP accountant epsilon 2 at delta 1e-5; empirical lower bounds recorded per attack.</source>
        <translation>RDP-Accountant: Epsilon 2 bei Delta 1e-5; empirische untere Schranken je Angriff erfasst.</translation>
    </message>
    <message>
        <source>Confidentiality attacks tested; poisoning and evasion tests are planned.</source>
        <translation>Vertraulichkeitsangriffe getestet; Tests zu Poisoning und Evasion sind geplant.</translation>
    </message>
    <message>
        <source>Security team</source>
        <translation>Sicherheitsteam</translation>
    </message>
    <message>
        <source>Health data; Art 9(2)(h) condition to be confirmed by the DPO.</source>
        <translation>Gesundheitsdaten; Bedingung nach Art. 9 Abs. 2 lit. h durch die/den DSB zu bestätigen.</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <source>Criteria 1, 4, 5 and 8 of WP248 met: DPIA required.</source>
        <translation>Kriterien 1, 4, 5 und 8 von WP248 erfüllt: DSFA erforderlich.</translation>
    </message>
    <message>
        <source>Measured on the release candidate, the DP-SGD model (run %1); the non-private model (run %2) leaked measurably and is not released.</source>
        <translation>Gemessen am Freigabekandidaten, dem DP-SGD-Modell (Lauf %1); das Modell ohne Datenschutz (Lauf %2) hat messbar Informationen preisgegeben und wird nicht freigegeben.</translation>
    </message>
    <message>
        <source>Diagnosis is sensitive; the API returns a risk band, not scores.</source>
        <translation>Die Diagnose ist sensibel; die API liefert eine Risikoklasse, keine Scores.</translation>
    </message>
    <message>
        <source>Tabular model with DP-SGD; no free-text fields.</source>
        <translation>Tabellarisches Modell mit DP-SGD; keine Freitextfelder.</translation>
    </message>
    <message>
        <source>Authenticated clinical users only; query volume monitored.</source>
        <translation>Nur authentifizierte klinische Nutzer; Abfragevolumen wird überwacht.</translation>
    </message>
    <message>
        <source>Records come from the hospital&apos;s own systems.</source>
        <translation>Die Datensätze stammen aus den eigenen Systemen des Krankenhauses.</translation>
    </message>
    <message>
        <source>The main job on the built-in synthetic patient records: train a non-private and a DP-SGD target model, run membership inference (LOSS, LiRA, RMIA) on both, store everything in DIR/demo.privaudit (an existing demo project gets two more runs) and print a summary.</source>
        <translation>Der Hauptauftrag mit den eingebauten synthetischen Patientendaten: ein Zielmodell ohne und eines mit DP-SGD trainieren, Membership Inference (LOSS, LiRA, RMIA) gegen beide ausführen, alles in DIR/demo.privaudit speichern (ein bestehendes Demoprojekt erhält zwei weitere Läufe) und eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Output directory (default ./privaudit-demo).</source>
        <translation>Ausgabeverzeichnis (Standard ./privaudit-demo).</translation>
    </message>
    <message>
        <source>cannot create the output directory &apos;%1&apos;</source>
        <translation>das Ausgabeverzeichnis „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PrivAudit demo</source>
        <translation>PrivAudit-Demo</translation>
    </message>
    <message>
        <source>Outputs in %1:</source>
        <translation>Ausgaben in %1:</translation>
    </message>
    <message>
        <source>  demo.privaudit         the project: runs, models, statistics, scores, assessment, audit trail</source>
        <translation>  demo.privaudit         das Projekt: Läufe, Modelle, Statistik, Scores, Bewertung, Audit-Trail</translation>
    </message>
    <message>
        <source>  demo-report.pdf        the audit report (PDF/A-1b, %1 pages)</source>
        <translation>  demo-report.pdf        der Auditbericht (PDF/A-1b, %1 Seiten)</translation>
    </message>
    <message>
        <source>  demo-patients.csv      the synthetic data</source>
        <translation>  demo-patients.csv      die synthetischen Daten</translation>
    </message>
    <message>
        <source>  demo-nonprivate.json   the job specs; rerun with: privaudit-cli run SPEC --project FILE</source>
        <translation>  demo-nonprivate.json   die Auftragsspezifikationen; erneut ausführen mit: privaudit-cli run SPEC --project FILE</translation>
    </message>
    <message>
        <source>  demo-dp.json</source>
        <translation>  demo-dp.json</translation>
    </message>
    <message>
        <source>Audit trail verified (%1 rows).</source>
        <translation>Audit-Trail geprüft (%1 Einträge).</translation>
    </message>
    <message>
        <source>Audit trail verification FAILED: %1</source>
        <translation>Prüfung des Audit-Trails FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Next: privaudit-cli project info %1</source>
        <translation>Weiter: privaudit-cli project info %1</translation>
    </message>
    <message>
        <source>Created the project &apos;%1&apos; in %2.</source>
        <translation>Projekt „%1“ in %2 angelegt.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; (%2), schema %3, created %4 by %5 with PrivAudit %6.</source>
        <translation>Projekt „%1“ (%2), Schema %3, angelegt %4 von %5 mit PrivAudit %6.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>%1 datasets, %2 models, %3 runs, %4 results, %5 audit-trail rows.</source>
        <translation>%1 Datensätze, %2 Modelle, %3 Läufe, %4 Ergebnisse, %5 Audit-Trail-Einträge.</translation>
    </message>
    <message>
        <source>Newest audit-trail hash: %1</source>
        <translation>Neuester Audit-Trail-Hash: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Verification FAILED:</source>
        <translation>Prüfung FEHLGESCHLAGEN:</translation>
    </message>
    <message>
        <source>Create an empty .privaudit project.</source>
        <translation>Ein leeres .privaudit-Projekt anlegen.</translation>
    </message>
    <message>
        <source>Show a project&apos;s contents and runs.</source>
        <translation>Inhalt und Läufe eines Projekts anzeigen.</translation>
    </message>
    <message>
        <source>Check a project&apos;s integrity and its audit trail&apos;s hash chain; exits with 1 and names the first broken row when anything was changed outside PrivAudit.</source>
        <translation>Die Integrität eines Projekts und die Hash-Kette seines Audit-Trails prüfen; endet mit 1 und nennt den ersten beschädigten Eintrag, wenn etwas außerhalb von PrivAudit geändert wurde.</translation>
    </message>
    <message>
        <source>The .privaudit project file.</source>
        <translation>Die .privaudit-Projektdatei.</translation>
    </message>
    <message>
        <source>Project name (default: the file name).</source>
        <translation>Projektname (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>project %1: give exactly one project file</source>
        <translation>project %1: genau eine Projektdatei angeben</translation>
    </message>
    <message>
        <source>Export a run: its spec, software versions and statistics as JSON, or every record&apos;s score as CSV (attack,row,member,score).</source>
        <translation>Einen Lauf exportieren: Spezifikation, Softwareversionen und Statistik als JSON oder den Score jedes Datensatzes als CSV (attack,row,member,score).</translation>
    </message>
    <message>
        <source>Run id (see &apos;project info&apos;).</source>
        <translation>Lauf-ID (siehe „project info“).</translation>
    </message>
    <message>
        <source>json or csv (default json).</source>
        <translation>json oder csv (Standard json).</translation>
    </message>
    <message>
        <source>--format must be json or csv, got &apos;%1&apos;</source>
        <translation>--format muss json oder csv sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>pdf or html (default pdf).</source>
        <translation>pdf oder html (Standard pdf).</translation>
    </message>
    <message>
        <source>Name of the assessor, printed on the cover and the sign-off.</source>
        <translation>Name des Prüfers, auf Deckblatt und Freigabe gedruckt.</translation>
    </message>
    <message>
        <source>--format must be pdf or html, got &apos;%1&apos;</source>
        <translation>--format muss pdf oder html sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages, %3 s).</source>
        <translation>Bericht nach %1 geschrieben (%2 Seiten, %3 s).</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Run a job spec (JSON) and store everything in a project: the run&apos;s spec, seed, software versions, dataset and model hashes, the target model, statistics and per-record scores. Ctrl+C cancels the run and records it as cancelled.</source>
        <translation>Eine Auftragsspezifikation (JSON) ausführen und alles in einem Projekt speichern: Spezifikation, Seed, Softwareversionen, Hashes von Datensatz und Modell, das Zielmodell, Statistik und Scores je Datensatz. Strg+C bricht den Lauf ab und vermerkt ihn als abgebrochen.</translation>
    </message>
    <message>
        <source>The job spec (JSON).</source>
        <translation>Die Auftragsspezifikation (JSON).</translation>
    </message>
    <message>
        <source>The .privaudit project file (created when missing).</source>
        <translation>Die .privaudit-Projektdatei (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>usage: privaudit-cli run SPEC.json --project FILE [--json]</source>
        <translation>Aufruf: privaudit-cli run SPEC.json --project FILE [--json]</translation>
    </message>
    <message>
        <source>Cannot run into &apos;%1&apos;: it is read-only (%2).</source>
        <translation>In „%1“ kann nicht ausgeführt werden: schreibgeschützt (%2).</translation>
    </message>
    <message>
        <source>Run %1 &apos;%2&apos; completed in %3 s: target accuracy train %4, test %5; %6.</source>
        <translation>Lauf %1 „%2“ in %3 s abgeschlossen: Genauigkeit des Zielmodells Training %4, Test %5; %6.</translation>
    </message>
    <message>
        <source>DP-SGD, epsilon = %1 at delta = %2</source>
        <translation>DP-SGD, Epsilon = %1 bei Delta = %2</translation>
    </message>
    <message>
        <source>no differential privacy</source>
        <translation>keine Differential Privacy</translation>
    </message>
    <message>
        <source>  %1: AUC %2 [%3, %4], TPR at 1% FPR %5, empirical epsilon &gt;= %6</source>
        <translation>  %1: AUC %2 [%3, %4], TPR bei 1 % FPR %5, empirisches Epsilon &gt;= %6</translation>
    </message>
    <message>
        <source>Privacy-utility sweep: for every target epsilon (inf = no DP) and seed, calibrate the noise, train with DP-SGD, and measure utility (accuracy, loss, task AUC) and attack success. Every point is stored in the project as it finishes; running the same sweep again completes only the missing points.</source>
        <translation>Datenschutz-Nutzen-Sweep: für jedes Ziel-Epsilon (inf = ohne DP) und jeden Seed das Rauschen kalibrieren, mit DP-SGD trainieren und Nutzen (Genauigkeit, Verlust, Aufgaben-AUC) sowie Angriffserfolg messen. Jeder Punkt wird gespeichert, sobald er fertig ist; derselbe Sweep erneut ausgeführt ergänzt nur die fehlenden Punkte.</translation>
    </message>
    <message>
        <source>Comma-separated target epsilons; &apos;inf&apos; means no DP (default 0.5,1,2,4,8,inf).</source>
        <translation>Ziel-Epsilons, durch Kommas getrennt; „inf“ bedeutet ohne DP (Standard 0.5,1,2,4,8,inf).</translation>
    </message>
    <message>
        <source>Seeds per epsilon (default 1).</source>
        <translation>Seeds je Epsilon (Standard 1).</translation>
    </message>
    <message>
        <source>Attacks at every point (default loss,lira).</source>
        <translation>Angriffe an jedem Punkt (Standard loss,lira).</translation>
    </message>
    <message>
        <source>Reference models for LiRA and RMIA (default 4).</source>
        <translation>Referenzmodelle für LiRA und RMIA (Standard 4).</translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 200).</source>
        <translation>Bootstrap-Stichproben (Standard 200).</translation>
    </message>
    <message>
        <source>Points trained side by side (default: one per core).</source>
        <translation>Gleichzeitig trainierte Punkte (Standard: einer je Kern).</translation>
    </message>
    <message>
        <source>A sweep spec (JSON) instead of the options above.</source>
        <translation>Eine Sweep-Spezifikation (JSON) statt der Optionen oben.</translation>
    </message>
    <message>
        <source>The .privaudit project (created when missing).</source>
        <translation>Das .privaudit-Projekt (wird angelegt, wenn es fehlt).</translation>
    </message>
    <message>
        <source>missing required option --data (or --spec)</source>
        <translation>erforderliche Option --data (oder --spec) fehlt</translation>
    </message>
    <message>
        <source>sweep: the epsilons come from --epsilons; do not give --dp, --target-epsilon or --noise-multiplier</source>
        <translation>sweep: Die Epsilons kommen aus --epsilons; --dp, --target-epsilon und --noise-multiplier nicht angeben</translation>
    </message>
    <message>
        <source>%1 points were already complete in the project; %2 ran now.</source>
        <translation>%1 Punkte waren im Projekt bereits fertig; %2 liefen jetzt.</translation>
    </message>
    <message>
        <source>target eps | points | accuracy (mean +- sd) | accountant eps | per attack: AUC, TPR at 0.1% FPR, empirical eps &gt;=</source>
        <translation>Ziel-Eps | Punkte | Genauigkeit (Mittel +- SA) | Accountant-Eps | je Angriff: AUC, TPR bei 0,1 % FPR, empirisches Eps &gt;=</translation>
    </message>
    <message>
        <source>Sweep stored as run %1 in %2.</source>
        <translation>Sweep als Lauf %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Running two jobs; each trains a target and 16 reference models (about 15 seconds on two cores).</source>
        <translation>Zwei Aufträge laufen; jeder trainiert ein Zielmodell und 16 Referenzmodelle (etwa 15 Sekunden auf zwei Kernen).</translation>
    </message>
    <message>
        <source>The report was written, but its export could not be recorded in the audit trail: %1</source>
        <translation>Der Bericht wurde geschrieben, aber sein Export konnte nicht im Prüfpfad vermerkt werden: %1</translation>
    </message>
    <message>
        <source>--max-distinct-ratio must be above 0 and at most 1</source>
        <translation>--max-distinct-ratio muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>--max-label-classes must be at least 2</source>
        <translation>--max-label-classes muss mindestens 2 sein</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Declare a column&apos;s type: NAME=categorical|numeric|boolean (repeatable).</source>
        <translation>Typ einer Spalte festlegen: NAME=categorical|numeric|boolean (wiederholbar).</translation>
    </message>
    <message>
        <source>Declare a column&apos;s role: NAME=identifier|ignored|sensitive|feature (repeatable); identifier and ignored columns are never model inputs.</source>
        <translation>Rolle einer Spalte festlegen: NAME=identifier|ignored|sensitive|feature (wiederholbar); Kennungen und ignorierte Spalten sind nie Modelleingaben.</translation>
    </message>
    <message>
        <source>Categorical columns with more distinct values than this share of the rows are left out of the inputs unless given a role (default 0.5).</source>
        <translation>Kategoriale Spalten mit mehr verschiedenen Werten als dieser Anteil der Zeilen werden nicht als Eingaben verwendet, sofern ihnen keine Rolle gegeben wird (Standard 0,5).</translation>
    </message>
    <message>
        <source>A numeric label with at most this many whole-number values is read as classes (default 50).</source>
        <translation>Ein numerisches Label mit höchstens so vielen ganzzahligen Werten wird als Klassen gelesen (Standard 50).</translation>
    </message>
    <message>
        <source>Unanswered screening items (the classification is provisional until they are answered): %1</source>
        <translation>Unbeantwortete Prüffragen (die Einstufung ist vorläufig, bis sie beantwortet sind): %1</translation>
    </message>
    <message>
        <source>assess: use &apos;assess classify --answers FILE&apos;, &apos;assess export --project FILE&apos;, &apos;assess import --project FILE --in FILE&apos;, &apos;assess suggest --project FILE&apos; or &apos;assess review --project FILE [--run N | --clear]&apos;</source>
        <translation>assess: verwenden Sie &apos;assess classify --answers FILE&apos;, &apos;assess export --project FILE&apos;, &apos;assess import --project FILE --in FILE&apos;, &apos;assess suggest --project FILE&apos; oder &apos;assess review --project FILE [--run N | --clear]&apos;</translation>
    </message>
    <message>
        <source>Show or designate the model under review (the release candidate the audit is about): --run N designates run N&apos;s target model, --clear removes the designation. Audited.</source>
        <translation>Das geprüfte Modell (den Freigabekandidaten, um den es im Audit geht) anzeigen oder benennen: --run N benennt das Zielmodell von Lauf N, --clear hebt die Benennung auf. Protokolliert.</translation>
    </message>
    <message>
        <source>Suggest risk-matrix likelihoods and severities from the attack results of the model under review (every run when none is designated) and the datasets, and store the suggestions.</source>
        <translation>Wahrscheinlichkeiten und Schweregrade der Risikomatrix aus den Angriffsergebnissen des geprüften Modells (aller Läufe, wenn keines benannt ist) und den Datensätzen vorschlagen und speichern.</translation>
    </message>
    <message>
        <source>For review: the run whose target model is under review.</source>
        <translation>Für review: der Lauf, dessen Zielmodell geprüft wird.</translation>
    </message>
    <message>
        <source>For review: remove the designation.</source>
        <translation>Für review: die Benennung aufheben.</translation>
    </message>
    <message>
        <source>--run must be a run id (a positive whole number), got &apos;%1&apos;</source>
        <translation>--run muss eine Lauf-ID sein (eine positive ganze Zahl), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No model under review is designated.</source>
        <translation>Es ist kein geprüftes Modell benannt.</translation>
    </message>
    <message>
        <source>Model under review: %1 (SHA-256 %2), designated from run %3.</source>
        <translation>Geprüftes Modell: %1 (SHA-256 %2), benannt aus Lauf %3.</translation>
    </message>
    <message>
        <source>Its runs: %1. Comparisons: %2.</source>
        <translation>Seine Läufe: %1. Vergleiche: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>       old: %1</source>
        <translation>       alt: %1</translation>
    </message>
    <message>
        <source>       new: %1</source>
        <translation>       neu: %1</translation>
    </message>
    <message>
        <source>project: use &apos;project create FILE&apos;, &apos;project info FILE&apos;, &apos;project verify FILE&apos; or &apos;project log FILE&apos;</source>
        <translation>project: verwenden Sie &apos;project create FILE&apos;, &apos;project info FILE&apos;, &apos;project verify FILE&apos; oder &apos;project log FILE&apos;</translation>
    </message>
    <message>
        <source>Show the audit trail: every row with its time, user, host, action, subject, and the old and the new value of an edit.</source>
        <translation>Den Audit-Trail anzeigen: jede Zeile mit Zeit, Benutzer, Rechner, Aktion, Gegenstand und dem alten und neuen Wert einer Änderung.</translation>
    </message>
    <message>
        <source>File whose first line is the key bundle&apos;s password (else PRIVAUDIT_SIGN_PASSWORD).</source>
        <translation>Datei, deren erste Zeile das Passwort des Schlüsselbundes ist (sonst PRIVAUDIT_SIGN_PASSWORD).</translation>
    </message>
    <message>
        <source>The signer&apos;s role, written into the signature (default: assessor).</source>
        <translation>Die Rolle der unterzeichnenden Person, in die Signatur geschrieben (Standard: assessor).</translation>
    </message>
    <message>
        <source>A final report needs:
- %1</source>
        <translation>Ein endgültiger Bericht braucht:
- %1</translation>
    </message>
    <message>
        <source>Write the audit report of a project: cover, executive summary, scope and method, data, attack results with ROC curves, differential privacy, risk matrix, checklists, audit-trail verification, limitations, sign-off and appendix, as an archival PDF (PDF/A-1b) or HTML. The language follows --lang. A report is a draft (marked DRAFT on every page, with what is missing) unless --final is given and every condition for a final report holds; a final report is kept in the project as an immutable record. --sign adds a PAdES signature.</source>
        <translation>Den Auditbericht eines Projekts schreiben: Deckblatt, Zusammenfassung, Umfang und Methode, Daten, Angriffsergebnisse mit ROC-Kurven, Differential Privacy, Risikomatrix, Checklisten, Prüfung des Audit-Trails, Grenzen, Freigabe und Anhang, als archivfähiges PDF (PDF/A-1b) oder HTML. Die Sprache folgt --lang. Ein Bericht ist ein Entwurf (auf jeder Seite als ENTWURF markiert, mit dem, was fehlt), außer --final ist angegeben und jede Bedingung für einen endgültigen Bericht erfüllt; ein endgültiger Bericht wird im Projekt als unveränderlicher Datensatz aufbewahrt. --sign fügt eine PAdES-Signatur hinzu.</translation>
    </message>
    <message>
        <source>A final report: refused, with the list of what is missing, unless every condition holds.</source>
        <translation>Ein endgültiger Bericht: abgelehnt, mit der Liste des Fehlenden, solange nicht jede Bedingung erfüllt ist.</translation>
    </message>
    <message>
        <source>Sign the PDF with this PKCS#12 key bundle (.p12).</source>
        <translation>Das PDF mit diesem PKCS#12-Schlüsselbund (.p12) signieren.</translation>
    </message>
    <message>
        <source>usage: privaudit-cli report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]</source>
        <translation>Aufruf: privaudit-cli report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]</translation>
    </message>
    <message>
        <source>--sign needs --format pdf: an HTML report cannot carry a PDF signature</source>
        <translation>--sign braucht --format pdf: Ein HTML-Bericht kann keine PDF-Signatur tragen</translation>
    </message>
    <message>
        <source>The report was written to %1 but not signed: %2</source>
        <translation>Der Bericht wurde nach %1 geschrieben, aber nicht signiert: %2</translation>
    </message>
    <message>
        <source>The report was written, but it could not be kept in the project as a final report: %1</source>
        <translation>Der Bericht wurde geschrieben, konnte aber nicht als endgültiger Bericht im Projekt aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Final report, kept in the project as report %1 (SHA-256 %2).</source>
        <translation>Endgültiger Bericht, im Projekt als Bericht %1 aufbewahrt (SHA-256 %2).</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n item(s) missing for a final report.</source>
        <translation>
            <numerusform>Entwurf: %n Punkt(e) fehlen für einen endgültigen Bericht.</numerusform>
            <numerusform>Entwurf: %n Punkt(e) fehlen für einen endgültigen Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signiert von %1.</translation>
    </message>
    <message>
        <source>Add a signature to a PDF report (a PDF incremental update: earlier signatures stay valid), for example the data protection officer after the assessor. With --project the signing is recorded in the audit trail, and the signed version of a final report is kept beside it.</source>
        <translation>Einem PDF-Bericht eine Signatur hinzufügen (inkrementelle PDF-Aktualisierung: frühere Signaturen bleiben gültig), zum Beispiel die des Datenschutzbeauftragten nach der Prüferin. Mit --project wird die Signatur im Audit-Trail festgehalten und die signierte Fassung eines endgültigen Berichts daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>The PDF to sign (changed in place).</source>
        <translation>Das zu signierende PDF (wird an Ort und Stelle geändert).</translation>
    </message>
    <message>
        <source>PKCS#12 key bundle (.p12).</source>
        <translation>PKCS#12-Schlüsselbund (.p12).</translation>
    </message>
    <message>
        <source>Reason written into the signature.</source>
        <translation>In die Signatur geschriebener Grund.</translation>
    </message>
    <message>
        <source>Record the signature in this project&apos;s audit trail.</source>
        <translation>Die Signatur im Audit-Trail dieses Projekts festhalten.</translation>
    </message>
    <message>
        <source>usage: privaudit-cli sign --pdf report.pdf --key KEY.p12 [--password-file F] [--role dpo] [--project FILE]</source>
        <translation>Aufruf: privaudit-cli sign --pdf report.pdf --key KEY.p12 [--password-file F] [--role dpo] [--project FILE]</translation>
    </message>
    <message>
        <source>%1: privacy audit report</source>
        <translation>%1: Datenschutz-Auditbericht</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3).</source>
        <translation>%1 signiert als %2 (%3).</translation>
    </message>
    <message>
        <source>Majority-class baseline: %1; task AUC %2.</source>
        <translation>Mehrheitsklassen-Basislinie: %1; Aufgaben-AUC %2.</translation>
    </message>
    <message>
        <source>Draft: every condition for a final report holds; --final makes it final.</source>
        <translation>Entwurf: Jede Bedingung für einen endgültigen Bericht ist erfüllt; --final macht ihn endgültig.</translation>
    </message>
    <message>
        <source>--sign: cannot read the key bundle &apos;%1&apos;</source>
        <translation>--sign: der Schlüsselbund &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not run: %1: %2</source>
        <translation>nicht ausgeführt: %1: %2</translation>
    </message>
    <message>
        <source>Note: %1 carries no encoder.json; its inputs are encoded as &apos;privaudit-cli train&apos; %2 would encode them (see train --help for the contract).</source>
        <translation>Hinweis: %1 enthält keine encoder.json; seine Eingaben werden so kodiert, wie &apos;privaudit-cli train&apos; %2 sie kodieren würde (der Vertrag steht in train --help).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries no encoder.json (only models saved by PrivAudit do); give the encoder file instead.</source>
        <translation>&apos;%1&apos; enthält keine encoder.json (nur von PrivAudit gespeicherte Modelle tun das); geben Sie stattdessen die Encoder-Datei an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON: %2</source>
        <translation>&apos;%1&apos; ist kein JSON: %2</translation>
    </message>
    <message>
        <source>Encode a CSV file as a model&apos;s inputs: one float per input of the encoder (its input_names, in order), as the TorchScript models saved by &apos;privaudit-cli train&apos; expect them. The encoder is the MODEL.encoder.json written beside the model, or the model itself (it carries the same file).</source>
        <translation>Eine CSV-Datei als Eingaben eines Modells kodieren: ein Float je Eingabe des Encoders (seine input_names, in dieser Reihenfolge), so wie die von &apos;privaudit-cli train&apos; gespeicherten TorchScript-Modelle sie erwarten. Der Encoder ist die neben dem Modell geschriebene MODELL.encoder.json oder das Modell selbst (es enthält dieselbe Datei).</translation>
    </message>
    <message>
        <source>CSV file to encode, or &apos;demo&apos;.</source>
        <translation>Zu kodierende CSV-Datei oder &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>encoder.json, or a TorchScript model saved by PrivAudit.</source>
        <translation>encoder.json oder ein von PrivAudit gespeichertes TorchScript-Modell.</translation>
    </message>
    <message>
        <source>Where to write the encoded CSV.</source>
        <translation>Wohin die kodierte CSV-Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>Add a final &apos;label&apos; column with the class index (0-based, in the encoder&apos;s class order).</source>
        <translation>Eine letzte Spalte &apos;label&apos; mit dem Klassenindex anfügen (ab 0, in der Klassenreihenfolge des Encoders).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit the encoder: %2.</source>
        <translation>&apos;%1&apos; passt nicht zum Encoder: %2.</translation>
    </message>
    <message>
        <source>Row %1: the label &apos;%2&apos; is not one of the encoder&apos;s classes (%3).</source>
        <translation>Zeile %1: Das Label &apos;%2&apos; ist keine der Klassen des Encoders (%3).</translation>
    </message>
    <message>
        <source>Encoded %1 rows into %2 inputs: %3</source>
        <translation>%1 Zeilen in %2 Eingaben kodiert: %3</translation>
    </message>
    <message>
        <source>The model&apos;s encoder does not fit this data: %1.</source>
        <translation>Der Encoder des Modells passt nicht zu diesen Daten: %1.</translation>
    </message>
    <message>
        <source>Train a target model on a CSV file (or the built-in demo data), with or without DP-SGD, and report its accuracy and privacy.

The model&apos;s input contract (written to MODEL.encoder.json beside --out and inside the model as the extra file encoder.json; &apos;privaudit-cli encode&apos; applies it to a CSV):
- a float32 tensor [rows, input_width], inputs in column order over the feature and sensitive columns (identifier, ignored and label columns are never inputs);
- numeric column: (value - mean) * scale; a missing value gives 0 there and 1 in the NAME_missing input that follows, present when the fitting rows had missing values;
- categorical or boolean column: one-hot over its categories in sorted order, then NAME=&lt;unseen&gt; for any other value (unseen, rare or missing);
- output: one logit per class, classes in sorted order.
With --dp the categories, classes and scaling come from the rows not used for training, with categories seen fewer than 5 times there grouped into NAME=&lt;unseen&gt;, so the model&apos;s shape reveals nothing about its training rows; without --dp they come from the training rows.</source>
        <translation>Ein Zielmodell auf einer CSV-Datei (oder den eingebauten Demodaten) mit oder ohne DP-SGD trainieren und seine Genauigkeit und Privatsphäre berichten.

Der Eingabevertrag des Modells (als MODELL.encoder.json neben --out und im Modell als Zusatzdatei encoder.json geschrieben; &apos;privaudit-cli encode&apos; wendet ihn auf eine CSV-Datei an):
- ein float32-Tensor [Zeilen, input_width], Eingaben in Spaltenreihenfolge über die Merkmals- und sensiblen Spalten (Kennungs-, ignorierte und Label-Spalten sind nie Eingaben);
- numerische Spalte: (Wert - mean) * scale; ein fehlender Wert ergibt dort 0 und eine 1 in der folgenden Eingabe NAME_missing, die es gibt, wenn die Anpassungszeilen fehlende Werte hatten;
- kategoriale oder boolesche Spalte: One-Hot über ihre Kategorien in sortierter Reihenfolge, dann NAME=&lt;unseen&gt; für jeden anderen Wert (ungesehen, selten oder fehlend);
- Ausgabe: ein Logit je Klasse, Klassen in sortierter Reihenfolge.
Mit --dp stammen Kategorien, Klassen und Skalierung aus den nicht zum Training verwendeten Zeilen, Kategorien mit dort weniger als 5 Vorkommen in NAME=&lt;unseen&gt; zusammengefasst, sodass die Form des Modells nichts über seine Trainingszeilen verrät; ohne --dp stammen sie aus den Trainingszeilen.</translation>
    </message>
    <message>
        <source>cannot write the encoder to &apos;%1&apos;: %2</source>
        <translation>Der Encoder kann nicht nach &apos;%1&apos; geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Its input encoding (also inside the model as encoder.json): %1</source>
        <translation>Seine Eingabekodierung (auch im Modell als encoder.json): %1</translation>
    </message>
    <message>
        <source>Epochs (default %1; with --dp %2).</source>
        <translation>Epochen (Standard %1; mit --dp %2).</translation>
    </message>
    <message>
        <source>Batch size; with DP the expected batch size (default %1; with --dp %2).</source>
        <translation>Batchgröße; mit DP die erwartete Batchgröße (Standard %1; mit --dp %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON object: %2</source>
        <translation>&apos;%1&apos; ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>The declared encoder does not fit this data: %1.</source>
        <translation>Der angegebene Encoder passt nicht zu diesen Daten: %1.</translation>
    </message>
    <message>
        <source>Use this declared encoder (encoder.json format: categories, classes, mean and scale known to be public) instead of fitting one on the data.</source>
        <translation>Diesen angegebenen Encoder verwenden (Format encoder.json: Kategorien, Klassen, Mittelwert und Skalierung, die öffentlich bekannt sind), statt einen auf den Daten anzupassen.</translation>
    </message>
    <message>
        <source>--interval must be in [1e-6, 0.1], got %1</source>
        <translation>--interval muss in [1e-6, 0.1] liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: more than %2 steps stay within epsilon = %3 (%2 steps reach %4) at delta = %5; the search stops there</source>
        <translation>%1: Mehr als %2 Schritte bleiben innerhalb von epsilon = %3 (%2 Schritte erreichen %4) bei delta = %5; die Suche endet dort</translation>
    </message>
    <message>
        <source>%1: not enough memory for this computation; use smaller parameters.</source>
        <translation>%1: nicht genug Speicher für diese Berechnung; verwenden Sie kleinere Parameter.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>Die Passwortdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Verified: the database is intact, its schema is the one PrivAudit creates, the audit trail&apos;s %1 rows chain correctly, the content matches the seal of the last row and all %2 stored results match their recorded hashes.</source>
        <translation>Geprüft: Die Datenbank ist intakt, ihr Schema ist das von PrivAudit angelegte, die %1 Zeilen des Prüfprotokolls sind korrekt verkettet, der Inhalt stimmt mit dem Siegel der letzten Zeile überein und alle %2 gespeicherten Ergebnisse stimmen mit ihren aufgezeichneten Hashes überein.</translation>
    </message>
    <message>
        <source>The audit-trail head %1 is not in this project&apos;s trail: the history it stood for (in the report or check that quoted it) was lost or rewritten.</source>
        <translation>Der Audit-Trail-Kopf %1 ist nicht im Audit-Trail dieses Projekts: Die Historie, für die er stand (im Bericht oder in der Prüfung, die ihn angab), ging verloren oder wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>The expected head %1 is row %2 of the trail; %3 rows were added after it.</source>
        <translation>Der erwartete Kopf %1 ist Zeile %2 des Audit-Trails; danach wurden %3 Zeilen hinzugefügt.</translation>
    </message>
    <message>
        <source>Also check that the trail still contains this audit-trail head (the hash a signed report or &apos;project info&apos; printed): fails when that history was lost or rewritten.</source>
        <translation>Zusätzlich prüfen, dass der Audit-Trail diesen Kopf noch enthält (den Hash, den ein signierter Bericht oder &apos;project info&apos; ausgab): schlägt fehl, wenn diese Historie verloren ging oder umgeschrieben wurde.</translation>
    </message>
    <message>
        <source>Comma-separated: %1, or all (default %2).</source>
        <translation>Durch Kommas getrennt: %1 oder all (Standard %2).</translation>
    </message>
    <message>
        <source>--predictions: none of the requested attacks can run on a predictions file; use %1.</source>
        <translation>--predictions: keiner der angeforderten Angriffe kann auf einer Vorhersagedatei laufen; verwenden Sie %1.</translation>
    </message>
    <message>
        <source>no temporary folder to try it in</source>
        <translation>kein temporärer Ordner zum Ausprobieren</translation>
    </message>
    <message>
        <source>a new project did not verify</source>
        <translation>ein neues Projekt hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>SQLite %1: a project was created, reopened and verified</source>
        <translation>SQLite %1: ein Projekt wurde angelegt, wieder geöffnet und geprüft</translation>
    </message>
    <message>
        <source>SQLite %1 cannot hold a project: %2</source>
        <translation>SQLite %1 kann kein Projekt aufnehmen: %2</translation>
    </message>
    <message>
        <source>The run&apos;s name in the project.</source>
        <translation>Der Name des Laufs im Projekt.</translation>
    </message>
    <message>
        <source>attack audit: --secure-noise is not available for an audit (a job spec has no such setting); leave it out.</source>
        <translation>attack audit: --secure-noise ist für ein Audit nicht verfügbar (eine Auftragsspezifikation kennt diese Einstellung nicht); bitte weglassen.</translation>
    </message>
    <message>
        <source>Empirical epsilon &gt;= %1 with %2% confidence; accountant epsilon %3.</source>
        <translation>Empirisches Epsilon &gt;= %1 mit %2 % Konfidenz; Epsilon des Accountants %3.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Store the run in this .privaudit project (created when missing); without it the run uses a temporary project and only its figures are printed.</source>
        <translation>Den Lauf in diesem .privaudit-Projekt speichern (wird angelegt, wenn es fehlt); ohne diese Option läuft er in einem temporären Projekt und nur seine Kennzahlen werden ausgegeben.</translation>
    </message>
    <message>
        <source>cannot write the scores to &apos;%1&apos;: %2</source>
        <translation>die Scores können nicht nach &apos;%1&apos; geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stored as run %1 in %2.</source>
        <translation>Als Lauf %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The data has no label column: name one with --label (dataset.label in a spec).</source>
        <translation>Die Daten haben keine Label-Spalte: nennen Sie eine mit --label (dataset.label in einer Spezifikation).</translation>
    </message>
    <message>
        <source>Learning rate (default %1; with --dp %2, and for train with --dp %3 below %4 training rows).</source>
        <translation>Lernrate (Standard %1; mit --dp %2, bei train mit --dp %3 unter %4 Trainingszeilen).</translation>
    </message>
    <message>
        <source>DP only: estimate the encoder&apos;s categories and standardisation from the training rows with this epsilon (DP quantiles and category counts), charged to the run&apos;s epsilon; --target-epsilon and --epsilon-budget are then the total. Default: fit it on the rows outside training, which costs none.</source>
        <translation>Nur mit DP: die Kategorien und die Standardisierung des Encoders mit diesem Epsilon aus den Trainingszeilen schätzen (DP-Quantile und Kategorienzählungen), angerechnet auf das Epsilon des Laufs; --target-epsilon und --epsilon-budget sind dann die Summe. Standard: auf den Zeilen außerhalb des Trainings anpassen, was nichts kostet.</translation>
    </message>
    <message>
        <source>--encoder-epsilon needs --dp and excludes --encoder.</source>
        <translation>--encoder-epsilon braucht --dp und schließt --encoder aus.</translation>
    </message>
    <message>
        <source>--encoder-epsilon must be positive, got %1.</source>
        <translation>--encoder-epsilon muss positiv sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>Run total: epsilon = %1 at delta = %2 (DP-SGD %3 plus the encoder&apos;s DP estimates %4, composed sequentially).</source>
        <translation>Summe des Laufs: Epsilon = %1 bei Delta = %2 (DP-SGD %3 plus die DP-Schätzungen des Encoders %4, sequenziell komponiert).</translation>
    </message>
    <message>
        <source>DP, epsilon = %1 at delta = %2 (DP-SGD %3 and the encoder&apos;s DP estimates %4)</source>
        <translation>DP, Epsilon = %1 bei Delta = %2 (DP-SGD %3 und die DP-Schätzungen des Encoders %4)</translation>
    </message>
    <message>
        <source>Attribute inference at deployment: suggested S%1, L%2.</source>
        <translation>Attribut-Inferenz im Einsatz: vorgeschlagen S%1, L%2.</translation>
    </message>
    <message>
        <source>Attribute inference of &apos;%1&apos; (%2 values) on %3 members and %4 non-members, the attacker holding %5 auxiliary records.</source>
        <translation>Attribut-Inferenz von „%1“ (%2 Werte) auf %3 Mitgliedern und %4 Nichtmitgliedern; der Angreifer hält %5 Hilfsdatensätze.</translation>
    </message>
    <message>
        <source>  %1: accuracy members %2, non-members %3; advantage over imputation %4, individual leakage %5, distributional leakage %6</source>
        <translation>  %1: Genauigkeit Mitglieder %2, Nichtmitglieder %3; Vorteil gegenüber Imputation %4, individuelles Leakage %5, Verteilungs-Leakage %6</translation>
    </message>
    <message>
        <source>Attribute inference (Jayaraman &amp; Evans 2022&apos;s setting): the attacker knows every input of a record but the sensitive column, and its label, and holds auxiliary records of the same population. Every attack is judged against the imputation baseline (the same model family trained on the auxiliary records, no access to the target) on members and non-members: advantage over imputation, individual leakage (members minus non-members) and distributional leakage (non-members minus imputation), with bootstrap intervals.</source>
        <translation>Attribut-Inferenz (im Rahmen von Jayaraman &amp; Evans 2022): Der Angreifer kennt alle Eingaben eines Datensatzes außer der sensiblen Spalte sowie sein Label und hält Hilfsdatensätze derselben Bevölkerung. Jeder Angriff wird an der Imputations-Basislinie gemessen (dieselbe Modellfamilie, auf den Hilfsdatensätzen trainiert, ohne Zugriff auf das Ziel), auf Mitgliedern und Nichtmitgliedern: Vorteil gegenüber Imputation, individuelles Leakage (Mitglieder minus Nichtmitglieder) und Verteilungs-Leakage (Nichtmitglieder minus Imputation), mit Bootstrap-Intervallen.</translation>
    </message>
    <message>
        <source>The column to infer (given the role sensitive).</source>
        <translation>Die zu erschließende Spalte (erhält die Rolle sensitive).</translation>
    </message>
    <message>
        <source>Comma-separated: %1, or all (default all).</source>
        <translation>Kommagetrennt: %1 oder all (Standard all).</translation>
    </message>
    <message>
        <source>Members and as many non-members to attack (default 2500).</source>
        <translation>Anzugreifende Mitglieder und ebenso viele Nichtmitglieder (Standard 2500).</translation>
    </message>
    <message>
        <source>Numeric column: a guess within this share of the true value is right (default 0.1).</source>
        <translation>Numerische Spalte: Eine Schätzung innerhalb dieses Anteils des wahren Werts gilt als richtig (Standard 0.1).</translation>
    </message>
    <message>
        <source>The value PPV at top k looks for (default: the rarest).</source>
        <translation>Der Wert, nach dem PPV bei den Top k sucht (Standard: der seltenste).</translation>
    </message>
    <message>
        <source>k of PPV at top k (default 100).</source>
        <translation>k von PPV bei den Top k (Standard 100).</translation>
    </message>
    <message>
        <source>Reference models of the membership-based attack (default 2).</source>
        <translation>Referenzmodelle des auf Membership gestützten Angriffs (Standard 2).</translation>
    </message>
    <message>
        <source>--sensitive %1: the column has the role %2, so it is not an input of the model and cannot leak through it.</source>
        <translation>--sensitive %1: Die Spalte hat die Rolle %2, ist also keine Eingabe des Modells und kann nicht über es preisgegeben werden.</translation>
    </message>
    <message>
        <source>Memorisation at deployment: suggested S%1, L%2.</source>
        <translation>Memorierung im Betrieb: vorgeschlagen S%1, L%2.</translation>
    </message>
    <message>
        <source>Canary exposure: %1 canaries per level (%2 labels) inserted into %3 members (%4 rows added), ranked among %5 never-inserted references; chance is %6 bits, the most this many references can show %7 bits.</source>
        <translation>Canary-Exposition: %1 Canaries je Stufe (Zielwerte: %2) in %3 Mitglieder eingefügt (%4 Zeilen hinzugefügt), eingeordnet unter %5 nie eingefügten Referenzen; Zufall sind %6 Bit, höchstens messbar mit so vielen Referenzen %7 Bit.</translation>
    </message>
    <message>
        <source>controls (never inserted)</source>
        <translation>Kontrollen (nie eingefügt)</translation>
    </message>
    <message>
        <source>inserted %1 times</source>
        <translation>%1-mal eingefügt</translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1, %2]</translation>
    </message>
    <message>
        <source>(no interval)</source>
        <translation>(kein Intervall)</translation>
    </message>
    <message>
        <source>  %1: exposure %2 bits %3; extrapolated %4 bits</source>
        <translation>  %1: Exposition %2 Bit %3; extrapoliert %4 Bit</translation>
    </message>
    <message>
        <source>--repetitions: &apos;%1&apos; is not a whole number of at least 1.</source>
        <translation>--repetitions: &apos;%1&apos; ist keine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>Canary exposure (Carlini et al. 2019, the Secret Sharer): secret canary rows, drawn from the data&apos;s columns, are inserted into the members 1, 10 or 100 times each, the model&apos;s recipe is trained once on them, and each canary&apos;s loss is ranked among never-inserted reference canaries from the same generator. Exposure log2(references) - log2(rank) is about 1.44 bits (chance) for a canary the model did not memorise and up to log2(references) for one it did; the skew-normal extrapolation estimates beyond that.</source>
        <translation>Canary-Exposition (Carlini et al. 2019, der Secret Sharer): geheime Canary-Zeilen, aus den Spalten der Daten gezogen, werden je 1-, 10- oder 100-mal in die Mitglieder eingefügt, das Rezept des Modells wird einmal darauf trainiert, und der Verlust jedes Canary wird unter nie eingefügten Referenz-Canaries desselben Generators eingeordnet. Die Exposition log2(Referenzen) - log2(Rang) liegt bei etwa 1,44 Bit (Zufall) für einen Canary, den das Modell nicht memoriert hat, und bis zu log2(Referenzen) für einen memorierten; die Schiefnormal-Extrapolation schätzt darüber hinaus.</translation>
    </message>
    <message>
        <source>Comma-separated insertion counts (default 1,10,100).</source>
        <translation>Einfügezahlen, durch Kommas getrennt (Standard 1,10,100).</translation>
    </message>
    <message>
        <source>Secret canaries per repetition level, and as many never-inserted controls (default 10).</source>
        <translation>Geheime Canaries je Wiederholungsstufe und ebenso viele nie eingefügte Kontrollen (Standard 10).</translation>
    </message>
    <message>
        <source>Never-inserted reference canaries to rank against (default 65536 = 2^16).</source>
        <translation>Nie eingefügte Referenz-Canaries für die Rangfolge (Standard 65536 = 2^16).</translation>
    </message>
    <message>
        <source>flipped (default: the class the model&apos;s recipe trained without canaries finds least likely) or random.</source>
        <translation>flipped (Standard: die Klasse, die das ohne Canaries trainierte Rezept des Modells für am unwahrscheinlichsten hält) oder random.</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 1000).</source>
        <translation>Bootstrap-Stichproben für die Intervalle (Standard 1000).</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>vertauscht</translation>
    </message>
    <message>
        <source>Memorisation: none measured (the run trained no reference models; LiRA, RMIA and the shadow attack do).</source>
        <translation>Memorierung: nicht gemessen (der Lauf hat keine Referenzmodelle trainiert; LiRA, RMIA und der Schattenangriff tun es).</translation>
    </message>
    <message>
        <source>Most memorised members:</source>
        <translation>Am stärksten memorierte Mitglieder:</translation>
    </message>
    <message>
        <source>  data row %1: memorisation %2 (standard error %3), loss form %4 nats, p = %5, copies %6%7</source>
        <translation>  Datenzeile %1: Memorierung %2 (Standardfehler %3), Verlustform %4 nats, p = %5, Kopien %6%7</translation>
    </message>
    <message>
        <source>, exposed by LiRA</source>
        <translation>, von LiRA aufgedeckt</translation>
    </message>
    <message>
        <source>Counterfactual memorisation (Feldman &amp; Zhang 2020): reference models are trained with the target&apos;s recipe on random halves of the candidates, as LiRA does; a record&apos;s memorisation is the models&apos; accuracy on it when they trained on it minus when they did not (and the same in loss), tested against chance by re-splitting the models. Reports the members memorised beyond chance, duplicated against unique records, the overlap with the members LiRA exposes, and the most memorised records. Stored as a membership run of LiRA.</source>
        <translation>Kontrafaktische Memorierung (Feldman &amp; Zhang 2020): Referenzmodelle werden mit dem Rezept des Ziels auf zufälligen Hälften der Kandidaten trainiert, wie LiRA es tut; die Memorierung eines Datensatzes ist die Genauigkeit der Modelle auf ihm, wenn sie auf ihm trainiert wurden, minus wenn nicht (ebenso im Verlust), gegen den Zufall getestet durch neues Aufteilen der Modelle. Berichtet die über den Zufall hinaus memorierten Mitglieder, mehrfach gegen einmal vorkommende Datensätze, die Überschneidung mit den von LiRA aufgedeckten Mitgliedern und die am stärksten memorierten Datensätze. Gespeichert als Mitgliedschaftslauf von LiRA.</translation>
    </message>
    <message>
        <source>Reference models (default 16; each record is trained on by half of them).</source>
        <translation>Referenzmodelle (Standard 16; jeder Datensatz wird von der Hälfte trainiert).</translation>
    </message>
    <message>
        <source>%1 measurements read; membership inference at deployment: suggested S%2, L%3.</source>
        <translation>%1 Messungen gelesen; Membership Inference im Einsatz: vorgeschlagen S%2, L%3.</translation>
    </message>
    <message>
        <source>The column to split by (for example a sensitive column).</source>
        <translation>Die Spalte, nach der aufgeteilt wird (zum Beispiel eine sensible Spalte).</translation>
    </message>
    <message>
        <source>Quantile bands of a numeric column (default 4).</source>
        <translation>Quantilbänder einer numerischen Spalte (Standard 4).</translation>
    </message>
    <message>
        <source>Bootstrap resamples per group (default 200).</source>
        <translation>Bootstrap-Stichproben je Gruppe (Standard 200).</translation>
    </message>
    <message>
        <source>%1 by %2 (whole run: AUC %3):</source>
        <translation>%1 nach %2 (ganzer Lauf: AUC %3):</translation>
    </message>
    <message>
        <source>  %1 %2 members, %3 non-members: AUC %4 [%5, %6], TPR at 1% FPR %7%8</source>
        <translation>  %1 %2 Mitglieder, %3 Nichtmitglieder: AUC %4 [%5, %6], TPR bei 1 % FPR %7%8</translation>
    </message>
    <message>
        <source> (small group)</source>
        <translation> (kleine Gruppe)</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, got %4</source>
        <translation>--%1 muss zwischen %2 und %3 liegen, erhalten: %4</translation>
    </message>
    <message>
        <source>Two or more stored membership runs side by side (for example non-private against DP, or two model versions): every attack&apos;s AUC and TPR at 1% FPR per run, and each later run&apos;s difference from the first with a 95% interval.</source>
        <translation>Zwei oder mehr gespeicherte Mitgliedschaftsläufe nebeneinander (zum Beispiel nicht privat gegen DP oder zwei Modellversionen): AUC und TPR bei 1 % FPR jedes Angriffs je Lauf und der Unterschied jedes späteren Laufs zum ersten mit 95-%-Intervall.</translation>
    </message>
    <message>
        <source>Comma-separated run ids, the baseline first.</source>
        <translation>Durch Kommas getrennte Lauf-IDs, die Basis zuerst.</translation>
    </message>
    <message>
        <source>--runs: &apos;%1&apos; is not a run id.</source>
        <translation>--runs: &apos;%1&apos; ist keine Lauf-ID.</translation>
    </message>
    <message>
        <source>Run %1 &apos;%2&apos; (%3):</source>
        <translation>Lauf %1 &apos;%2&apos; (%3):</translation>
    </message>
    <message>
        <source>DP, epsilon %1</source>
        <translation>DP, Epsilon %1</translation>
    </message>
    <message>
        <source>  %1 AUC %2 [%3, %4], TPR at 1% FPR %5</source>
        <translation>  %1 AUC %2 [%3, %4], TPR bei 1 % FPR %5</translation>
    </message>
    <message>
        <source>Report written to %1 (HTML, %2 s).</source>
        <translation>Bericht nach %1 geschrieben (HTML, %2 s).</translation>
    </message>
    <message>
        <source>Model inversion and reconstruction at deployment: suggested S%1, L%2.</source>
        <translation>Modellinversion und Rekonstruktion im Einsatz: vorgeschlagen S%1, L%2.</translation>
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
        <translation>DP-SGD, Epsilon %1</translation>
    </message>
    <message>
        <source>the exact minimiser, no DP</source>
        <translation>das exakte Minimum, ohne DP</translation>
    </message>
    <message>
        <source>  columns recovered     %1</source>
        <translation>  Spalten rekonstruiert %1</translation>
    </message>
    <message>
        <source>  baseline (no model)   %1</source>
        <translation>  Basislinie (o. Modell) %1</translation>
    </message>
    <message>
        <source>  advantage             %1</source>
        <translation>  Vorsprung             %1</translation>
    </message>
    <message>
        <source>  rows fully recovered  %1 of %2</source>
        <translation>  Zeilen vollständig    %1 von %2</translation>
    </message>
    <message>
        <source>  mean squared error    %1 (baseline %2)</source>
        <translation>  mittl. quadr. Fehler  %1 (Basislinie %2)</translation>
    </message>
    <message>
        <source>Rows to reconstruct, each from its own training (default 20).</source>
        <translation>Zu rekonstruierende Zeilen, jede aus ihrem eigenen Training (Standard 20).</translation>
    </message>
    <message>
        <source>Training rows the adversary knows (default 199).</source>
        <translation>Trainingszeilen, die der Angreifer kennt (Standard 199).</translation>
    </message>
    <message>
        <source>The objective&apos;s L2 penalty, and DP-SGD&apos;s weight decay (default 0.001).</source>
        <translation>Die L2-Strafe der Zielfunktion und der Weight Decay von DP-SGD (Standard 0.001).</translation>
    </message>
    <message>
        <source>A numeric column is recovered within this many standard deviations (default 0.319, TabLeak&apos;s).</source>
        <translation>Eine numerische Spalte gilt innerhalb so vieler Standardabweichungen als rekonstruiert (Standard 0.319, wie TabLeak).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a positive number.</source>
        <translation>--%1: &apos;%2&apos; ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>attack: use &apos;attack mia&apos; (membership inference), &apos;attack attribute&apos; (attribute inference), &apos;attack canary&apos; (canary exposure), &apos;attack memorisation&apos; (counterfactual memorisation), &apos;attack reconstruction&apos; (informed reconstruction), &apos;attack inversion&apos; (MI-Face model inversion) or &apos;attack audit&apos; (one-run privacy audit); see privaudit-cli attack mia --help</source>
        <translation>attack: verwenden Sie &apos;attack mia&apos; (Mitgliedschaftsinferenz), &apos;attack attribute&apos; (Attributinferenz), &apos;attack canary&apos; (Canary-Exposition), &apos;attack memorisation&apos; (kontrafaktische Memorierung), &apos;attack reconstruction&apos; (informierte Rekonstruktion), &apos;attack inversion&apos; (MI-Face-Modellinversion) oder &apos;attack audit&apos; (Ein-Lauf-Privatsphäre-Audit); siehe privaudit-cli attack mia --help</translation>
    </message>
    <message>
        <source>MI-Face: %1 representatives for %2 classes of a target trained on %3 rows (%4); each compared with %5 members and as many held-out rows.</source>
        <translation>MI-Face: %1 Repräsentanten für %2 Klassen eines auf %3 Zeilen trainierten Zielmodells (%4); jeder verglichen mit %5 Mitgliedern und ebenso vielen zurückgehaltenen Zeilen.</translation>
    </message>
    <message>
        <source>no DP</source>
        <translation>ohne DP</translation>
    </message>
    <message>
        <source>  nearer a member        %1%</source>
        <translation>  näher an Mitglied     %1%</translation>
    </message>
    <message>
        <source>  mean distance gap      %1</source>
        <translation>  mittlerer Abstand     %1</translation>
    </message>
    <message>
        <source>  permutation p          %1</source>
        <translation>  Permutations-p        %1</translation>
    </message>
    <message>
        <source>  prior agreement        %1%</source>
        <translation>  Übereinstimmung Prior %1%</translation>
    </message>
    <message>
        <source>  member / held-out hits %1% / %2%</source>
        <translation>  Treffer Mitglied / zurückgehalten %1% / %2%</translation>
    </message>
    <message>
        <source>Representatives per class: the average row, then random starts (default 5).</source>
        <translation>Repräsentanten je Klasse: die mittlere Zeile, dann zufällige Starts (Standard 5).</translation>
    </message>
    <message>
        <source>Gradient steps at most (default 5000).</source>
        <translation>Höchstens so viele Gradientenschritte (Standard 5000).</translation>
    </message>
    <message>
        <source>Stop once the class probability reaches this (default 0.99).</source>
        <translation>Anhalten, sobald die Klassenwahrscheinlichkeit diesen Wert erreicht (Standard 0,99).</translation>
    </message>
    <message>
        <source>The gradient step (default 0.1).</source>
        <translation>Die Schrittweite des Gradienten (Standard 0,1).</translation>
    </message>
    <message>
        <source>Members compared with, and as many held-out rows (default 2000).</source>
        <translation>Verglichene Mitglieder und ebenso viele zurückgehaltene Zeilen (Standard 2000).</translation>
    </message>
    <message>
        <source>Permutations of the test (default 1000).</source>
        <translation>Permutationen des Tests (Standard 1000).</translation>
    </message>
    <message>
        <source>MI-Face model inversion (Fredrikson, Jha &amp; Ristenpart 2015) adapted to tables: the target is trained here on the members, then for every class gradient descent on the input finds the row the model is most confident of (categorical columns relaxed to a softmax, numeric ones in the data&apos;s range), from the average row and from random starts. A representative is a leak only where it sits nearer the class&apos;s members than its held-out rows: a permutation test decides.</source>
        <translation>MI-Face-Modellinversion (Fredrikson, Jha &amp; Ristenpart 2015), auf Tabellen übertragen: Das Zielmodell wird hier auf den Mitgliedern trainiert, dann findet für jede Klasse ein Gradientenabstieg über die Eingabe die Zeile, deren sich das Modell am sichersten ist (kategoriale Spalten zu einem Softmax relaxiert, numerische im Wertebereich der Daten), von der mittleren Zeile und von zufälligen Starts aus. Ein Repräsentant ist nur dann ein Leck, wenn er näher an den Mitgliedern der Klasse liegt als an ihren zurückgehaltenen Zeilen: Ein Permutationstest entscheidet.</translation>
    </message>
    <message>
        <source>Informed reconstruction by %1 (whole run: advantage %2):</source>
        <translation>Informierte Rekonstruktion nach %1 (ganzer Lauf: Vorteil %2):</translation>
    </message>
    <message>
        <source>  %1 %2 rows: advantage %3 [%4, %5]%6</source>
        <translation>  %1 %2 Zeilen: Vorteil %3 [%4, %5]%6</translation>
    </message>
    <message>
        <source>%1 by %2 (whole run: individual leakage %3):</source>
        <translation>%1 nach %2 (ganzer Lauf: individuelles Leck %3):</translation>
    </message>
    <message>
        <source>  %1 %2 members, %3 non-members: leakage %4 [%5, %6], advantage over imputation %7%8</source>
        <translation>  %1 %2 Mitglieder, %3 Nichtmitglieder: Leck %4 [%5, %6], Vorteil gegenüber Imputation %7%8</translation>
    </message>
    <message>
        <source>Where the risk concentrates: a stored membership run&apos;s AUC, advantage and TPR at 1% FPR per subgroup of one column of its data (a value of a categorical column, or quantile bands of a numeric one), each with its bootstrap interval; for an attribute-inference run each attack&apos;s individual leakage and advantage over imputation, for a reconstruction run the advantage over the baseline, with 95% intervals. Small groups are flagged. The run&apos;s data source is read again and must be unchanged.</source>
        <translation>Wo sich das Risiko konzentriert: AUC, Vorteil und TPR bei 1 % FPR eines gespeicherten Mitgliedschaftslaufs je Untergruppe einer Spalte seiner Daten (ein Wert einer kategorialen Spalte oder Quantilsbänder einer numerischen), jeweils mit Bootstrap-Intervall; für einen Attributinferenz-Lauf das individuelle Leck und der Vorteil gegenüber Imputation jedes Angriffs, für einen Rekonstruktionslauf der Vorteil gegenüber der Basislinie, mit 95-%-Intervallen. Kleine Gruppen werden markiert. Die Datenquelle des Laufs wird erneut gelesen und muss unverändert sein.</translation>
    </message>
    <message>
        <source>Informed reconstruction: %1 rows, each missing from the %5 trained on %2 rows (%3); the adversary knows the other %4.</source>
        <translation>Informierte Rekonstruktion: %1 Zeilen, jede fehlt dem Modell (%5), trainiert auf %2 Zeilen (%3); der Angreifer kennt die übrigen %4.</translation>
    </message>
    <message>
        <source>a stationary point, no DP</source>
        <translation>ein stationärer Punkt, ohne DP</translation>
    </message>
    <message>
        <source>Informed reconstruction (Balle, Cherubin &amp; Hayes 2022): the adversary knows every training row but one, the objective and the released logistic regression or tanh MLP (--model logreg, the default, or for example mlp:16:tanh), and solves for the missing row. Each of --targets rows is left out of --known-rows fixed rows in turn, the model is trained on the rest plus it (without --dp the exact minimiser or a stationary point, with --dp the recipe&apos;s DP-SGD), and the row is read off the parameters. Judged against the guess that needs no model: each column&apos;s class-conditional mean or mode.</source>
        <translation>Informierte Rekonstruktion (Balle, Cherubin &amp; Hayes 2022): der Angreifer kennt jede Trainingszeile bis auf eine, das Ziel und die veröffentlichte logistische Regression oder das tanh-MLP (--model logreg, die Vorgabe, oder zum Beispiel mlp:16:tanh) und löst nach der fehlenden Zeile auf. Jede von --targets Zeilen wird der Reihe nach zu --known-rows festen Zeilen genommen, das Modell auf diesen plus ihr trainiert (ohne --dp der exakte Minimierer oder ein stationärer Punkt, mit --dp das DP-SGD des Rezepts), und die Zeile wird an den Parametern abgelesen. Gemessen an der Schätzung, die kein Modell braucht: Mittelwert oder Modus jeder Spalte je Klasse.</translation>
    </message>
    <message>
        <source>Keep the analysis in the project for the report&apos;s subgroups section (audited; the same run and column saved again replaces it).</source>
        <translation>Die Analyse im Projekt für den Untergruppen-Abschnitt des Berichts behalten (protokolliert; derselbe Lauf und dieselbe Spalte erneut gespeichert ersetzen sie).</translation>
    </message>
    <message>
        <source>Personal data in a table, column by column: evidence from the column name (English, German, French), from value patterns with their check digits (IBAN, payment cards, NHS, Steuer-ID, NIR, BSN, PESEL, SSN), phone numbers (libphonenumber), dates of birth, postcodes, IP addresses, free text, the special categories of GDPR Art 9 and criminal-offence data (Art 10); each finding with a confidence, its evidence and a suggested role.</source>
        <translation>Personenbezogene Daten einer Tabelle, Spalte für Spalte: Hinweise aus dem Spaltennamen (Englisch, Deutsch, Französisch), aus Wertmustern mit ihren Prüfziffern (IBAN, Zahlungskarten, NHS, Steuer-ID, NIR, BSN, PESEL, SSN), Telefonnummern (libphonenumber), Geburtsdaten, Postleitzahlen, IP-Adressen, Freitext, den besonderen Kategorien nach Art. 9 DSGVO und Daten über Straftaten (Art. 10); jeder Befund mit einer Konfidenz, seinen Belegen und einer vorgeschlagenen Rolle.</translation>
    </message>
    <message>
        <source>CSV file, or &apos;demo&apos;.</source>
        <translation>CSV-Datei oder &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>Values per column the recognisers read (default 2000).</source>
        <translation>Werte pro Spalte, die die Erkenner lesen (Standard 2000).</translation>
    </message>
    <message>
        <source>%1: no personal data found</source>
        <translation>%1: keine personenbezogenen Daten gefunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  %1 (confidence %2): %3</source>
        <translation>  %1 (Konfidenz %2): %3</translation>
    </message>
    <message>
        <source>Direct identifiers: %1. Leave them out of a model&apos;s inputs (role identifier).</source>
        <translation>Direkte Identifikatoren: %1. Lassen Sie sie aus den Eingaben eines Modells heraus (Rolle identifier).</translation>
    </message>
    <message>
        <source>Suggested quasi-identifiers for &apos;data risk --quasi&apos;: %1</source>
        <translation>Vorgeschlagene Quasi-Identifikatoren für &apos;data risk --quasi&apos;: %1</translation>
    </message>
    <message>
        <source>The scan reads %1 values per column; a column it does not flag may still hold personal data (a name in a code list, an identifier without check digits).</source>
        <translation>Die Prüfung liest %1 Werte pro Spalte; eine Spalte, die sie nicht markiert, kann dennoch personenbezogene Daten enthalten (ein Name in einer Codeliste, ein Identifikator ohne Prüfziffern).</translation>
    </message>
    <message>
        <source>  %1: highest %2, average %3, records above %4: %5</source>
        <translation>  %1: höchstes %2, Mittel %3, Datensätze über %4: %5</translation>
    </message>
    <message>
        <source>Re-identification risk over quasi-identifiers (the measures of ARX and sdcMicro): equivalence classes, k-anonymity, sample uniques, prosecutor, journalist and marketer risk, sdcMicro&apos;s expected re-identifications, population uniques (Pitman, Zayatz, SNB by Dankar&apos;s rule) with --population-size, and l-diversity and t-closeness of --sensitive columns.</source>
        <translation>Re-Identifikationsrisiko über Quasi-Identifikatoren (die Maße von ARX und sdcMicro): Äquivalenzklassen, k-Anonymität, Stichproben-Unikate, Prosecutor-, Journalist- und Marketer-Risiko, die erwarteten Re-Identifikationen nach sdcMicro, Populations-Unikate (Pitman, Zayatz, SNB nach der Regel von Dankar) mit --population-size sowie l-Diversität und t-Closeness der --sensitive-Spalten.</translation>
    </message>
    <message>
        <source>Quasi-identifier columns, comma-separated; &apos;auto&apos; takes those the PII scan suggests.</source>
        <translation>Quasi-Identifikator-Spalten, durch Kommas getrennt; &apos;auto&apos; nimmt die von der PII-Prüfung vorgeschlagenen.</translation>
    </message>
    <message>
        <source>Sensitive columns for l-diversity and t-closeness.</source>
        <translation>Sensible Spalten für l-Diversität und t-Closeness.</translation>
    </message>
    <message>
        <source>Records in the population the table was drawn from (default: the table is the whole population).</source>
        <translation>Datensätze der Population, aus der die Tabelle stammt (Standard: die Tabelle ist die ganze Population).</translation>
    </message>
    <message>
        <source>Highest acceptable re-identification probability of a record (default 0.2).</source>
        <translation>Höchste annehmbare Re-Identifikationswahrscheinlichkeit eines Datensatzes (Standard 0,2).</translation>
    </message>
    <message>
        <source>The PII scan suggests no quasi-identifiers in this table; name them with --quasi.</source>
        <translation>Die PII-Prüfung schlägt in dieser Tabelle keine Quasi-Identifikatoren vor; nennen Sie sie mit --quasi.</translation>
    </message>
    <message>
        <source>Quasi-identifiers: %1 (%2 records, %3 equivalence classes)</source>
        <translation>Quasi-Identifikatoren: %1 (%2 Datensätze, %3 Äquivalenzklassen)</translation>
    </message>
    <message>
        <source>  k-anonymity: %1; sample uniques: %2 (%3 of the records)</source>
        <translation>  k-Anonymität: %1; Stichproben-Unikate: %2 (%3 der Datensätze)</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>  %1: %2 of the records re-identified on average</source>
        <translation>  %1: im Mittel %2 der Datensätze re-identifiziert</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Marketer</translation>
    </message>
    <message>
        <source>  Expected re-identifications (sdcMicro individual risk): %1</source>
        <translation>  Erwartete Re-Identifikationen (individuelles Risiko nach sdcMicro): %1</translation>
    </message>
    <message>
        <source>  The table is taken as the whole population (no --population-size): journalist risk equals prosecutor risk and population uniques are not estimated.</source>
        <translation>  Die Tabelle gilt als ganze Population (kein --population-size): das Journalist-Risiko ist gleich dem Prosecutor-Risiko, Populations-Unikate werden nicht geschätzt.</translation>
    </message>
    <message>
        <source>  Population uniques (%1 by Dankar&apos;s rule): %2 (%3 of the population)</source>
        <translation>  Populations-Unikate (%1 nach der Regel von Dankar): %2 (%3 der Population)</translation>
    </message>
    <message>
        <source>  %1: distinct l %2, entropy l %3, recursive (c=2) l %4; t-closeness %5 (%6 distance)</source>
        <translation>  %1: distinct l %2, Entropie-l %3, rekursiv (c=2) l %4; t-Closeness %5 (Distanz: %6)</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>geordnet</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Overlap of %1 (%2 records) with %3 (%4 records): %5 exact and %6 near copies (%7 of %1)</source>
        <translation>Überschneidung der %1 (%2 Datensätze) mit den %3 (%4 Datensätze): %5 exakte und %6 fast gleiche Kopien (%7 der %1)</translation>
    </message>
    <message>
        <source>  record %1 (%2) = record %3 (%4), distance %5</source>
        <translation>  Datensatz %1 (%2) = Datensatz %3 (%4), Abstand %5</translation>
    </message>
    <message>
        <source>Exact and near duplicates (Gower distance over mixed types) within a table, and the records it shares with another table (--against: a test set, another version) or, for a run of a project, between the run&apos;s members and non-members (train/test contamination, which inflates a membership attack&apos;s false positives).</source>
        <translation>Exakte und fast gleiche Duplikate (Gower-Distanz über gemischte Typen) innerhalb einer Tabelle und die Datensätze, die sie mit einer anderen Tabelle teilt (--against: ein Testdatensatz, eine andere Version), oder für einen Lauf eines Projekts zwischen dessen Mitgliedern und Nicht-Mitgliedern (Train/Test-Kontamination, die die falsch positiven Ergebnisse eines Mitgliedschaftsangriffs erhöht).</translation>
    </message>
    <message>
        <source>Near duplicates: Gower distance at most this, 0 for exact only (default 0.01).</source>
        <translation>Fast gleiche Duplikate: Gower-Distanz höchstens dieser Wert, 0 nur für exakte (Standard 0.01).</translation>
    </message>
    <message>
        <source>Columns compared (default: all but record numbers the PII scan finds).</source>
        <translation>Verglichene Spalten (Standard: alle außer Datensatznummern, die der PII-Scan findet).</translation>
    </message>
    <message>
        <source>A second CSV file: its records found in --data.</source>
        <translation>Eine zweite CSV-Datei: ihre in --data gefundenen Datensätze.</translation>
    </message>
    <message>
        <source>Project file, with --run.</source>
        <translation>Projektdatei, mit --run.</translation>
    </message>
    <message>
        <source>A run of --project: its members against its non-members.</source>
        <translation>Ein Lauf von --project: seine Mitglieder gegen seine Nicht-Mitglieder.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>non-members</source>
        <translation>Nicht-Mitglieder</translation>
    </message>
    <message>
        <source>Not compared (record numbers, distinct in every record): %1</source>
        <translation>Nicht verglichen (Datensatznummern, in jedem Datensatz verschieden): %1</translation>
    </message>
    <message>
        <source>%1 records, %2 distinct; exact duplicates: %3 groups, %4 records</source>
        <translation>%1 Datensätze, %2 verschieden; exakte Duplikate: %3 Gruppen, %4 Datensätze</translation>
    </message>
    <message>
        <source>Near duplicates (Gower distance ≤ %1): %2 pairs; %3 more records</source>
        <translation>Fast gleiche Duplikate (Gower-Distanz ≤ %1): %2 Paare; %3 weitere Datensätze</translation>
    </message>
    <message>
        <source>Records with a duplicate: %1 (%2) in %3 groups</source>
        <translation>Datensätze mit Duplikat: %1 (%2) in %3 Gruppen</translation>
    </message>
    <message>
        <source>  %1 records (%2): %3</source>
        <translation>  %1 Datensätze (%2): %3</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>near</source>
        <translation>fast gleich</translation>
    </message>
    <message>
        <source>Data minimisation (GDPR Art 5(1)(c)): drop columns and generalise others into a new CSV file, with the re-identification risk before and after; with --project the file is registered as a new version of the dataset, its derivation in the audit trail.</source>
        <translation>Datenminimierung (Art. 5 Abs. 1 lit. c DSGVO): Spalten entfernen und andere in eine neue CSV-Datei verallgemeinern, mit dem Re-Identifikationsrisiko vorher und nachher; mit --project wird die Datei als neue Version des Datensatzes registriert, ihre Herleitung im Audit-Trail.</translation>
    </message>
    <message>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <source>Columns to remove, comma-separated.</source>
        <translation>Zu entfernende Spalten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>COLUMN=year (dates), bin:WIDTH (numeric intervals), truncate:N (first N characters, postcodes), top:LIMIT or bottom:LIMIT (top and bottom coding); repeatable.</source>
        <translation>SPALTE=year (Datumsangaben), bin:BREITE (numerische Intervalle), truncate:N (erste N Zeichen, Postleitzahlen), top:GRENZE oder bottom:GRENZE (Top- und Bottom-Coding); wiederholbar.</translation>
    </message>
    <message>
        <source>The new CSV file.</source>
        <translation>Die neue CSV-Datei.</translation>
    </message>
    <message>
        <source>Quasi-identifiers for the risk before and after (default &apos;auto&apos;: the PII scan&apos;s).</source>
        <translation>Quasi-Identifikatoren für das Risiko vorher und nachher (Standard &apos;auto&apos;: die des PII-Scans).</translation>
    </message>
    <message>
        <source>Register the new file as a version of the dataset in this project.</source>
        <translation>Die neue Datei als Version des Datensatzes in diesem Projekt registrieren.</translation>
    </message>
    <message>
        <source>Nothing to do: give --drop or --generalise.</source>
        <translation>Nichts zu tun: --drop oder --generalise angeben.</translation>
    </message>
    <message>
        <source>--out must be a new file: the original data is kept as it is.</source>
        <translation>--out muss eine neue Datei sein: die ursprünglichen Daten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Minimised data written to %1 (%2 records, %3 columns; SHA-256 %4…)</source>
        <translation>Minimierte Daten nach %1 geschrieben (%2 Datensätze, %3 Spalten; SHA-256 %4…)</translation>
    </message>
    <message>
        <source>  %1: removed</source>
        <translation>  %1: entfernt</translation>
    </message>
    <message>
        <source>  %1: %2 → %3 distinct values, %4 cells changed</source>
        <translation>  %1: %2 → %3 verschiedene Werte, %4 Zellen geändert</translation>
    </message>
    <message>
        <source>Re-identification risk over %1 (before → after):</source>
        <translation>Re-Identifikationsrisiko über %1 (vorher → nachher):</translation>
    </message>
    <message>
        <source>  every quasi-identifier was dropped: no record can be linked on them any more</source>
        <translation>  jeder Quasi-Identifikator wurde entfernt: kein Datensatz kann mehr über sie verknüpft werden</translation>
    </message>
    <message>
        <source>  k-anonymity: %1 → %2</source>
        <translation>  k-Anonymität: %1 → %2</translation>
    </message>
    <message>
        <source>  sample uniques: %1 → %2</source>
        <translation>  Stichproben-Unikate: %1 → %2</translation>
    </message>
    <message>
        <source>  prosecutor risk: highest %1 → %2, average %3 → %4, records above %5: %6 → %7</source>
        <translation>  Prosecutor-Risiko: höchstes %1 → %2, durchschnittlich %3 → %4, Datensätze über %5: %6 → %7</translation>
    </message>
    <message>
        <source>  expected re-identifications: %1 → %2</source>
        <translation>  erwartete Re-Identifikationen: %1 → %2</translation>
    </message>
    <message>
        <source>Registered as dataset %1, a new version of dataset %2; the steps and the risk before and after are in the audit trail.</source>
        <translation>Als Datensatz %1 registriert, eine neue Version von Datensatz %2; die Schritte und das Risiko vorher und nachher stehen im Audit-Trail.</translation>
    </message>
    <message>
        <source>  Most identifying combinations (sample uniques; distinction; separation):</source>
        <translation>  Am stärksten identifizierende Kombinationen (Stichproben-Unikate; Distinktion; Separation):</translation>
    </message>
    <message>
        <source>    %1: %2; %3; %4</source>
        <translation>    %1: %2; %3; %4</translation>
    </message>
    <message>
        <source>  Population uniques: none estimated, because no record is unique in the table.</source>
        <translation>  Populations-Unikate: keine geschätzt, weil kein Datensatz in der Tabelle eindeutig ist.</translation>
    </message>
    <message>
        <source>A membership run of --project: its data&apos;s risk, and its most exposed members that are also at high re-identification risk or duplicated.</source>
        <translation>Ein Mitgliedschaftslauf von --project: das Risiko seiner Daten und seine am stärksten exponierten Mitglieder, die zugleich ein hohes Re-Identifikationsrisiko haben oder dupliziert sind.</translation>
    </message>
    <message>
        <source>With --run: the share of members counted as most exposed (default 0.05).</source>
        <translation>Mit --run: der Anteil der Mitglieder, die als am stärksten exponiert gelten (Standard 0.05).</translation>
    </message>
    <message>
        <source>Linked to run %1 (membership inference):</source>
        <translation>Verknüpft mit Lauf %1 (Membership Inference):</translation>
    </message>
    <message>
        <source>    data row %1: attack score %2, class of %3, re-identification risk %4, duplicate group of %5</source>
        <translation>    Datenzeile %1: Angriffswert %2, Klasse aus %3, Re-Identifikationsrisiko %4, Duplikatgruppe aus %5</translation>
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
        <translation>Aufruf: privaudit-cli [--lang en|de|fr] [--threads N] &lt;Befehl&gt; [Optionen]

Misst das Datenschutzrisiko von Machine-Learning-Modellen, ohne grafische Oberfläche.

Befehle:
  version [--json]     Version von PrivAudit und der geladenen Bibliotheken
  doctor [--json]      Umgebung prüfen und Geschwindigkeit der Matrixmultiplikation messen
  accountant           Differential-Privacy-Buchführung (Epsilon, Delta, Kalibrierung)
  train                Ein Modell (optional mit DP-SGD) auf einer CSV-Datei oder den Demodaten trainieren
  encode --data F --encoder MODEL.encoder.json --out X.csv
                       Eine CSV-Datei als Eingaben eines Modells kodieren (der Eingabevertrag aus train --help)
  attack mia           Membership Inference (LOSS, LiRA, RMIA, ...) mit ehrlicher Statistik
  attack attribute     Attribut-Inferenz gegen die Imputations-Basislinie (--sensitive SPALTE)
  attack canary        Canary-Exposition (Secret Sharer): Memorierung nach Anzahl der Wiederholungen
  attack memorisation  Kontrafaktische Memorierung jedes Mitglieds aus den Referenzmodellen von LiRA
  attack reconstruction
                       Informierter Angreifer: eine Trainingszeile aus logreg oder tanh-MLP rekonstruiert
  attack inversion     MI-Face: Klassenrepräsentanten, näher an Mitgliedern als an zurückgehaltenen Zeilen?
  attack audit         Datenschutzaudit in einem Lauf: eine empirische untere Schranke für Epsilon
  project create|info|verify|log FILE
                       Ein .privaudit-Projekt anlegen, anzeigen, prüfen oder seinen Audit-Trail zeigen
  data scan --data FILE
                       Personenbezogene Daten pro Spalte: Identifikatoren, Quasi-Identifikatoren, Art. 9/10 DSGVO
  data risk --data FILE --quasi A,B,C [--sensitive S] [--population-size N]
                       Re-Identifikationsrisiko: k-Anonymität, Prosecutor/Journalist/Marketer, Unikate
  data duplicates --data FILE [--against FILE | --project FILE --run ID] [--threshold D]
                       Exakte und fast gleiche (Gower) Duplikate; Überschneidung mit einer anderen Menge oder dem Split eines Laufs
  data minimise --data FILE [--drop A,B] [--generalise COL=year|bin:W|truncate:N|top:X] --out FILE
                       Eine minimierte Version, Re-Identifikationsrisiko vorher und nachher
  data datasheet --project FILE --dataset ID [--answer Q=TEXT] [--licence SPDX] [--export spdx|croissant]
                       Datenblatt (Gebru et al.), SPDX-Lizenz, DSGVO-Grundlagen, Vollständigkeit
  run SPEC.json --project FILE
                       Eine Auftragsspezifikation ausführen und die Ergebnisse im Projekt speichern
  export --project FILE --run ID --format json|csv
                       Statistik oder Scores je Datensatz eines gespeicherten Laufs exportieren
  compare --project FILE --runs ID,ID[,...]
                       Mitgliedschaftsläufe nebeneinander, die Unterschiede mit ihren Intervallen
  subgroups --project FILE --run ID --column COL
                       Wo sich das Risiko eines Mitgliedschaftslaufs konzentriert: seine Statistiken je Untergruppe
  sweep --data FILE --label COL --epsilons 0.5,1,2,4,8,inf --project FILE
                       Abwägung Datenschutz–Nutzen: bei jedem Epsilon trainieren und angreifen
  assess classify --answers FILE
                       Einstufung nach KI-Verordnung: Stufen, Begründung, Pflichten und Fristen
  assess export|import|suggest|review --project FILE
                       Die Bewertung (Checklisten, Risikomatrix) als JSON, CSV oder Markdown
  report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]
                       Der Auditbericht: archivfähiges PDF (PDF/A-1b) oder HTML, Entwurf oder endgültig, signiert
  sign --pdf report.pdf --key KEY.p12 [--role dpo] [--project FILE]
                       Eine weitere Signatur auf einem Bericht (frühere bleiben gültig)
  demo [--out DIR]     Der Hauptauftrag mit den eingebauten Demodaten: ein Modell ohne und eines mit
                       DP trainieren, beide angreifen und alles in DIR/demo.privaudit speichern

Globale Optionen:
  -h, --help           Diese Hilfe; &apos;&lt;Befehl&gt; --help&apos; für die Optionen eines Befehls
  --version [--json]   Wie der Befehl version

Exit-Codes: 0 Erfolg, 1 Fehlschlag, 2 falscher Aufruf oder fehlerhafte Eingabe.</translation>
    </message>
    <message>
        <source>The file of dataset %1 cannot be read (%2): the completeness does not know whether special categories or criminal-offence data need their grounds.</source>
        <translation>Die Datei von Datensatz %1 kann nicht gelesen werden (%2): die Vollständigkeit weiß nicht, ob besondere Kategorien oder Daten über Straftaten ihre Rechtsgrundlagen brauchen.</translation>
    </message>
    <message>
        <source>A dataset&apos;s datasheet (Gebru et al., Datasheets for Datasets): the questions of its seven sections, the licence as an SPDX expression checked against the shipped list, the GDPR grounds, and its completeness; changes are audited. Export as SPDX 3.0.1 JSON-LD (Dataset profile) or Croissant 1.0 with RAI; import from either.</source>
        <translation>Das Datenblatt eines Datensatzes (Gebru et al., Datasheets for Datasets): die Fragen seiner sieben Abschnitte, die Lizenz als SPDX-Ausdruck, geprüft gegen die mitgelieferte Liste, die DSGVO-Grundlagen und seine Vollständigkeit; Änderungen werden protokolliert. Export als SPDX 3.0.1 JSON-LD (Dataset-Profil) oder Croissant 1.0 mit RAI; Import aus beiden.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Projektdatei.</translation>
    </message>
    <message>
        <source>Dataset id in the project.</source>
        <translation>Datensatz-ID im Projekt.</translation>
    </message>
    <message>
        <source>QUESTION=TEXT, e.g. collection.process=&quot;Survey 2024&quot;; repeatable.</source>
        <translation>FRAGE=TEXT, z. B. collection.process=&quot;Umfrage 2024&quot;; wiederholbar.</translation>
    </message>
    <message>
        <source>The licence as an SPDX expression (CC-BY-4.0, MIT OR Apache-2.0, LicenseRef-internal).</source>
        <translation>Die Lizenz als SPDX-Ausdruck (CC-BY-4.0, MIT OR Apache-2.0, LicenseRef-internal).</translation>
    </message>
    <message>
        <source>GDPR Art 6(1) basis: art6-1-a ... art6-1-f.</source>
        <translation>Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO: art6-1-a ... art6-1-f.</translation>
    </message>
    <message>
        <source>GDPR Art 9(2) condition: art9-2-a ... art9-2-j.</source>
        <translation>Bedingung nach Art. 9 Abs. 2 DSGVO: art9-2-a ... art9-2-j.</translation>
    </message>
    <message>
        <source>The law that authorises processing criminal-offence data (Art 10).</source>
        <translation>Das Gesetz, das die Verarbeitung von Daten über Straftaten erlaubt (Art. 10).</translation>
    </message>
    <message>
        <source>Read the answers from a PrivAudit datasheet, SPDX 3 or Croissant file.</source>
        <translation>Die Antworten aus einem PrivAudit-Datenblatt, einer SPDX-3- oder Croissant-Datei lesen.</translation>
    </message>
    <message>
        <source>Write the datasheet as spdx, croissant or json to --out.</source>
        <translation>Das Datenblatt als spdx, croissant oder json nach --out schreiben.</translation>
    </message>
    <message>
        <source>File for --export.</source>
        <translation>Datei für --export.</translation>
    </message>
    <message>
        <source>--export takes spdx, croissant or json, with --out FILE.</source>
        <translation>--export nimmt spdx, croissant oder json, mit --out DATEI.</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Datensatz %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the question must be one of %2.</source>
        <translation>&apos;%1&apos;: die Frage muss eine von %2 sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid SPDX licence expression: %2.</source>
        <translation>&apos;%1&apos; ist kein gültiger SPDX-Lizenzausdruck: %2.</translation>
    </message>
    <message>
        <source>Datasheet of dataset %1 &apos;%2&apos;: %3 complete (%4 of %5)</source>
        <translation>Datenblatt von Datensatz %1 &apos;%2&apos;: %3 vollständig (%4 von %5)</translation>
    </message>
    <message>
        <source>  %1 [%2]</source>
        <translation>  %1 [%2]</translation>
    </message>
    <message>
        <source>(unanswered)</source>
        <translation>(unbeantwortet)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Lawful basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>Art 9(2) condition: %1</source>
        <translation>Bedingung nach Art. 9 Abs. 2: %1</translation>
    </message>
    <message>
        <source>Art 10 basis: %1</source>
        <translation>Grundlage nach Art. 10: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>data: use &apos;data scan --data F&apos; (personal data per column), &apos;data risk --data F --quasi A,B,C&apos; (re-identification risk), &apos;data duplicates --data F&apos; (exact and near duplicates, --against G or --project P --run N for overlaps), &apos;data minimise --data F --drop A --generalise B=bin:10 --out G&apos; (a minimised version, risk before and after) or &apos;data datasheet --project P --dataset N&apos; (documentation, SPDX and Croissant).</source>
        <translation>data: &apos;data scan --data F&apos; (personenbezogene Daten pro Spalte), &apos;data risk --data F --quasi A,B,C&apos; (Re-Identifikationsrisiko), &apos;data duplicates --data F&apos; (exakte und fast gleiche Duplikate, --against G oder --project P --run N für Überschneidungen), &apos;data minimise --data F --drop A --generalise B=bin:10 --out G&apos; (eine minimierte Version, Risiko vorher und nachher) oder &apos;data datasheet --project P --dataset N&apos; (Dokumentation, SPDX und Croissant) verwenden.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::ColumnPlan</name>
    <message>
        <source>&apos;%1&apos; is not NAME=TYPE (for example credit=categorical).</source>
        <translation>&apos;%1&apos; hat nicht die Form NAME=TYP (zum Beispiel credit=categorical).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the type must be categorical, numeric or boolean, got &apos;%2&apos;.</source>
        <translation>&apos;%1&apos;: Der Typ muss categorical, numeric oder boolean sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=ROLE (for example case_number=identifier).</source>
        <translation>&apos;%1&apos; hat nicht die Form NAME=ROLLE (zum Beispiel case_number=identifier).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the role must be feature, sensitive, identifier, ignored or label, got &apos;%2&apos;.</source>
        <translation>&apos;%1&apos;: Die Rolle muss feature, sensitive, identifier, ignored oder label sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A type is declared for the column &apos;%1&apos;, which does not exist; the columns are: %2.</source>
        <translation>Für die Spalte &apos;%1&apos; ist ein Typ festgelegt, aber sie existiert nicht; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2 distinct values in %3 rows)</source>
        <translation>&apos;%1&apos; (%2 verschiedene Werte in %3 Zeilen)</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s inputs because almost every row has its own value, which a model would memorise (identifying individuals) and which makes training slow: %1. Declare a column&apos;s role as feature to keep it.</source>
        <translation>Nicht als Modelleingaben verwendet, weil fast jede Zeile ihren eigenen Wert hat, den ein Modell auswendig lernen würde (und damit Personen identifizierbar machte) und der das Training verlangsamt: %1. Legen Sie die Rolle einer Spalte als feature fest, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::CsvImporter</name>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Die Datei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read: %2</source>
        <translation>Die Datei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, data row %2: &apos;%3&apos; is not a number, but the column is numeric.</source>
        <translation>Spalte &apos;%1&apos;, Datenzeile %2: &apos;%3&apos; ist keine Zahl, die Spalte ist aber numerisch.</translation>
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
        <source>Column &apos;%1&apos; is declared numeric but holds text.</source>
        <translation>Die Spalte &apos;%1&apos; ist als numerisch angegeben, enthält aber Text.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has too many distinct numbers to be categorical.</source>
        <translation>Die Spalte &apos;%1&apos; hat zu viele verschiedene Zahlen, um kategorial zu sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (column %2) is now &apos;%3&apos;</source>
        <translation>&apos;%1&apos; (Spalte %2) heißt jetzt &apos;%3&apos;</translation>
    </message>
    <message>
        <source>The header names some columns more than once; they were renamed: %1.</source>
        <translation>Die Kopfzeile nennt einige Spalten mehrfach; sie wurden umbenannt: %1.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;, data row %2: &apos;%3&apos; is not a finite number; write a finite value, leave the cell empty (missing), or declare the column categorical.</source>
        <translation>Spalte &apos;%1&apos;, Datenzeile %2: &apos;%3&apos; ist keine endliche Zahl; schreiben Sie einen endlichen Wert, lassen Sie die Zelle leer (fehlend) oder deklarieren Sie die Spalte als kategorial.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: %2 cells read &apos;NaN&apos; and were taken as missing values.</source>
        <translation>Spalte &apos;%1&apos;: %2 Zellen lauten &apos;NaN&apos; und wurden als fehlende Werte behandelt.</translation>
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
        <source>The column &apos;%1&apos; does not exist; the columns are: %2.</source>
        <translation>Die Spalte &apos;%1&apos; existiert nicht; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; holds numbers with fractions (such as %2), so it cannot be a class label; PrivAudit trains classifiers.</source>
        <translation>Die Spalte &apos;%1&apos; enthält Zahlen mit Nachkommastellen (etwa %2) und kann daher kein Klassenlabel sein; PrivAudit trainiert Klassifikatoren.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; has more than %2 distinct numbers, so it is not read as a class label (PrivAudit trains classifiers). Declare it categorical to use it anyway.</source>
        <translation>Die Spalte &apos;%1&apos; hat mehr als %2 verschiedene Zahlen und wird daher nicht als Klassenlabel gelesen (PrivAudit trainiert Klassifikatoren). Legen Sie sie als kategorial fest, um sie trotzdem zu verwenden.</translation>
    </message>
    <message>
        <source>The numeric column &apos;%1&apos; is read as a class label with %2 classes: %3.</source>
        <translation>Die numerische Spalte &apos;%1&apos; wird als Klassenlabel mit %2 Klassen gelesen: %3.</translation>
    </message>
</context>
<context>
    <name>privaudit::data::DemoData</name>
    <message>
        <source>Synthetic demo data: generated patient records; no real person&apos;s data.</source>
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
        <source>The label column &apos;%1&apos; is numeric; PrivAudit trains classifiers, so the label must be categorical or boolean.</source>
        <translation>Die Zielspalte &apos;%1&apos; ist numerisch; PrivAudit trainiert Klassifikatoren, daher muss der Zielwert kategorial oder boolesch sein.</translation>
    </message>
    <message>
        <source>The label column &apos;%1&apos; has fewer than two classes.</source>
        <translation>Die Zielspalte &apos;%1&apos; hat weniger als zwei Klassen.</translation>
    </message>
    <message>
        <source>No feature columns: every column is the label, an identifier or ignored.</source>
        <translation>Keine Merkmalsspalten: jede Spalte ist Zielwert, Kennung oder ignoriert.</translation>
    </message>
    <message>
        <source>DP training fits the encoder on rows outside the training set, and there are none: use fewer training rows.</source>
        <translation>DP-Training passt den Encoder auf Zeilen außerhalb der Trainingsmenge an, und es gibt keine: Verwenden Sie weniger Trainingszeilen.</translation>
    </message>
    <message>
        <source>The class &apos;%1&apos; of the label &apos;%2&apos; occurs only in training rows; DP training takes its classes from the other rows, so merge or drop that class.</source>
        <translation>Die Klasse &apos;%1&apos; des Labels &apos;%2&apos; kommt nur in Trainingszeilen vor; DP-Training nimmt seine Klassen aus den anderen Zeilen, also führen Sie diese Klasse mit einer anderen zusammen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>There are no rows to fit the encoder on.</source>
        <translation>Es gibt keine Zeilen, auf die der Encoder angepasst werden kann.</translation>
    </message>
    <message>
        <source>The label column &apos;%1&apos; has fewer than two classes on the rows outside the training set, which DP training takes its classes from.</source>
        <translation>Die Label-Spalte &apos;%1&apos; hat auf den Zeilen außerhalb der Trainingsmenge, aus denen DP-Training seine Klassen nimmt, weniger als zwei Klassen.</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>die Spalte &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is %2 here but %3 in the encoder</source>
        <translation>die Spalte &apos;%1&apos; ist hier %2, im Encoder aber %3</translation>
    </message>
    <message>
        <source>the label column &apos;%1&apos; is missing</source>
        <translation>die Label-Spalte &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>Not a PrivAudit encoder file: %1.</source>
        <translation>Keine PrivAudit-Encoder-Datei: %1.</translation>
    </message>
    <message>
        <source>the &quot;format&quot; field is not &quot;%1&quot;</source>
        <translation>das Feld &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported (this PrivAudit reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses PrivAudit liest Version %2)</translation>
    </message>
    <message>
        <source>it names no label column with at least two classes</source>
        <translation>sie nennt keine Label-Spalte mit mindestens zwei Klassen</translation>
    </message>
    <message>
        <source>an input has no column name</source>
        <translation>eine Eingabe hat keinen Spaltennamen</translation>
    </message>
    <message>
        <source>the standardisation of &apos;%1&apos; is not finite</source>
        <translation>die Standardisierung von &apos;%1&apos; ist nicht endlich</translation>
    </message>
    <message>
        <source>the input &apos;%1&apos; has the unknown type &apos;%2&apos;</source>
        <translation>die Eingabe &apos;%1&apos; hat den unbekannten Typ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it has no inputs</source>
        <translation>sie hat keine Eingaben</translation>
    </message>
    <message>
        <source>its input_width %1 does not match its inputs (%2)</source>
        <translation>ihre input_width %1 passt nicht zu ihren Eingaben (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The input encoding (categories, classes and standardisation) was fitted on the %n rows not used for training (held-out and population rows); categories seen fewer than %1 times there share the &apos;other&apos; input with unseen and missing values. Nothing about the encoder or the model&apos;s input layout depends on the training rows.</source>
        <translation>
            <numerusform>Die Eingabekodierung (Kategorien, Klassen und Standardisierung) wurde auf der %n nicht zum Training verwendeten Zeile angepasst (zurückgehaltene und Populationszeilen); Kategorien, die dort seltener als %1-mal vorkommen, teilen sich die Eingabe für andere Werte mit ungesehenen und fehlenden Werten. Nichts am Encoder oder am Eingabeaufbau des Modells hängt von den Trainingszeilen ab.</numerusform>
            <numerusform>Die Eingabekodierung (Kategorien, Klassen und Standardisierung) wurde auf den %n nicht zum Training verwendeten Zeilen angepasst (zurückgehaltene und Populationszeilen); Kategorien, die dort seltener als %1-mal vorkommen, teilen sich die Eingabe für andere Werte mit ungesehenen und fehlenden Werten. Nichts am Encoder oder am Eingabeaufbau des Modells hängt von den Trainingszeilen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The input encoding (categories and standardisation) was fitted on the %n training rows: the model&apos;s input layout and the encoder depend on who is in the training set, which no DP guarantee covers.</source>
        <translation>
            <numerusform>Die Eingabekodierung (Kategorien und Standardisierung) wurde auf der %n Trainingszeile angepasst: Der Eingabeaufbau des Modells und der Encoder hängen davon ab, wer in der Trainingsmenge ist, was keine DP-Garantie abdeckt.</numerusform>
            <numerusform>Die Eingabekodierung (Kategorien und Standardisierung) wurde auf den %n Trainingszeilen angepasst: Der Eingabeaufbau des Modells und der Encoder hängen davon ab, wer in der Trainingsmenge ist, was keine DP-Garantie abdeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The declared encoder gives &apos;%1&apos; a scale of %2; a scale must be positive.</source>
        <translation>Der angegebene Encoder gibt &apos;%1&apos; die Skalierung %2; eine Skalierung muss positiv sein.</translation>
    </message>
    <message>
        <source>The input encoding (categories, classes and standardisation) was declared by the user (encoder SHA-256 %1) and used as given: nothing about it was derived from the data. A DP guarantee covers the preprocessing only if those categories and bounds are public knowledge, not read off the training rows.</source>
        <translation>Die Eingabekodierung (Kategorien, Klassen und Standardisierung) wurde vom Benutzer angegeben (Encoder SHA-256 %1) und unverändert verwendet: Nichts davon wurde aus den Daten abgeleitet. Eine DP-Garantie deckt die Vorverarbeitung nur ab, wenn diese Kategorien und Grenzen öffentlich bekannt sind und nicht aus den Trainingszeilen abgelesen wurden.</translation>
    </message>
    <message>
        <source>The encoder&apos;s DP estimates need a positive epsilon, got %1.</source>
        <translation>Die DP-Schätzungen des Encoders brauchen ein positives Epsilon, erhalten: %1.</translation>
    </message>
    <message>
        <source>it was fitted by DP estimates but gives no positive dp_epsilon</source>
        <translation>er wurde durch DP-Schätzungen angepasst, nennt aber kein positives dp_epsilon</translation>
    </message>
    <message numerus="yes">
        <source>The input encoding was estimated from the %n training rows by differentially private mechanisms with epsilon %1 (median and interquartile range of each numeric column by the exponential mechanism, category counts by the Laplace mechanism; categories with a noisy count below %2 share the &apos;other&apos; input); the category domain, ranges and classes come from the rows not used for training. That epsilon is part of the run&apos;s epsilon.</source>
        <translation>
            <numerusform>Die Eingabekodierung wurde aus der %n Trainingszeile durch differentiell private Mechanismen mit Epsilon %1 geschätzt (Median und Interquartilsabstand jeder numerischen Spalte durch den Exponential-Mechanismus, Kategorienzählungen durch den Laplace-Mechanismus; Kategorien mit einer verrauschten Zählung unter %2 teilen sich die Eingabe „andere“); Kategorienbereich, Wertebereiche und Klassen stammen aus den nicht zum Training verwendeten Zeilen. Dieses Epsilon ist Teil des Epsilons des Laufs.</numerusform>
            <numerusform>Die Eingabekodierung wurde aus den %n Trainingszeilen durch differentiell private Mechanismen mit Epsilon %1 geschätzt (Median und Interquartilsabstand jeder numerischen Spalte durch den Exponential-Mechanismus, Kategorienzählungen durch den Laplace-Mechanismus; Kategorien mit einer verrauschten Zählung unter %2 teilen sich die Eingabe „andere“); Kategorienbereich, Wertebereiche und Klassen stammen aus den nicht zum Training verwendeten Zeilen. Dieses Epsilon ist Teil des Epsilons des Laufs.</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n Schritt des Gauß-Mechanismus mit Rauschmultiplikator %1</numerusform>
            <numerusform>%n Schritte des Gauß-Mechanismus mit Rauschmultiplikator %1</numerusform>
        </translation>
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
        <source>Each example&apos;s gradient was clipped to an L2 norm of at most %1 before the noise was added.</source>
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
    <name>privaudit::governance::Datasheet</name>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Zusammensetzung</translation>
    </message>
    <message>
        <source>Collection process</source>
        <translation>Erhebungsprozess</translation>
    </message>
    <message>
        <source>Preprocessing, cleaning, labelling</source>
        <translation>Vorverarbeitung, Bereinigung, Annotation</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>For what purpose was the dataset created? Was there a specific task in mind?</source>
        <translation>Zu welchem Zweck wurde der Datensatz erstellt? Gab es eine bestimmte Aufgabe?</translation>
    </message>
    <message>
        <source>Who created the dataset, on behalf of which entity, and who funded it?</source>
        <translation>Wer hat den Datensatz erstellt, im Auftrag welcher Stelle, und wer hat ihn finanziert?</translation>
    </message>
    <message>
        <source>What do the instances represent (people, transactions, ...), and how many are there?</source>
        <translation>Was stellen die Instanzen dar (Personen, Transaktionen, ...), und wie viele gibt es?</translation>
    </message>
    <message>
        <source>Is it a sample of a larger set? If so, of which population, and how was it drawn?</source>
        <translation>Ist er eine Stichprobe aus einer größeren Menge? Wenn ja, aus welcher Population, und wie wurde sie gezogen?</translation>
    </message>
    <message>
        <source>Is any information missing from individual instances, and why?</source>
        <translation>Fehlen bei einzelnen Instanzen Angaben, und warum?</translation>
    </message>
    <message>
        <source>Does it identify individuals, directly or indirectly, or hold data that might be considered sensitive (special categories, criminal offences)?</source>
        <translation>Identifiziert er Personen direkt oder indirekt, oder enthält er Daten, die als sensibel gelten könnten (besondere Kategorien, Straftaten)?</translation>
    </message>
    <message>
        <source>Does it identify subpopulations (by age, gender, ...), and how are they distributed?</source>
        <translation>Weist er Teilpopulationen aus (nach Alter, Geschlecht, ...), und wie sind sie verteilt?</translation>
    </message>
    <message>
        <source>How was the data acquired, by whom, and over what timeframe?</source>
        <translation>Wie wurden die Daten erhoben, von wem und in welchem Zeitraum?</translation>
    </message>
    <message>
        <source>Were the individuals notified of the collection, and did they consent? How can consent be revoked?</source>
        <translation>Wurden die Personen über die Erhebung informiert, und haben sie eingewilligt? Wie kann die Einwilligung widerrufen werden?</translation>
    </message>
    <message>
        <source>Has the potential impact on the data subjects been analysed (a data protection impact assessment, GDPR Art 35)?</source>
        <translation>Wurden die möglichen Folgen für die betroffenen Personen untersucht (Datenschutz-Folgenabschätzung, Art. 35 DSGVO)?</translation>
    </message>
    <message>
        <source>Was any preprocessing, cleaning or labelling done (binning, removed instances, missing values)?</source>
        <translation>Wurde vorverarbeitet, bereinigt oder annotiert (Klassenbildung, entfernte Instanzen, fehlende Werte)?</translation>
    </message>
    <message>
        <source>Was the raw data kept besides the preprocessed data, and where?</source>
        <translation>Wurden die Rohdaten neben den vorverarbeiteten Daten aufbewahrt, und wo?</translation>
    </message>
    <message>
        <source>Has it been used for any tasks already? What tasks could it be used for?</source>
        <translation>Wurde er bereits für Aufgaben verwendet? Für welche Aufgaben könnte er verwendet werden?</translation>
    </message>
    <message>
        <source>Could anything about its composition or collection lead to unfair treatment of individuals or groups, or other harms?</source>
        <translation>Könnte etwas an seiner Zusammensetzung oder Erhebung zu einer unfairen Behandlung von Personen oder Gruppen oder zu anderen Schäden führen?</translation>
    </message>
    <message>
        <source>Are there tasks for which it should not be used?</source>
        <translation>Gibt es Aufgaben, für die er nicht verwendet werden sollte?</translation>
    </message>
    <message>
        <source>Will it be given to third parties outside the entity that created it, and how?</source>
        <translation>Wird er an Dritte außerhalb der erstellenden Stelle weitergegeben, und wie?</translation>
    </message>
    <message>
        <source>Are there copyright, intellectual-property or regulatory restrictions on it (terms of use, export controls)?</source>
        <translation>Gibt es urheberrechtliche, immaterialgüterrechtliche oder regulatorische Beschränkungen (Nutzungsbedingungen, Exportkontrollen)?</translation>
    </message>
    <message>
        <source>Who supports and maintains it, and how can they be contacted?</source>
        <translation>Wer betreut und pflegt ihn, und wie ist diese Stelle erreichbar?</translation>
    </message>
    <message>
        <source>Will it be updated (corrections, new instances, deletions), how often and by whom?</source>
        <translation>Wird er aktualisiert (Korrekturen, neue Instanzen, Löschungen), wie oft und von wem?</translation>
    </message>
    <message>
        <source>Are there limits on how long data about individuals is kept (GDPR Art 5(1)(e))?</source>
        <translation>Gibt es Grenzen, wie lange Daten über Personen gespeichert werden (Art. 5 Abs. 1 lit. e DSGVO)?</translation>
    </message>
    <message>
        <source>Consent (GDPR Art 6(1)(a))</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <source>Performance of a contract (Art 6(1)(b))</source>
        <translation>Vertragserfüllung (Art. 6 Abs. 1 lit. b)</translation>
    </message>
    <message>
        <source>Legal obligation (Art 6(1)(c))</source>
        <translation>Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c)</translation>
    </message>
    <message>
        <source>Vital interests (Art 6(1)(d))</source>
        <translation>Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d)</translation>
    </message>
    <message>
        <source>Public interest or official authority (Art 6(1)(e))</source>
        <translation>Öffentliches Interesse oder öffentliche Gewalt (Art. 6 Abs. 1 lit. e)</translation>
    </message>
    <message>
        <source>Legitimate interests (Art 6(1)(f))</source>
        <translation>Berechtigte Interessen (Art. 6 Abs. 1 lit. f)</translation>
    </message>
    <message>
        <source>Explicit consent (Art 9(2)(a))</source>
        <translation>Ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a)</translation>
    </message>
    <message>
        <source>Employment and social security law (Art 9(2)(b))</source>
        <translation>Arbeitsrecht und Recht der sozialen Sicherheit (Art. 9 Abs. 2 lit. b)</translation>
    </message>
    <message>
        <source>Vital interests, consent impossible (Art 9(2)(c))</source>
        <translation>Lebenswichtige Interessen, Einwilligung unmöglich (Art. 9 Abs. 2 lit. c)</translation>
    </message>
    <message>
        <source>Foundation, association or other not-for-profit body (Art 9(2)(d))</source>
        <translation>Stiftung, Vereinigung oder sonstige Organisation ohne Gewinnerzielungsabsicht (Art. 9 Abs. 2 lit. d)</translation>
    </message>
    <message>
        <source>Made manifestly public by the data subject (Art 9(2)(e))</source>
        <translation>Von der betroffenen Person offensichtlich öffentlich gemacht (Art. 9 Abs. 2 lit. e)</translation>
    </message>
    <message>
        <source>Legal claims or courts (Art 9(2)(f))</source>
        <translation>Rechtsansprüche oder Gerichte (Art. 9 Abs. 2 lit. f)</translation>
    </message>
    <message>
        <source>Substantial public interest (Art 9(2)(g))</source>
        <translation>Erhebliches öffentliches Interesse (Art. 9 Abs. 2 lit. g)</translation>
    </message>
    <message>
        <source>Health or social care (Art 9(2)(h))</source>
        <translation>Gesundheits- oder Sozialversorgung (Art. 9 Abs. 2 lit. h)</translation>
    </message>
    <message>
        <source>Public interest in public health (Art 9(2)(i))</source>
        <translation>Öffentliches Interesse im Bereich der öffentlichen Gesundheit (Art. 9 Abs. 2 lit. i)</translation>
    </message>
    <message>
        <source>Archiving, scientific or historical research, statistics (Art 9(2)(j))</source>
        <translation>Archivzwecke, wissenschaftliche oder historische Forschung, Statistik (Art. 9 Abs. 2 lit. j)</translation>
    </message>
    <message>
        <source>The licence (an SPDX expression, e.g. CC-BY-4.0)</source>
        <translation>Die Lizenz (ein SPDX-Ausdruck, z. B. CC-BY-4.0)</translation>
    </message>
    <message>
        <source>The licence &apos;%1&apos; is not a valid SPDX expression: %2.</source>
        <translation>Die Lizenz &apos;%1&apos; ist kein gültiger SPDX-Ausdruck: %2.</translation>
    </message>
    <message>
        <source>The SPDX list marks %1 as deprecated; use its current identifier.</source>
        <translation>Die SPDX-Liste markiert %1 als veraltet; verwenden Sie die aktuelle Kennung.</translation>
    </message>
    <message>
        <source>The lawful basis of the processing (GDPR Art 6(1))</source>
        <translation>Die Rechtsgrundlage der Verarbeitung (Art. 6 Abs. 1 DSGVO)</translation>
    </message>
    <message>
        <source>The condition of GDPR Art 9(2) that allows processing the special categories the scan found</source>
        <translation>Die Bedingung nach Art. 9 Abs. 2 DSGVO, die die Verarbeitung der vom Scan gefundenen besonderen Kategorien erlaubt</translation>
    </message>
    <message>
        <source>The Union or Member State law that authorises processing the criminal-offence data the scan found (GDPR Art 10)</source>
        <translation>Das Unions- oder mitgliedstaatliche Recht, das die Verarbeitung der vom Scan gefundenen Daten über Straftaten erlaubt (Art. 10 DSGVO)</translation>
    </message>
    <message>
        <source>This is not a PrivAudit datasheet (format &apos;%1&apos;).</source>
        <translation>Dies ist kein PrivAudit-Datenblatt (Format &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Datasheet format version %1 is not supported (this PrivAudit reads version 1).</source>
        <translation>Datenblatt-Formatversion %1 wird nicht unterstützt (dieses PrivAudit liest Version 1).</translation>
    </message>
    <message>
        <source>The datasheet has an unknown question &apos;%1&apos;.</source>
        <translation>Das Datenblatt hat eine unbekannte Frage &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The answer to &apos;%1&apos; must be text.</source>
        <translation>Die Antwort auf &apos;%1&apos; muss Text sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lawful basis; use one of %2.</source>
        <translation>&apos;%1&apos; ist keine Rechtsgrundlage; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a condition of GDPR Art 9(2); use one of %2.</source>
        <translation>&apos;%1&apos; ist keine Bedingung nach Art. 9 Abs. 2 DSGVO; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>The SPDX document has no dataset_DatasetPackage element.</source>
        <translation>Das SPDX-Dokument hat kein dataset_DatasetPackage-Element.</translation>
    </message>
    <message>
        <source>The file is neither a PrivAudit datasheet, an SPDX 3 JSON-LD document nor a Croissant dataset.</source>
        <translation>Die Datei ist weder ein PrivAudit-Datenblatt noch ein SPDX-3-JSON-LD-Dokument noch ein Croissant-Datensatz.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::Duplicates</name>
    <message>
        <source>There is no column &apos;%1&apos;; the columns are: %2.</source>
        <translation>Es gibt keine Spalte &apos;%1&apos;; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is numeric in one table and not in the other; declare the same type in both to compare them.</source>
        <translation>Die Spalte &apos;%1&apos; ist in einer Tabelle numerisch und in der anderen nicht; deklarieren Sie in beiden denselben Typ, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>No columns to compare.</source>
        <translation>Keine Spalten zum Vergleichen.</translation>
    </message>
    <message>
        <source>The near-duplicate search stopped after %1 comparisons: at this threshold most records are near each other. Lower the threshold or compare fewer columns.</source>
        <translation>Die Suche nach fast gleichen Duplikaten wurde nach %1 Vergleichen beendet: bei diesem Schwellenwert liegen die meisten Datensätze nahe beieinander. Senken Sie den Schwellenwert oder vergleichen Sie weniger Spalten.</translation>
    </message>
    <message>
        <source>The near-duplicate threshold must be at least 0 and below 1 (a Gower distance), got %1.</source>
        <translation>Der Schwellenwert für fast gleiche Duplikate muss mindestens 0 und kleiner als 1 sein (eine Gower-Distanz), erhalten: %1.</translation>
    </message>
    <message>
        <source>Record %1 is outside the table (%2 records).</source>
        <translation>Datensatz %1 liegt außerhalb der Tabelle (%2 Datensätze).</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::Minimisation</name>
    <message>
        <source>There is no column &apos;%1&apos; to minimise; the columns are: %2.</source>
        <translation>Es gibt keine Spalte &apos;%1&apos; zum Minimieren; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; has more than one step; give one.</source>
        <translation>Die Spalte &apos;%1&apos; hat mehr als einen Schritt; geben Sie einen an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the column &apos;%2&apos; is not numeric.</source>
        <translation>&apos;%1&apos;: die Spalte &apos;%2&apos; ist nicht numerisch.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the column &apos;%2&apos; holds numbers, not dates.</source>
        <translation>&apos;%1&apos;: die Spalte &apos;%2&apos; enthält Zahlen, keine Datumsangaben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: record %2 has &apos;%3&apos;, which is not a date.</source>
        <translation>&apos;%1&apos;: Datensatz %2 enthält &apos;%3&apos;, das kein Datum ist.</translation>
    </message>
    <message>
        <source>Every column would be dropped.</source>
        <translation>Jede Spalte würde entfernt.</translation>
    </message>
    <message>
        <source>The minimised table cannot be read back: %1</source>
        <translation>Die minimierte Tabelle kann nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::MinimisationStep</name>
    <message>
        <source>&apos;%1&apos;: a step is COLUMN=drop, year, bin:WIDTH, truncate:N, top:LIMIT or bottom:LIMIT.</source>
        <translation>&apos;%1&apos;: ein Schritt ist SPALTE=drop, year, bin:BREITE, truncate:N, top:GRENZE oder bottom:GRENZE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; takes no argument.</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; nimmt kein Argument.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the bin width must be a positive number.</source>
        <translation>&apos;%1&apos;: die Intervallbreite muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: truncate keeps 1 to 1000 characters.</source>
        <translation>&apos;%1&apos;: truncate behält 1 bis 1000 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the limit must be a number.</source>
        <translation>&apos;%1&apos;: die Grenze muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown method &apos;%2&apos;; use drop, year, bin:WIDTH, truncate:N, top:LIMIT or bottom:LIMIT.</source>
        <translation>&apos;%1&apos;: unbekannte Methode &apos;%2&apos;; verwenden Sie drop, year, bin:BREITE, truncate:N, top:GRENZE oder bottom:GRENZE.</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::PiiScan</name>
    <message>
        <source>the column name says &apos;%1&apos;</source>
        <translation>der Spaltenname sagt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1% of %2 sampled values %3</source>
        <translation>%1 % von %2 gelesenen Werten %3</translation>
    </message>
    <message>
        <source>are e-mail addresses</source>
        <translation>sind E-Mail-Adressen</translation>
    </message>
    <message>
        <source>are IBANs with valid check digits (mod 97)</source>
        <translation>sind IBANs mit gültigen Prüfziffern (mod 97)</translation>
    </message>
    <message>
        <source>are card numbers with an issuer prefix and a valid Luhn check digit</source>
        <translation>sind Kartennummern mit Herausgeberpräfix und gültiger Luhn-Prüfziffer</translation>
    </message>
    <message>
        <source>are US Social Security numbers (format and issuance rules)</source>
        <translation>sind US-Sozialversicherungsnummern (Format und Vergaberegeln)</translation>
    </message>
    <message>
        <source>are NHS numbers with a valid mod-11 check digit</source>
        <translation>sind NHS-Nummern mit gültiger Mod-11-Prüfziffer</translation>
    </message>
    <message>
        <source>are German tax identification numbers (ISO 7064 MOD 11,10)</source>
        <translation>sind Steuer-Identifikationsnummern (ISO 7064 MOD 11,10)</translation>
    </message>
    <message>
        <source>are PESEL numbers (check digit and birth date)</source>
        <translation>sind PESEL-Nummern (Prüfziffer und Geburtsdatum)</translation>
    </message>
    <message>
        <source>are French NIR numbers with a valid key (97 - n mod 97)</source>
        <translation>sind französische NIR-Nummern mit gültigem Schlüssel (97 - n mod 97)</translation>
    </message>
    <message>
        <source>are Dutch BSNs passing the 11-proef</source>
        <translation>sind niederländische BSN, die die 11-proef bestehen</translation>
    </message>
    <message>
        <source>are IP addresses</source>
        <translation>sind IP-Adressen</translation>
    </message>
    <message>
        <source>are valid phone numbers (libphonenumber)</source>
        <translation>sind gültige Telefonnummern (libphonenumber)</translation>
    </message>
    <message>
        <source>contain a common given name or surname</source>
        <translation>enthalten einen häufigen Vor- oder Nachnamen</translation>
    </message>
    <message>
        <source>are free text containing %1</source>
        <translation>sind Freitext mit %1</translation>
    </message>
    <message>
        <source>are dates (years %1 to %2)</source>
        <translation>sind Daten (Jahre %1 bis %2)</translation>
    </message>
    <message>
        <source>the spread of years fits birth dates</source>
        <translation>die Spanne der Jahre passt zu Geburtsdaten</translation>
    </message>
    <message>
        <source>values between %1 and %2</source>
        <translation>Werte zwischen %1 und %2</translation>
    </message>
    <message>
        <source>are sex or gender values</source>
        <translation>sind Angaben zum Geschlecht</translation>
    </message>
    <message>
        <source>are postcodes</source>
        <translation>sind Postleitzahlen</translation>
    </message>
    <message>
        <source>match a UK, DE, US, FR or NL postcode format</source>
        <translation>entsprechen einem britischen, deutschen, US-, französischen oder niederländischen Postleitzahlformat</translation>
    </message>
    <message>
        <source>are countries or nationalities</source>
        <translation>sind Länder oder Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>are words of this category (%1)</source>
        <translation>sind Wörter dieser Kategorie (%1)</translation>
    </message>
    <message>
        <source>%1% of the values are distinct (%2 values)</source>
        <translation>%1 % der Werte sind verschieden (%2 Werte)</translation>
    </message>
    <message>
        <source>Person name</source>
        <translation>Personenname</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>IBAN (bank account)</source>
        <translation>IBAN (Bankkonto)</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Zahlungskartennummer</translation>
    </message>
    <message>
        <source>US Social Security number</source>
        <translation>US-Sozialversicherungsnummer</translation>
    </message>
    <message>
        <source>UK NHS number</source>
        <translation>Britische NHS-Nummer</translation>
    </message>
    <message>
        <source>German tax ID (Steuer-ID)</source>
        <translation>Steuer-Identifikationsnummer</translation>
    </message>
    <message>
        <source>French social security number (NIR)</source>
        <translation>Französische Sozialversicherungsnummer (NIR)</translation>
    </message>
    <message>
        <source>Dutch citizen service number (BSN)</source>
        <translation>Niederländische Bürgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>Polish PESEL</source>
        <translation>Polnische PESEL</translation>
    </message>
    <message>
        <source>Near-unique record number</source>
        <translation>Nahezu eindeutige Datensatznummer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Free text with identifiers</source>
        <translation>Freitext mit Identifikatoren</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date (possibly a birth date)</source>
        <translation>Datum (möglicherweise ein Geburtsdatum)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Nationality or country</source>
        <translation>Staatsangehörigkeit oder Land</translation>
    </message>
    <message>
        <source>Health data (GDPR Art 9)</source>
        <translation>Gesundheitsdaten (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Racial or ethnic origin (GDPR Art 9)</source>
        <translation>Rassische oder ethnische Herkunft (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs (GDPR Art 9)</source>
        <translation>Religiöse oder weltanschauliche Überzeugungen (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation (GDPR Art 9)</source>
        <translation>Sexualleben oder sexuelle Orientierung (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Biometric data (GDPR Art 9)</source>
        <translation>Biometrische Daten (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Trade union membership (GDPR Art 9)</source>
        <translation>Gewerkschaftszugehörigkeit (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Political opinions (GDPR Art 9)</source>
        <translation>Politische Meinungen (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (GDPR Art 10)</source>
        <translation>Strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO)</translation>
    </message>
    <message>
        <source>identifier (leave out of the model)</source>
        <translation>Identifikator (aus dem Modell heraushalten)</translation>
    </message>
    <message>
        <source>quasi-identifier</source>
        <translation>Quasi-Identifikator</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <source>no personal data found</source>
        <translation>keine personenbezogenen Daten gefunden</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::PopulationUniqueness</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::ReidentificationRisk</name>
    <message>
        <source>Name at least one quasi-identifier (a column an attacker could link on).</source>
        <translation>Nennen Sie mindestens einen Quasi-Identifikator (eine Spalte, über die ein Angreifer verknüpfen könnte).</translation>
    </message>
    <message>
        <source>The risk threshold must be above 0 and at most 1, got %1.</source>
        <translation>Die Risikoschwelle muss über 0 und höchstens 1 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>The c of recursive (c,l)-diversity must be positive.</source>
        <translation>Das c der rekursiven (c,l)-Diversität muss positiv sein.</translation>
    </message>
    <message>
        <source>The table has no rows.</source>
        <translation>Die Tabelle hat keine Zeilen.</translation>
    </message>
    <message>
        <source>The table has too many rows (%1).</source>
        <translation>Die Tabelle hat zu viele Zeilen (%1).</translation>
    </message>
    <message>
        <source>The population size (%1) must be a number at least as large as the table (%2 rows).</source>
        <translation>Die Populationsgröße (%1) muss eine Zahl sein, die mindestens so groß ist wie die Tabelle (%2 Zeilen).</translation>
    </message>
    <message>
        <source>There is no column &apos;%1&apos;; the columns are: %2.</source>
        <translation>Es gibt keine Spalte &apos;%1&apos;; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; cannot be both a quasi-identifier and sensitive.</source>
        <translation>Spalte &apos;%1&apos; kann nicht zugleich Quasi-Identifikator und sensibel sein.</translation>
    </message>
</context>
<context>
    <name>privaudit::governance::SpdxLicences</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an exception must follow WITH</source>
        <translation>auf WITH muss eine Ausnahme folgen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exception of the SPDX list</source>
        <translation>&apos;%1&apos; ist keine Ausnahme der SPDX-Liste</translation>
    </message>
    <message>
        <source>the expression ends where a licence is expected</source>
        <translation>der Ausdruck endet, wo eine Lizenz erwartet wird</translation>
    </message>
    <message>
        <source>a &apos;(&apos; is not closed</source>
        <translation>eine &apos;(&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; where a licence is expected</source>
        <translation>&apos;%1&apos;, wo eine Lizenz erwartet wird</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation>unerwartete &apos;)&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the SPDX licence list shipped with PrivAudit (%2); write a licence outside the list as LicenseRef-name</source>
        <translation>&apos;%1&apos; steht nicht in der mit PrivAudit gelieferten SPDX-Lizenzliste (%2); schreiben Sie eine Lizenz außerhalb der Liste als LicenseRef-Name</translation>
    </message>
    <message>
        <source>write the operator &apos;%1&apos; in capitals</source>
        <translation>schreiben Sie den Operator &apos;%1&apos; in Großbuchstaben</translation>
    </message>
    <message>
        <source>no licence given</source>
        <translation>keine Lizenz angegeben</translation>
    </message>
    <message>
        <source>the SPDX licence list is missing from this build</source>
        <translation>die SPDX-Lizenzliste fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::DataRiskLink</name>
    <message>
        <source>The share of most exposed members must be above 0 and at most 1, got %1.</source>
        <translation>Der Anteil der am stärksten exponierten Mitglieder muss über 0 und höchstens 1 sein, erhalten: %1.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference run: its records have no membership exposure to compare with the data&apos;s risk.</source>
        <translation>Lauf %1 ist kein Membership-Inference-Lauf: seine Datensätze haben keine Mitgliedschaftsexposition, die sich mit dem Risiko der Daten vergleichen ließe.</translation>
    </message>
    <message>
        <source>Run %1 has no stored results.</source>
        <translation>Lauf %1 hat keine gespeicherten Ergebnisse.</translation>
    </message>
    <message>
        <source>Run %1 has no attack &apos;%2&apos;; it has: %3.</source>
        <translation>Lauf %1 hat keinen Angriff &apos;%2&apos;; er hat: %3.</translation>
    </message>
    <message>
        <source>The PII scan suggests no quasi-identifiers in the data of run %1; name them.</source>
        <translation>Der PII-Scan schlägt in den Daten von Lauf %1 keine Quasi-Identifikatoren vor; nennen Sie sie.</translation>
    </message>
    <message>
        <source>Run %1&apos;s scores name row %2, which the data does not have.</source>
        <translation>Die Werte von Lauf %1 nennen Zeile %2, die die Daten nicht haben.</translation>
    </message>
    <message>
        <source>Run %1 scored no members.</source>
        <translation>Lauf %1 hat keine Mitglieder bewertet.</translation>
    </message>
    <message>
        <source>Of the %1 members of run %2, the %3 most exposed to %4 (AUC %5) were compared with the %6 at re-identification risk above %7 over %8.</source>
        <translation>Von den %1 Mitgliedern von Lauf %2 wurden die %3 am stärksten %4 (AUC %5) ausgesetzten mit den %6 verglichen, deren Re-Identifikationsrisiko über %7 liegt (über %8).</translation>
    </message>
    <message>
        <source>None of the most exposed members is at high re-identification risk.</source>
        <translation>Keines der am stärksten exponierten Mitglieder hat ein hohes Re-Identifikationsrisiko.</translation>
    </message>
    <message>
        <source>%1 records are both, against %2 expected by chance (p = %3): high-risk records are over-represented among the most exposed. The model may reveal that a person whom an attacker can single out in the data was in its training set.</source>
        <translation>%1 Datensätze sind beides, gegenüber %2 zufällig erwarteten (p = %3): Datensätze mit hohem Risiko sind unter den am stärksten exponierten überrepräsentiert. Das Modell kann verraten, dass eine Person, die ein Angreifer in den Daten herausgreifen kann, in seinen Trainingsdaten war.</translation>
    </message>
    <message>
        <source>%1 records are both, about what chance gives (%2 expected, p = %3); each of them is still a person an attacker can single out and whose membership the model exposes.</source>
        <translation>%1 Datensätze sind beides, etwa so viele wie der Zufall ergibt (%2 erwartet, p = %3); jeder davon ist dennoch eine Person, die ein Angreifer herausgreifen kann und deren Mitgliedschaft das Modell preisgibt.</translation>
    </message>
    <message>
        <source>%1 of the most exposed members have a copy elsewhere in the data (%2 members in all): a copy among the non-members makes the attack look weaker than it is, a copy among the members makes the record more memorised.</source>
        <translation>%1 der am stärksten exponierten Mitglieder haben eine Kopie an anderer Stelle in den Daten (%2 Mitglieder insgesamt): eine Kopie unter den Nicht-Mitgliedern lässt den Angriff schwächer erscheinen, als er ist, eine Kopie unter den Mitgliedern lässt den Datensatz stärker memorisieren.</translation>
    </message>
    <message>
        <source>The attack is close to chance on this run (AUC %1): its &apos;most exposed&apos; records are mostly noise, so the overlap says little.</source>
        <translation>Der Angriff ist bei diesem Lauf nahe am Zufall (AUC %1): seine &apos;am stärksten exponierten&apos; Datensätze sind überwiegend Rauschen, die Überschneidung sagt daher wenig.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::FamilySubgroups</name>
    <message>
        <source>Run %1 is neither an attribute-inference nor a reconstruction run.</source>
        <translation>Lauf %1 ist weder ein Attributinferenz- noch ein Rekonstruktionslauf.</translation>
    </message>
    <message>
        <source>Run %1 has no stored imputation baseline or no attack.</source>
        <translation>Lauf %1 hat keine gespeicherte Imputations-Basislinie oder keinen Angriff.</translation>
    </message>
    <message>
        <source>Run %1&apos;s attacks were scored on different candidates.</source>
        <translation>Die Angriffe von Lauf %1 wurden auf verschiedenen Kandidaten bewertet.</translation>
    </message>
    <message>
        <source>Informed reconstruction</source>
        <translation>Informierte Rekonstruktion</translation>
    </message>
    <message>
        <source>%1 (%2, 95% CI %3 to %4)</source>
        <translation>%1 (%2, 95-%-KI %3 bis %4)</translation>
    </message>
    <message>
        <source>%1: the risk concentrates in %2 = %3: its advantage over the baseline lies above the whole run&apos;s %4 even allowing for the %5 groups compared.</source>
        <translation>%1: Das Risiko konzentriert sich in %2 = %3: Sein Vorteil gegenüber der Basislinie liegt über dem des ganzen Laufs (%4), auch unter Berücksichtigung der %5 verglichenen Gruppen.</translation>
    </message>
    <message>
        <source>%1: the risk concentrates in %2 = %3: its individual leakage lies above the whole run&apos;s %4 even allowing for the %5 groups compared.</source>
        <translation>%1: Das Risiko konzentriert sich in %2 = %3: Sein individuelles Leck liegt über dem des ganzen Laufs (%4), auch unter Berücksichtigung der %5 verglichenen Gruppen.</translation>
    </message>
    <message>
        <source>%1: no group of %2 with at least %3 reconstructed rows has an advantage clearly above the whole run&apos;s %4 (allowing for the %5 groups compared); the risk is not shown to concentrate in one of them, which is not proof that it does not.</source>
        <translation>%1: Keine Gruppe von %2 mit mindestens %3 rekonstruierten Zeilen hat einen Vorteil deutlich über dem des ganzen Laufs (%4, unter Berücksichtigung der %5 verglichenen Gruppen); dass sich das Risiko in einer von ihnen konzentriert, ist nicht gezeigt, was kein Beweis ist, dass es das nicht tut.</translation>
    </message>
    <message>
        <source>%1: no group of %2 with at least %3 members and non-members has an individual leakage clearly above the whole run&apos;s %4 (allowing for the %5 groups compared); the risk is not shown to concentrate in one of them, which is not proof that it does not.</source>
        <translation>%1: Keine Gruppe von %2 mit mindestens %3 Mitgliedern und Nichtmitgliedern hat ein individuelles Leck deutlich über dem des ganzen Laufs (%4, unter Berücksichtigung der %5 verglichenen Gruppen); dass sich das Risiko in einer von ihnen konzentriert, ist nicht gezeigt, was kein Beweis ist, dass es das nicht tut.</translation>
    </message>
    <message>
        <source>%1: groups too small to read (fewer than %2), indicative only: %3.</source>
        <translation>%1: Gruppen zu klein zum Lesen (weniger als %2), nur als Hinweis: %3.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::JobExecutor</name>
    <message>
        <source>Loading the data</source>
        <translation>Daten werden geladen</translation>
    </message>
    <message>
        <source>The predictions file &apos;%1&apos; has no &apos;member&apos; column, so there is no ground truth to measure an attack against.</source>
        <translation>Die Vorhersagedatei „%1“ hat keine Spalte „member“ und damit keine Grundwahrheit, gegen die ein Angriff gemessen werden kann.</translation>
    </message>
    <message>
        <source>The spec names no label column (dataset.label).</source>
        <translation>Die Spezifikation nennt keine Label-Spalte (dataset.label).</translation>
    </message>
    <message>
        <source>Splitting the data</source>
        <translation>Daten werden aufgeteilt</translation>
    </message>
    <message>
        <source>Statistics for %1</source>
        <translation>Statistik für %1</translation>
    </message>
    <message>
        <source>Saving the results</source>
        <translation>Ergebnisse werden gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled by the user after %1 s.</source>
        <translation>Nach %1 s vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>Der Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The declared encoder does not fit this data: %1.</source>
        <translation>Der angegebene Encoder passt nicht zu diesen Daten: %1.</translation>
    </message>
    <message>
        <source>None of the requested attacks can run on a predictions file; use %1.</source>
        <translation>Keiner der angeforderten Angriffe kann auf einer Vorhersagedatei laufen; verwenden Sie %1.</translation>
    </message>
    <message>
        <source>A job of kind &apos;%1&apos; cannot run from a spec.</source>
        <translation>Ein Auftrag der Art „%1“ kann nicht aus einer Spezifikation laufen.</translation>
    </message>
    <message>
        <source>Training with canaries: epoch %1 of %2</source>
        <translation>Training mit Kanarienvögeln: Epoche %1 von %2</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::JobSpec</name>
    <message>
        <source>%1: unknown key &apos;%2&apos; (allowed: %3)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1.%2 must be an object</source>
        <translation>%1.%2 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a finite number</source>
        <translation>%1.%2 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4</source>
        <translation>%1.%2 muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false</source>
        <translation>%1.%2 muss true oder false sein</translation>
    </message>
    <message>
        <source>Job spec &apos;%1&apos;: %2</source>
        <translation>Auftragsspezifikation „%1“: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a job spec must be a JSON object</source>
        <translation>eine Auftragsspezifikation muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&apos;schema_version&apos; is missing (this version writes %1)</source>
        <translation>„schema_version“ fehlt (diese Version schreibt %1)</translation>
    </message>
    <message>
        <source>&apos;schema_version&apos; must be a positive whole number</source>
        <translation>„schema_version“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>the spec has schema_version %1, written by a newer PrivAudit; this version reads up to %2</source>
        <translation>die Spezifikation hat schema_version %1 und stammt von einer neueren PrivAudit-Version; diese Version liest bis %2</translation>
    </message>
    <message>
        <source>target.kind must be train, torchscript or predictions, got &apos;%1&apos;</source>
        <translation>target.kind muss train, torchscript oder predictions sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>target.path is required for a %1 target</source>
        <translation>target.path ist für ein Ziel vom Typ %1 erforderlich</translation>
    </message>
    <message>
        <source>target.optimizer must be adam or sgd, got &apos;%1&apos;</source>
        <translation>target.optimizer muss adam oder sgd sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>target.dp needs exactly one of noise_multiplier and target_epsilon</source>
        <translation>target.dp braucht genau eines von noise_multiplier und target_epsilon</translation>
    </message>
    <message>
        <source>attacks.names must be a non-empty list of attack names</source>
        <translation>attacks.names muss eine nicht leere Liste von Angriffsnamen sein</translation>
    </message>
    <message>
        <source>attacks.names: unknown attack &apos;%1&apos;; available: %2</source>
        <translation>attacks.names: unbekannter Angriff „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>dataset.source is required</source>
        <translation>dataset.source ist erforderlich</translation>
    </message>
    <message>
        <source>Membership inference, %1</source>
        <translation>Membership Inference, %1</translation>
    </message>
    <message>
        <source>dataset.roles.%1 must be feature, sensitive, identifier or ignored, got &apos;%2&apos;</source>
        <translation>dataset.roles.%1 muss feature, sensitive, identifier oder ignored sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1 must be an object such as {&quot;type&quot;: &quot;categorical&quot;, &quot;role&quot;: &quot;label&quot;}</source>
        <translation>%1 muss ein Objekt wie {&quot;type&quot;: &quot;categorical&quot;, &quot;role&quot;: &quot;label&quot;} sein</translation>
    </message>
    <message>
        <source>%1.type must be categorical, numeric or boolean, got &apos;%2&apos;</source>
        <translation>%1.type muss categorical, numeric oder boolean sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.role is label, but dataset.label names &apos;%2&apos;</source>
        <translation>%1.role ist label, aber dataset.label nennt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.role must be label, feature, sensitive, identifier or ignored, got &apos;%2&apos;</source>
        <translation>%1.role muss label, feature, sensitive, identifier oder ignored sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>dataset.max_distinct_ratio must be above 0 and at most 1</source>
        <translation>dataset.max_distinct_ratio muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>Not run: %1, because %2.</source>
        <translation>Nicht ausgeführt: %1, weil %2.</translation>
    </message>
    <message>
        <source>dataset.encoder: &apos;%1&apos; is not a JSON object</source>
        <translation>dataset.encoder: &apos;%1&apos; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>dataset.encoder must be an encoder.json object or the path of one</source>
        <translation>dataset.encoder muss ein encoder.json-Objekt oder der Pfad zu einem sein</translation>
    </message>
    <message>
        <source>Cannot read the job spec: %1</source>
        <translation>Die Auftragsspezifikation kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>audit.guesses (%1) cannot exceed audit.canaries (%2)</source>
        <translation>audit.guesses (%1) darf audit.canaries (%2) nicht übersteigen</translation>
    </message>
    <message>
        <source>audit.confidence must be above 0.5 and below 1, got %1</source>
        <translation>audit.confidence muss über 0,5 und unter 1 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>a one-run audit trains its own target with the canaries: target.kind must be train</source>
        <translation>ein One-Run-Audit trainiert sein eigenes Zielmodell mit den Kanarienvögeln: target.kind muss train sein</translation>
    </message>
    <message>
        <source>One-run audit, %1 canaries</source>
        <translation>One-Run-Audit, %1 Kanarienvögel</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon must be a positive number, got %1</source>
        <translation>dataset.encoder_epsilon muss eine positive Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon applies to a DP target that PrivAudit trains (target.kind &quot;train&quot; with target.dp)</source>
        <translation>dataset.encoder_epsilon gilt für ein DP-Zielmodell, das PrivAudit trainiert (target.kind &quot;train&quot; mit target.dp)</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon and dataset.encoder exclude each other: a declared encoder is used as given</source>
        <translation>dataset.encoder_epsilon und dataset.encoder schließen einander aus: ein angegebener Encoder wird unverändert verwendet</translation>
    </message>
    <message>
        <source>a one-run audit measures DP-SGD alone: leave out dataset.encoder_epsilon (its encoder is fitted outside the training rows)</source>
        <translation>ein One-Run-Audit misst DP-SGD allein: dataset.encoder_epsilon weglassen (sein Encoder wird außerhalb der Trainingszeilen angepasst)</translation>
    </message>
    <message>
        <source>spec.kind must be one of %1, got &apos;%2&apos;</source>
        <translation>spec.kind muss eines von %1 sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to a spec of kind %2, not %3</source>
        <translation>„%1“ gehört zu einer Spezifikation der Art %2, nicht %3</translation>
    </message>
    <message>
        <source>attribute.attacks must be a list of attack names</source>
        <translation>attribute.attacks muss eine Liste von Angriffsnamen sein</translation>
    </message>
    <message>
        <source>attribute.attacks: unknown attack &apos;%1&apos;; available: %2</source>
        <translation>attribute.attacks: unbekannter Angriff „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>attribute.tolerance must be at least 0 and below 10, got %1</source>
        <translation>attribute.tolerance muss mindestens 0 und kleiner als 10 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>attribute.reference_models must be at least 1 for mia-based</source>
        <translation>attribute.reference_models muss für mia-based mindestens 1 sein</translation>
    </message>
    <message>
        <source>Attribute inference of %1</source>
        <translation>Attribut-Inferenz von %1</translation>
    </message>
    <message>
        <source>canary.repetitions must be a list of whole numbers</source>
        <translation>canary.repetitions muss eine Liste ganzer Zahlen sein</translation>
    </message>
    <message>
        <source>canary.repetitions: each must be a whole number from 1 to 10000</source>
        <translation>canary.repetitions: jede muss eine ganze Zahl von 1 bis 10000 sein</translation>
    </message>
    <message>
        <source>canary.label must be &quot;flipped&quot; or &quot;random&quot;, got &quot;%1&quot;</source>
        <translation>canary.label muss &quot;flipped&quot; oder &quot;random&quot; sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Canary exposure (repetitions %1)</source>
        <translation>Canary-Exposition (Wiederholungen %1)</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>reconstruction.l2 must be positive (the closed form needs a strictly convex objective), got %1</source>
        <translation>reconstruction.l2 muss positiv sein (die geschlossene Form braucht eine streng konvexe Zielfunktion), erhalten: %1</translation>
    </message>
    <message>
        <source>reconstruction.tolerance must be positive, got %1</source>
        <translation>reconstruction.tolerance muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <source>reconstruction needs %1 member rows (known_rows %2 plus targets %3); dataset.member_rows is %4</source>
        <translation>reconstruction braucht %1 Mitgliedszeilen (known_rows %2 plus targets %3); dataset.member_rows ist %4</translation>
    </message>
    <message>
        <source>Informed reconstruction (%1 rows)</source>
        <translation>Informierte Rekonstruktion (%1 Zeilen)</translation>
    </message>
    <message>
        <source>Training the target</source>
        <translation>Zielmodell wird trainiert</translation>
    </message>
    <message>
        <source>Inverting the model</source>
        <translation>Modell wird invertiert</translation>
    </message>
    <message>
        <source>mi_face.confidence must lie strictly between 0 and 1, got %1</source>
        <translation>mi_face.confidence muss echt zwischen 0 und 1 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>mi_face.step_size must be positive, got %1</source>
        <translation>mi_face.step_size muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <source>mi_face.tolerance must be positive, got %1</source>
        <translation>mi_face.tolerance muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <source>MI-Face inversion (%1 starts per class)</source>
        <translation>MI-Face-Inversion (%1 Starts je Klasse)</translation>
    </message>
    <message>
        <source>attribute inference queries the target with every candidate value: target.kind must be train or torchscript, not predictions</source>
        <translation>Attributinferenz fragt das Zielmodell mit jedem Kandidatenwert ab: target.kind muss train oder torchscript sein, nicht predictions</translation>
    </message>
    <message>
        <source>canary exposure inserts canaries into the training data and retrains: target.kind must be train</source>
        <translation>Canary-Exposition fügt Canaries in die Trainingsdaten ein und trainiert neu: target.kind muss train sein</translation>
    </message>
    <message>
        <source>canary.repetitions needs at least one repetition count</source>
        <translation>canary.repetitions braucht mindestens eine Anzahl Wiederholungen</translation>
    </message>
    <message>
        <source>MI-Face needs the model&apos;s gradients and compares its representatives with the rows it was trained on: target.kind must be train</source>
        <translation>MI-Face braucht die Gradienten des Modells und vergleicht seine Repräsentanten mit den Zeilen, auf denen es trainiert wurde: target.kind muss train sein</translation>
    </message>
    <message>
        <source>informed reconstruction retrains the recipe once per reconstructed row: target.kind must be train</source>
        <translation>Die informierte Rekonstruktion trainiert das Rezept je rekonstruierter Zeile neu: target.kind muss train sein</translation>
    </message>
    <message>
        <source>target.model %1: %2</source>
        <translation>target.model %1: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::RunComparison</name>
    <message>
        <source>A comparison needs at least two runs.</source>
        <translation>Ein Vergleich braucht mindestens zwei Läufe.</translation>
    </message>
    <message>
        <source>Run %1 is named twice.</source>
        <translation>Lauf %1 ist doppelt genannt.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference run; the comparison sets membership runs side by side.</source>
        <translation>Lauf %1 ist kein Mitgliedschaftsinferenz-Lauf; der Vergleich stellt Mitgliedschaftsläufe nebeneinander.</translation>
    </message>
    <message>
        <source>Run %1 did not complete.</source>
        <translation>Lauf %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The runs share no attack: there is nothing to compare directly.</source>
        <translation>Die Läufe haben keinen Angriff gemeinsam: es gibt nichts direkt zu vergleichen.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3), TPR at 1% FPR %4 (%5 to %6)</source>
        <translation>AUC %1 (95-%-KI %2 bis %3), TPR bei 1 % FPR %4 (%5 bis %6)</translation>
    </message>
    <message>
        <source>%1: run %2 is less exposed than run %3 (its AUC is lower): %4.</source>
        <translation>%1: Lauf %2 ist weniger exponiert als Lauf %3 (seine AUC ist niedriger): %4.</translation>
    </message>
    <message>
        <source>%1: run %2 is more exposed than run %3 (its AUC is higher): %4.</source>
        <translation>%1: Lauf %2 ist stärker exponiert als Lauf %3 (seine AUC ist höher): %4.</translation>
    </message>
    <message>
        <source>%1: runs %2 and %3 cannot be told apart in AUC: %4; the interval includes no difference.</source>
        <translation>%1: die Läufe %2 und %3 sind in der AUC nicht zu unterscheiden: %4; das Intervall schließt keinen Unterschied ein.</translation>
    </message>
    <message>
        <source>Runs %1 and %2 were measured on different data or different numbers of candidates: their difference is one of populations as well as of models.</source>
        <translation>Die Läufe %1 und %2 wurden auf verschiedenen Daten oder mit verschieden vielen Kandidaten gemessen: ihr Unterschied ist einer der Populationen wie der Modelle.</translation>
    </message>
    <message>
        <source>Runs %1 and %2 scored the same candidates: the intervals of their differences come from a paired bootstrap over them (%3 resamples).</source>
        <translation>Die Läufe %1 und %2 haben dieselben Kandidaten bewertet: Die Intervalle ihrer Unterschiede stammen aus einem gepaarten Bootstrap über sie (%3 Stichproben).</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::SubgroupAnalysis</name>
    <message>
        <source>--bands must be between 2 and 20, got %1</source>
        <translation>--bands muss zwischen 2 und 20 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>Run %1 did not complete.</source>
        <translation>Lauf %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Run %1&apos;s stored spec cannot be read: %2</source>
        <translation>Die gespeicherte Spezifikation von Lauf %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Run %1 read a predictions file: its rows are not rows of a dataset, so they have no column to split by.</source>
        <translation>Lauf %1 las eine Vorhersagedatei: ihre Zeilen sind keine Zeilen eines Datensatzes und haben daher keine Spalte zum Aufteilen.</translation>
    </message>
    <message>
        <source>The data of run %1 (&apos;%2&apos;) cannot be read: %3</source>
        <translation>Die Daten von Lauf %1 (&apos;%2&apos;) sind nicht lesbar: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer the data run %2 read (its fingerprint changed): its rows cannot be matched to the stored scores.</source>
        <translation>&apos;%1&apos; sind nicht mehr die Daten, die Lauf %2 gelesen hat (ihr Fingerabdruck hat sich geändert): ihre Zeilen lassen sich den gespeicherten Werten nicht zuordnen.</translation>
    </message>
    <message>
        <source>The data has no column &apos;%1&apos;; columns: %2</source>
        <translation>Die Daten haben keine Spalte &apos;%1&apos;; Spalten: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the label: split by a feature, a sensitive or a protected column.</source>
        <translation>&apos;%1&apos; ist das Label: teilen Sie nach einem Merkmal, einer sensiblen oder einer geschützten Spalte auf.</translation>
    </message>
    <message>
        <source>Run %1 has no stored results.</source>
        <translation>Lauf %1 hat keine gespeicherten Ergebnisse.</translation>
    </message>
    <message>
        <source>Run %1&apos;s scores name row %2, which the data does not have.</source>
        <translation>Die Werte von Lauf %1 nennen Zeile %2, die die Daten nicht haben.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>(other values)</source>
        <translation>(andere Werte)</translation>
    </message>
    <message>
        <source>%1 (AUC %2, 95% CI %3 to %4)</source>
        <translation>%1 (AUC %2, 95-%-KI %3 bis %4)</translation>
    </message>
    <message>
        <source>%1: the risk concentrates in %2 = %3: its AUC lies above the whole run&apos;s AUC %4 even allowing for the %5 groups compared.</source>
        <translation>%1: das Risiko konzentriert sich auf %2 = %3: deren AUC liegt über der AUC %4 des ganzen Laufs, auch unter Berücksichtigung der %5 verglichenen Gruppen.</translation>
    </message>
    <message>
        <source>%1: no group of %2 with at least %3 members and non-members has an AUC clearly above the whole run&apos;s AUC %4 (allowing for the %5 groups compared); the risk is not shown to concentrate in one of them, which is not proof that it does not.</source>
        <translation>%1: keine Gruppe von %2 mit mindestens %3 Mitgliedern und Nichtmitgliedern hat eine AUC deutlich über der AUC %4 des ganzen Laufs (unter Berücksichtigung der %5 verglichenen Gruppen); eine Konzentration des Risikos auf eine von ihnen ist nicht gezeigt, was kein Beweis ist, dass es keine gibt.</translation>
    </message>
    <message>
        <source>%1: groups with fewer than %2 members or non-members, whose figures are indicative only: %3.</source>
        <translation>%1: Gruppen mit weniger als %2 Mitgliedern oder Nichtmitgliedern, deren Zahlen nur Anhaltspunkte sind: %3.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference, attribute-inference or reconstruction run; subgroups are computed from such a run&apos;s per-record results.</source>
        <translation>Lauf %1 ist kein Mitgliedschafts-, Attributinferenz- oder Rekonstruktionslauf; Untergruppen werden aus den Ergebnissen je Datensatz eines solchen Laufs berechnet.</translation>
    </message>
    <message>
        <source>Run %1 is not a membership-inference run.</source>
        <translation>Lauf %1 ist kein Mitgliedschaftsinferenz-Lauf.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::Sweep</name>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Punkt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Point epsilon %1, repeat %2: %3</source>
        <translation>Punkt Epsilon %1, Wiederholung %2: %3</translation>
    </message>
    <message>
        <source>Sweep cancelled after %1 of %2 points; run it again to finish the rest.</source>
        <translation>Sweep nach %1 von %2 Punkten abgebrochen; erneut ausführen, um den Rest zu ergänzen.</translation>
    </message>
</context>
<context>
    <name>privaudit::jobs::SweepSpec</name>
    <message>
        <source>Sweep spec &apos;%1&apos;: %2</source>
        <translation>Sweep-Spezifikation „%1“: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a sweep spec needs a &apos;sweep&apos; object with &apos;epsilons&apos;</source>
        <translation>eine Sweep-Spezifikation braucht ein Objekt „sweep“ mit „epsilons“</translation>
    </message>
    <message>
        <source>sweep: unknown key &apos;%1&apos; (allowed: epsilons, repeats)</source>
        <translation>sweep: unbekannter Schlüssel „%1“ (erlaubt: epsilons, repeats)</translation>
    </message>
    <message>
        <source>a sweep trains its targets: target.kind must be train</source>
        <translation>ein Sweep trainiert seine Zielmodelle: target.kind muss train sein</translation>
    </message>
    <message>
        <source>sweep.epsilons must be a non-empty list of positive numbers or &quot;inf&quot;</source>
        <translation>sweep.epsilons muss eine nicht leere Liste positiver Zahlen oder „inf“ sein</translation>
    </message>
    <message>
        <source>sweep.epsilons: %1 is not a positive number or &quot;inf&quot;</source>
        <translation>sweep.epsilons: %1 ist keine positive Zahl und nicht „inf“</translation>
    </message>
    <message>
        <source>sweep.repeats must be a whole number from 1 to 100</source>
        <translation>sweep.repeats muss eine ganze Zahl von 1 bis 100 sein</translation>
    </message>
    <message>
        <source>Privacy-utility sweep</source>
        <translation>Datenschutz-Nutzen-Sweep</translation>
    </message>
    <message>
        <source>%1: epsilon %2, repeat %3</source>
        <translation>%1: Epsilon %2, Wiederholung %3</translation>
    </message>
    <message>
        <source>Cannot read the sweep spec: %1</source>
        <translation>Die Sweep-Spezifikation kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>dataset.encoder_epsilon must be a positive number, and cannot go with dataset.encoder</source>
        <translation>dataset.encoder_epsilon muss eine positive Zahl sein und kann nicht mit dataset.encoder zusammen stehen</translation>
    </message>
    <message>
        <source>sweep.epsilons: %1 is not above dataset.encoder_epsilon (%2), which the encoder&apos;s DP estimates spend before training</source>
        <translation>sweep.epsilons: %1 liegt nicht über dataset.encoder_epsilon (%2), das die DP-Schätzungen des Encoders vor dem Training verbrauchen</translation>
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
    <message>
        <source>The advantage %1 is not significantly above chance (one-sided Kolmogorov-Smirnov p = %2): random scores of this many records reach it too.</source>
        <translation>Der Vorteil %1 liegt nicht signifikant über dem Zufall (einseitiger Kolmogorov-Smirnov-Test, p = %2): Zufällige Scores so vieler Datensätze erreichen ihn auch.</translation>
    </message>
    <message>
        <source>%1 of %2 scores are not numbers (the model&apos;s outputs were not finite); they were ranked as the least member-like.</source>
        <translation>%1 von %2 Werten sind keine Zahlen (die Ausgaben des Modells waren nicht endlich); sie wurden als am wenigsten mitgliedsartig eingeordnet.</translation>
    </message>
</context>
<context>
    <name>privaudit::metrics::UtilityCheck</name>
    <message>
        <source>The target model is not clearly better than predicting the majority class (test accuracy %1 against a baseline of %2, one-sided binomial p = %3; task AUC %4). An attack on a model that learned nothing understates the risk of a useful model: these results are not evidence of low risk.</source>
        <translation>Das Zielmodell ist nicht klar besser als die Vorhersage der Mehrheitsklasse (Testgenauigkeit %1 gegenüber einer Basislinie von %2, einseitiger Binomialtest p = %3; Aufgaben-AUC %4). Ein Angriff auf ein Modell, das nichts gelernt hat, unterschätzt das Risiko eines nützlichen Modells: Diese Ergebnisse belegen kein geringes Risiko.</translation>
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
        <source>Could not save the model to &apos;%1&apos;: %2</source>
        <translation>Das Modell konnte nicht in &apos;%1&apos; gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not serialise the model: %1</source>
        <translation>Das Modell konnte nicht serialisiert werden: %1</translation>
    </message>
    <message>
        <source>Training diverged in epoch %1: the model&apos;s weights are no longer finite numbers (learning rate %2%3). Use a smaller learning rate%4.</source>
        <translation>Das Training ist in Epoche %1 divergiert: Die Gewichte des Modells sind keine endlichen Zahlen mehr (Lernrate %2%3). Verwenden Sie eine kleinere Lernrate%4.</translation>
    </message>
    <message>
        <source>, noise multiplier %1</source>
        <translation>, Rauschmultiplikator %1</translation>
    </message>
    <message>
        <source> or less noise</source>
        <translation> oder weniger Rauschen</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ExternalModel</name>
    <message>
        <source>&apos;%1&apos; is not a TorchScript model (save it with torch.jit.save of a scripted or traced module): %2</source>
        <translation>&apos;%1&apos; ist kein TorchScript-Modell (speichern Sie es mit torch.jit.save eines geskripteten oder getracten Moduls): %2</translation>
    </message>
    <message>
        <source>The encoder.json inside &apos;%1&apos; is not valid JSON: %2</source>
        <translation>Die encoder.json in &apos;%1&apos; ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The model returns outputs of shape [%1] for %2 inputs; expected %3 logits per row.</source>
        <translation>Das Modell gibt für %2 Eingaben Ausgaben der Form [%1] zurück; erwartet wurden %3 Logits je Zeile.</translation>
    </message>
    <message>
        <source>The model does not accept inputs of width %1 (the dataset&apos;s encoding): %2</source>
        <translation>Das Modell akzeptiert keine Eingaben der Breite %1 (die Kodierung des Datensatzes): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The model&apos;s outputs are probabilities (every row lies in [0, 1] and sums to 1), not logits; PrivAudit reads their logarithms as logits, and a probability rounded to 0 or 1 loses the margin: give logits to measure the risk fully.</source>
        <translation>Die Ausgaben des Modells sind Wahrscheinlichkeiten (jede Zeile liegt in [0, 1] und summiert sich zu 1), keine Logits; PrivAudit liest ihre Logarithmen als Logits, und eine auf 0 oder 1 gerundete Wahrscheinlichkeit verliert den Abstand: Geben Sie Logits, um das Risiko vollständig zu messen.</translation>
    </message>
    <message>
        <source>Here %1 of %2 rows have a probability of exactly 0 or 1, so their scores tie.</source>
        <translation>Hier haben %1 von %2 Zeilen eine Wahrscheinlichkeit von genau 0 oder 1, daher sind ihre Werte gleich.</translation>
    </message>
    <message>
        <source>The model failed on a batch of %1 rows: %2</source>
        <translation>Das Modell ist bei einem Batch von %1 Zeilen gescheitert: %2</translation>
    </message>
    <message>
        <source>The model returned outputs of shape [%1] for a batch of %2 rows; expected [%2, %3].</source>
        <translation>Das Modell gab für einen Batch von %2 Zeilen Ausgaben der Form [%1] zurück; erwartet wurde [%2, %3].</translation>
    </message>
    <message>
        <source>The model returned %1 outputs; expected floating-point logits.</source>
        <translation>Das Modell gab Ausgaben vom Typ %1 zurück; erwartet wurden Gleitkomma-Logits.</translation>
    </message>
    <message>
        <source>The model returned %1 NaN or infinite outputs for a batch of %2 rows.</source>
        <translation>Das Modell gab für einen Batch von %2 Zeilen %1 NaN- oder unendliche Ausgaben zurück.</translation>
    </message>
    <message>
        <source>The model&apos;s outputs all lie in [0, 1] but their rows do not sum to 1 (off by up to %1): neither logits nor probabilities of one class each. Return logits.</source>
        <translation>Die Ausgaben des Modells liegen alle in [0, 1], aber ihre Zeilen summieren sich nicht zu 1 (Abweichung bis %1): weder Logits noch Wahrscheinlichkeiten je einer Klasse. Geben Sie Logits zurück.</translation>
    </message>
    <message>
        <source>The model returned probabilities for its first batch and other values for a batch of %1 rows.</source>
        <translation>Das Modell gab für seinen ersten Batch Wahrscheinlichkeiten und für einen Batch von %1 Zeilen andere Werte zurück.</translation>
    </message>
    <message>
        <source>The model file cannot be read: %1</source>
        <translation>Die Modelldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains operators that read or write files or reach other processes (%2): PrivAudit does not run it.</source>
        <translation>&apos;%1&apos; enthält Operatoren, die Dateien lesen oder schreiben oder andere Prozesse erreichen (%2): PrivAudit führt das Modell nicht aus.</translation>
    </message>
    <message>
        <source>no file could be opened (Landlock ABI %1)</source>
        <translation>keine Datei konnte geöffnet werden (Landlock-ABI %1)</translation>
    </message>
    <message>
        <source>opening files was refused by the system-call filter only (the kernel has no Landlock)</source>
        <translation>das Öffnen von Dateien wurde nur vom Systemaufruf-Filter verweigert (der Kernel hat kein Landlock)</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>no sockets, new processes, exec or debugging of other processes (seccomp)</source>
        <translation>keine Sockets, keine neuen Prozesse, kein exec, kein Debuggen anderer Prozesse (seccomp)</translation>
    </message>
    <message>
        <source>at most %1 MiB of memory</source>
        <translation>höchstens %1 MiB Speicher</translation>
    </message>
    <message>
        <source>at most %1 s per call</source>
        <translation>höchstens %1 s pro Aufruf</translation>
    </message>
    <message>
        <source>The model ran in a separate sandboxed process: %1. Not protected against: a model that computes wrong or deliberately misleading outputs, or that behaves differently outside the audit.</source>
        <translation>Das Modell lief in einem getrennten, abgeschotteten Prozess: %1. Nicht geschützt gegen: ein Modell, das falsche oder absichtlich irreführende Ausgaben berechnet oder sich außerhalb der Prüfung anders verhält.</translation>
    </message>
    <message>
        <source>The model printed %1 bytes; they were captured and not used.</source>
        <translation>Das Modell hat %1 Bytes ausgegeben; sie wurden abgefangen und nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ModelProcess</name>
    <message>
        <source>The model sandbox (privaudit-model-host) was not found at &apos;%1&apos;; reinstall PrivAudit. An external model is never run without it.</source>
        <translation>Die Modell-Sandbox (privaudit-model-host) wurde unter &apos;%1&apos; nicht gefunden; installieren Sie PrivAudit neu. Ein externes Modell wird nie ohne sie ausgeführt.</translation>
    </message>
    <message>
        <source>The model sandbox could not be started: %1</source>
        <translation>Die Modell-Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>beim Start</translation>
    </message>
    <message>
        <source>The model sandbox could not be set up, so the model is not run: %1</source>
        <translation>Die Modell-Sandbox konnte nicht eingerichtet werden, daher wird das Modell nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>stopped answering</source>
        <translation>hat aufgehört zu antworten</translation>
    </message>
    <message>
        <source>ended with signal %1 (%2)</source>
        <translation>wurde durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>ended with exit status %1</source>
        <translation>wurde mit Exit-Status %1 beendet</translation>
    </message>
    <message>
        <source>The model process is no longer running.</source>
        <translation>Der Modellprozess läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The model did not answer within %1 s (%2) and was stopped.</source>
        <translation>Das Modell hat nicht innerhalb von %1 s geantwortet (%2) und wurde beendet.</translation>
    </message>
    <message>
        <source>Cancelled while the model was running (%1).</source>
        <translation>Abgebrochen, während das Modell lief (%1).</translation>
    </message>
    <message>
        <source>The model process could not be read: %1</source>
        <translation>Der Modellprozess konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The model process %1 (%2).</source>
        <translation>Der Modellprozess %1 (%2).</translation>
    </message>
    <message>
        <source>The model returned more data than its batch allows (%1 bytes, at most %2) and was stopped (%3).</source>
        <translation>Das Modell hat mehr Daten geliefert, als sein Stapel erlaubt (%1 Bytes, höchstens %2), und wurde beendet (%3).</translation>
    </message>
    <message>
        <source>The model process answered out of turn (%1) and was stopped.</source>
        <translation>Der Modellprozess hat außer der Reihe geantwortet (%1) und wurde beendet.</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation>beim Laden des Modells</translation>
    </message>
    <message>
        <source>The model process sent a malformed answer (loading the model).</source>
        <translation>Der Modellprozess hat eine fehlerhafte Antwort gesendet (beim Laden des Modells).</translation>
    </message>
    <message>
        <source>a batch of %1 rows</source>
        <translation>ein Stapel von %1 Zeilen</translation>
    </message>
    <message>
        <source>The model process sent a malformed answer (%1).</source>
        <translation>Der Modellprozess hat eine fehlerhafte Antwort gesendet (%1).</translation>
    </message>
</context>
<context>
    <name>privaudit::model::ModelSpec</name>
    <message>
        <source>Unknown model &apos;%1&apos;: use logreg or mlp:WIDTH[,WIDTH...][:relu|tanh][:DROPOUT].</source>
        <translation>Unbekanntes Modell &apos;%1&apos;: verwenden Sie logreg oder mlp:BREITE[,BREITE...][:relu|tanh][:DROPOUT].</translation>
    </message>
    <message>
        <source>Hidden layer width &apos;%1&apos; in &apos;%2&apos; must be a whole number from 1 to 65536.</source>
        <translation>Die Breite &apos;%1&apos; der verborgenen Schicht in &apos;%2&apos; muss eine ganze Zahl von 1 bis 65536 sein.</translation>
    </message>
    <message>
        <source>The MLP &apos;%1&apos; has no hidden layer widths.</source>
        <translation>Das MLP &apos;%1&apos; hat keine Breiten verborgener Schichten.</translation>
    </message>
    <message>
        <source>Unknown activation &apos;%1&apos;: use relu or tanh.</source>
        <translation>Unbekannte Aktivierung &apos;%1&apos;: verwenden Sie relu oder tanh.</translation>
    </message>
    <message>
        <source>Dropout &apos;%1&apos; must be in [0, 1).</source>
        <translation>Dropout &apos;%1&apos; muss in [0, 1) liegen.</translation>
    </message>
</context>
<context>
    <name>privaudit::model::PredictionsFile</name>
    <message>
        <source>The predictions file has no label column &apos;%1&apos;; the columns are: %2.</source>
        <translation>Die Vorhersagedatei hat keine Zielspalte &apos;%1&apos;; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of the predictions file is not numeric: every column other than the label and membership columns must hold a per-class score.</source>
        <translation>Die Spalte &apos;%1&apos; der Vorhersagedatei ist nicht numerisch: jede Spalte außer Ziel- und Mitgliedschaftsspalte muss einen Wert je Klasse enthalten.</translation>
    </message>
    <message>
        <source>The predictions file needs at least two score columns (one per class).</source>
        <translation>Die Vorhersagedatei braucht mindestens zwei Wertespalten (eine je Klasse).</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos; of the predictions file is missing or not a finite number.</source>
        <translation>Zeile %1, Spalte &apos;%2&apos; der Vorhersagedatei fehlt oder ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has no label.</source>
        <translation>Zeile %1 der Vorhersagedatei hat keinen Zielwert.</translation>
    </message>
    <message>
        <source>Row %1 of the predictions file has the label &apos;%2&apos;, which is neither a class index 0..%3 nor a score column name.</source>
        <translation>Zeile %1 der Vorhersagedatei hat den Zielwert &apos;%2&apos;, der weder ein Klassenindex 0..%3 noch der Name einer Wertespalte ist.</translation>
    </message>
    <message>
        <source>Row %1, membership column &apos;%2&apos;: &apos;%3&apos; is not 1/0, true/false, yes/no or member/non-member.</source>
        <translation>Zeile %1, Mitgliedschaftsspalte &apos;%2&apos;: &apos;%3&apos; ist nicht 1/0, true/false, yes/no oder member/non-member.</translation>
    </message>
    <message>
        <source>Every score in the predictions file lies in [0, 1], but the rows do not sum to 1 (off by up to %1): give logits, or probabilities that sum to 1 per row.</source>
        <translation>Jeder Wert der Vorhersagedatei liegt in [0, 1], aber die Zeilen summieren sich nicht zu 1 (Abweichung bis %1): Geben Sie Logits an oder Wahrscheinlichkeiten, die sich je Zeile zu 1 summieren.</translation>
    </message>
    <message>
        <source>A score in the predictions file is beyond the float32 range (about 3.4e38).</source>
        <translation>Ein Wert der Vorhersagedatei liegt außerhalb des float32-Bereichs (etwa 3,4e38).</translation>
    </message>
    <message>
        <source>The membership column &apos;%1&apos; marks every row as %2: an attack needs both members and non-members to be measured.</source>
        <translation>Die Mitgliedschaftsspalte &apos;%1&apos; kennzeichnet jede Zeile als %2: Um einen Angriff zu messen, braucht es Mitglieder und Nichtmitglieder.</translation>
    </message>
    <message>
        <source>a non-member</source>
        <translation>Nichtmitglied</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>Mitglied</translation>
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
    <message>
        <source>Only %1 optimiser steps (%2 per epoch for %3 rows in batches of %4, %5 epochs, sampling rate %6): too few for the model to learn, and an attack on a model that learned nothing understates the risk. Use a smaller batch or more epochs (at least %7 steps).</source>
        <translation>Nur %1 Optimierungsschritte (%2 je Epoche für %3 Zeilen in Stapeln zu %4, %5 Epochen, Stichprobenrate %6): zu wenige, damit das Modell lernt, und ein Angriff auf ein Modell, das nichts gelernt hat, unterschätzt das Risiko. Verwenden Sie kleinere Stapel oder mehr Epochen (mindestens %7 Schritte).</translation>
    </message>
    <message>
        <source>DP-SGD with sampling rate %1: batches of more than half the data give almost no privacy amplification by subsampling, so the noise needed for a given epsilon is large. Use a batch of a few percent of the data.</source>
        <translation>DP-SGD mit Stichprobenrate %1: Stapel mit mehr als der Hälfte der Daten bringen kaum Verstärkung durch Unterstichproben, daher ist das für ein gegebenes Epsilon nötige Rauschen groß. Verwenden Sie Stapel von wenigen Prozent der Daten.</translation>
    </message>
    <message>
        <source>delta = %1 is not below 1/n = %2 (n = %3 training rows): a mechanism that publishes one random record in full meets this guarantee. Choose delta well below 1/n, for example %4.</source>
        <translation>delta = %1 liegt nicht unter 1/n = %2 (n = %3 Trainingszeilen): Ein Mechanismus, der einen zufälligen Datensatz vollständig veröffentlicht, erfüllt diese Garantie. Wählen Sie delta deutlich unter 1/n, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>DP-SGD on %1 training rows at learning rate %2: on small data sets (fewer than %3 rows) PrivAudit&apos;s measurements learned more at %4 (README, &quot;Default recipe&quot;).</source>
        <translation>DP-SGD auf %1 Trainingszeilen mit Lernrate %2: auf kleinen Datensätzen (weniger als %3 Zeilen) lernte das Modell in den Messungen von PrivAudit mit %4 mehr (README, „Default recipe“).</translation>
    </message>
    <message>
        <source>The encoder&apos;s DP estimates spend epsilon %1 of the run&apos;s total of %2, which leaves nothing for DP-SGD: give a larger total or a smaller encoder epsilon.</source>
        <translation>Die DP-Schätzungen des Encoders verbrauchen Epsilon %1 von der Summe %2 des Laufs, sodass für DP-SGD nichts bleibt: eine größere Summe oder ein kleineres Encoder-Epsilon angeben.</translation>
    </message>
</context>
<context>
    <name>privaudit::project</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>hier trainiert</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>predictions file</source>
        <translation>Vorhersagedatei</translation>
    </message>
</context>
<context>
    <name>privaudit::project::ProjectStore</name>
    <message>
        <source>Recording the start of run &apos;%1&apos;</source>
        <translation>Aufzeichnen des Starts von Lauf „%1“</translation>
    </message>
    <message>
        <source>run %1 is not running</source>
        <translation>Lauf %1 läuft nicht</translation>
    </message>
    <message>
        <source>endRun() records failed or cancelled runs only.</source>
        <translation>endRun() vermerkt nur fehlgeschlagene oder abgebrochene Läufe.</translation>
    </message>
    <message>
        <source>Recording the end of run %1</source>
        <translation>Aufzeichnen des Endes von Lauf %1</translation>
    </message>
    <message>
        <source>Reading the runs</source>
        <translation>Lesen der Läufe</translation>
    </message>
    <message>
        <source>Reading run %1</source>
        <translation>Lesen von Lauf %1</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no run %2.</source>
        <translation>Das Projekt „%1“ hat keinen Lauf %2.</translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation>Lesen der Ergebnisse</translation>
    </message>
    <message>
        <source>Reading the scores</source>
        <translation>Lesen der Scores</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has no result %2.</source>
        <translation>Das Projekt „%1“ hat kein Ergebnis %2.</translation>
    </message>
    <message>
        <source>Result %1 in &apos;%2&apos; is damaged: its score arrays have the wrong size.</source>
        <translation>Ergebnis %1 in „%2“ ist beschädigt: seine Score-Felder haben die falsche Größe.</translation>
    </message>
    <message>
        <source>Reading the datasets</source>
        <translation>Lesen der Datensätze</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>Lesen der Modelle</translation>
    </message>
    <message>
        <source>The assessment value for &apos;%1&apos; is not valid JSON: %2.</source>
        <translation>Der Bewertungswert für „%1“ ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>Saving the assessment value &apos;%1&apos;</source>
        <translation>Speichern des Bewertungswerts „%1“</translation>
    </message>
    <message>
        <source>Reading the assessment</source>
        <translation>Lesen der Bewertung</translation>
    </message>
    <message>
        <source>Cannot read the evidence file &apos;%1&apos;: %2.</source>
        <translation>Die Nachweisdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The evidence file &apos;%1&apos; is larger than 256 MiB; store a reference to it instead.</source>
        <translation>Die Nachweisdatei „%1“ ist größer als 256 MiB; stattdessen einen Verweis speichern.</translation>
    </message>
    <message>
        <source>Adding the evidence file &apos;%1&apos;</source>
        <translation>Hinzufügen der Nachweisdatei „%1“</translation>
    </message>
    <message>
        <source>No project file at &apos;%1&apos;.</source>
        <translation>Keine Projektdatei unter „%1“.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: it is not a PrivAudit project.</source>
        <translation>„%1“ ist leer: kein PrivAudit-Projekt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PrivAudit project: it is not an SQLite database file.</source>
        <translation>„%1“ ist kein PrivAudit-Projekt: keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: its %2 bytes do not even hold the database header. Restore it from a backup.</source>
        <translation>„%1“ ist abgeschnitten: Seine %2 Bytes enthalten nicht einmal den Datenbankkopf. Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it has %2 bytes but its header describes %3. Restore it from a backup.</source>
        <translation>„%1“ ist abgeschnitten: Die Datei hat %2 Bytes, ihr Kopf beschreibt %3. Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The project file &apos;%1&apos; is damaged (%2: %3). Restore it from a backup.</source>
        <translation>Die Projektdatei „%1“ ist beschädigt (%2: %3). Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is open read-only (%2).</source>
        <translation>Das Projekt „%1“ ist schreibgeschützt geöffnet (%2).</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not saved; nothing already stored was changed.</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht gespeichert; bereits Gespeichertes blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 failed in &apos;%2&apos;: %3</source>
        <translation>%1 ist in „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is open read-only: %2</source>
        <translation>Das Projekt „%1“ ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Unbekannte Schemaversion %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name or open it.</source>
        <translation>„%1“ existiert bereits; einen anderen Namen wählen oder die Datei öffnen.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the project &apos;%1&apos;: %2</source>
        <translation>Das Projekt „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the project &apos;%1&apos;: the file could not be moved into place.</source>
        <translation>Das Projekt „%1“ kann nicht angelegt werden: Die Datei konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Reading the file header</source>
        <translation>Lesen des Dateikopfs</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a PrivAudit project.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein PrivAudit-Projekt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete PrivAudit project (schema version %2).</source>
        <translation>„%1“ ist kein vollständiges PrivAudit-Projekt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>it was written by a newer PrivAudit (schema %1; this version knows up to %2), so it opens read-only</source>
        <translation>sie wurde von einer neueren PrivAudit-Version geschrieben (Schema %1; diese Version kennt bis %2) und wird daher schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade &apos;%1&apos; from schema %2 to %3: %4. The file was not changed.</source>
        <translation>„%1“ kann nicht von Schema %2 auf %3 aktualisiert werden: %4. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was upgraded from schema %2 to %3.</source>
        <translation>„%1“ wurde von Schema %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Recording &apos;%1&apos; in the audit trail</source>
        <translation>Aufzeichnen von „%1“ im Audit-Trail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another name.</source>
        <translation>„%1“ existiert bereits; einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Saving a copy to &apos;%1&apos;</source>
        <translation>Speichern einer Kopie nach „%1“</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Lesen des Audit-Trails</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Lesen des Projekts</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation>Die Integritätsprüfung</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Tabelle %1, Zeile %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>The triggers that keep the audit trail append-only are missing: the file was edited outside PrivAudit.</source>
        <translation>Die Trigger, die den Audit-Trail nur erweiterbar halten, fehlen: Die Datei wurde außerhalb von PrivAudit bearbeitet.</translation>
    </message>
    <message>
        <source>Audit trail row %1: expected row %2 here; rows were removed or inserted.</source>
        <translation>Audit-Trail-Eintrag %1: Hier wurde Eintrag %2 erwartet; Einträge wurden entfernt oder eingefügt.</translation>
    </message>
    <message>
        <source>Audit trail row %1: it does not chain to the row before it (the row before was changed, removed or inserted).</source>
        <translation>Audit-Trail-Eintrag %1: Er ist nicht mit dem vorherigen Eintrag verkettet (der vorherige wurde geändert, entfernt oder eingefügt).</translation>
    </message>
    <message>
        <source>Audit trail row %1 (%2, %3): its content does not match its hash; it was changed after it was written.</source>
        <translation>Audit-Trail-Eintrag %1 (%2, %3): Sein Inhalt stimmt nicht mit seinem Hash überein; er wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>Run %1 has no start record in the audit trail: it was added outside PrivAudit.</source>
        <translation>Lauf %1 hat keinen Starteintrag im Audit-Trail: Er wurde außerhalb von PrivAudit hinzugefügt.</translation>
    </message>
    <message>
        <source>Run %1: its job specification does not match the hash recorded in the audit trail.</source>
        <translation>Lauf %1: Seine Auftragsspezifikation stimmt nicht mit dem im Audit-Trail vermerkten Hash überein.</translation>
    </message>
    <message>
        <source>Result %1 (run %2, %3) has no record in the audit trail: it was added outside PrivAudit.</source>
        <translation>Ergebnis %1 (Lauf %2, %3) hat keinen Eintrag im Audit-Trail: Es wurde außerhalb von PrivAudit hinzugefügt.</translation>
    </message>
    <message>
        <source>Result %1 (run %2, %3): its content does not match the hash recorded in audit trail row %4; it was changed after it was stored.</source>
        <translation>Ergebnis %1 (Lauf %2, %3): Sein Inhalt stimmt nicht mit dem in Audit-Trail-Eintrag %4 vermerkten Hash überein; es wurde nach dem Speichern geändert.</translation>
    </message>
    <message>
        <source>Dataset %1 (%2): its hashes do not match the audit trail.</source>
        <translation>Datensatz %1 (%2): Seine Hashes stimmen nicht mit dem Audit-Trail überein.</translation>
    </message>
    <message>
        <source>Evidence file %1 (%2) does not match the hash recorded in the audit trail.</source>
        <translation>Nachweisdatei %1 (%2) stimmt nicht mit dem im Audit-Trail vermerkten Hash überein.</translation>
    </message>
    <message>
        <source>Adding the dataset &apos;%1&apos;</source>
        <translation>Hinzufügen des Datensatzes „%1“</translation>
    </message>
    <message>
        <source>Saving the results of run %1</source>
        <translation>Speichern der Ergebnisse von Lauf %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a PrivAudit project file.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine PrivAudit-Projektdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (a device, pipe or socket), so it is not a PrivAudit project.</source>
        <translation>&apos;%1&apos; ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket) und daher kein PrivAudit-Projekt.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: SQLite gave no handle on the file.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: SQLite lieferte keinen Zugriff auf die Datei.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: its size is unknown.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Ihre Größe ist unbekannt.</translation>
    </message>
    <message>
        <source>Cannot read the header of &apos;%1&apos;.</source>
        <translation>Der Dateikopf von &apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is busy: another process is writing to it and did not finish within %2 s, so %3 was not saved. Nothing stored was changed; try again when it has finished.</source>
        <translation>Das Projekt &apos;%1&apos; ist belegt: Ein anderer Prozess schreibt hinein und wurde nicht innerhalb von %2 s fertig, daher wurde %3 nicht gespeichert. Nichts Gespeichertes wurde verändert; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is busy: it is being written by %2 on this host, which did not finish within %3 s, so %4 was not saved. Nothing stored was changed; try again when it has finished.</source>
        <translation>Das Projekt &apos;%1&apos; ist belegt: %2 auf diesem Rechner schreibt hinein und wurde nicht innerhalb von %3 s fertig, daher wurde %4 nicht gespeichert. Nichts Gespeichertes wurde verändert; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by an older PrivAudit (schema %2); it is read as it is and is upgraded when it is opened for writing.</source>
        <translation>&apos;%1&apos; wurde von einem älteren PrivAudit geschrieben (Schema %2); es wird unverändert gelesen und beim Öffnen zum Schreiben aktualisiert.</translation>
    </message>
    <message>
        <source>There is no dataset %1 to make a new version of.</source>
        <translation>Es gibt keinen Datensatz %1, von dem eine neue Version angelegt werden könnte.</translation>
    </message>
    <message>
        <source>Reading the runs of dataset %1</source>
        <translation>Lesen der Läufe von Datensatz %1</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Ein Datensatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>Renaming dataset %1</source>
        <translation>Umbenennen von Datensatz %1</translation>
    </message>
    <message>
        <source>There is no dataset %1.</source>
        <translation>Es gibt keinen Datensatz %1.</translation>
    </message>
    <message>
        <source>Deleting dataset %1</source>
        <translation>Löschen von Datensatz %1</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; is used by run %2, so it is kept: the runs&apos; evidence refers to it.</source>
        <translation>Der Datensatz &apos;%1&apos; wird von Lauf %2 verwendet und bleibt daher erhalten: Die Nachweise der Läufe beziehen sich auf ihn.</translation>
    </message>
    <message>
        <source>This project has schema %1; final reports need schema 3 (open it for writing once to upgrade).</source>
        <translation>Dieses Projekt hat Schema %1; endgültige Berichte brauchen Schema 3 (einmal zum Schreiben öffnen, um es zu aktualisieren).</translation>
    </message>
    <message>
        <source>Storing the final report &apos;%1&apos;</source>
        <translation>Speichern des endgültigen Berichts &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading the final reports</source>
        <translation>Lesen der endgültigen Berichte</translation>
    </message>
    <message>
        <source>This project holds no final reports.</source>
        <translation>Dieses Projekt enthält keine endgültigen Berichte.</translation>
    </message>
    <message>
        <source>There is no final report %1.</source>
        <translation>Es gibt keinen endgültigen Bericht %1.</translation>
    </message>
    <message>
        <source>Reading the final report</source>
        <translation>Lesen des endgültigen Berichts</translation>
    </message>
    <message>
        <source>The triggers that keep final reports immutable are missing: the file was edited outside PrivAudit.</source>
        <translation>Die Trigger, die endgültige Berichte unveränderlich halten, fehlen: Die Datei wurde außerhalb von PrivAudit bearbeitet.</translation>
    </message>
    <message>
        <source>Final report %1 (%2) does not match the hash recorded in the audit trail.</source>
        <translation>Der endgültige Bericht %1 (%2) stimmt nicht mit dem im Audit-Trail festgehaltenen Hash überein.</translation>
    </message>
    <message>
        <source>The audit trail records %1 final reports but the project holds %2: a report was removed.</source>
        <translation>Der Audit-Trail verzeichnet %1 endgültige Berichte, das Projekt enthält aber %2: Ein Bericht wurde entfernt.</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Zielmodell</translation>
    </message>
    <message>
        <source>Synthetic patient records (built-in demo)</source>
        <translation>Synthetische Patientendaten (eingebaute Demo)</translation>
    </message>
    <message>
        <source>Generated by PrivAudit; no restrictions.</source>
        <translation>Von PrivAudit erzeugt; keine Einschränkungen.</translation>
    </message>
    <message>
        <source>Not applicable: no real person&apos;s data.</source>
        <translation>Nicht zutreffend: keine Daten realer Personen.</translation>
    </message>
    <message>
        <source>Demonstration of the privacy audit.</source>
        <translation>Vorführung des Datenschutzaudits.</translation>
    </message>
    <message>
        <source>Saving %1 assessment values</source>
        <translation>%1 Bewertungswerte speichern</translation>
    </message>
    <message>
        <source>The audit trail has %1 rows, but it had %2 when PrivAudit last saw this project on this machine (%3): committed history was lost (a deleted -wal file, or an older copy put in its place).</source>
        <translation>Das Prüfprotokoll hat %1 Zeilen, hatte aber %2, als PrivAudit dieses Projekt zuletzt auf diesem Rechner sah (%3): festgeschriebene Historie ging verloren (eine gelöschte -wal-Datei oder eine ältere Kopie an seiner Stelle).</translation>
    </message>
    <message>
        <source>Audit trail row %1 is not the one PrivAudit saw on this machine (%2): the trail was rewritten from there on.</source>
        <translation>Zeile %1 des Prüfprotokolls ist nicht die, die PrivAudit auf diesem Rechner sah (%2): das Protokoll wurde ab dort neu geschrieben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it is shorter than its header says and its write-ahead log does not hold the missing pages (%2). Keep &apos;%1&apos; and &apos;%1-wal&apos; together, do not delete either, and restore the project from a backup.</source>
        <translation>&apos;%1&apos; ist beschädigt: Die Datei ist kürzer, als ihr Kopf angibt, und ihr Write-Ahead-Log enthält die fehlenden Seiten nicht (%2). Bewahren Sie &apos;%1&apos; und &apos;%1-wal&apos; zusammen auf, löschen Sie keine der beiden und stellen Sie das Projekt aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>it contains database objects that PrivAudit did not create or that were changed (%1); they could rewrite what is stored, so it opens read-only</source>
        <translation>es enthält Datenbankobjekte, die PrivAudit nicht angelegt hat oder die verändert wurden (%1); sie könnten Gespeichertes umschreiben, daher wird es nur lesend geöffnet</translation>
    </message>
    <message>
        <source>the project record</source>
        <translation>der Projektdatensatz</translation>
    </message>
    <message>
        <source>datasets (hashes, datasheet: origin, licence, consent, purpose)</source>
        <translation>Datensätze (Hashes, Datenblatt: Herkunft, Lizenz, Einwilligung, Zweck)</translation>
    </message>
    <message>
        <source>runs (status, name, specification, summary)</source>
        <translation>Läufe (Status, Name, Spezifikation, Zusammenfassung)</translation>
    </message>
    <message>
        <source>models (hashes, DP parameters and epsilon, training settings)</source>
        <translation>Modelle (Hashes, DP-Parameter und Epsilon, Trainingseinstellungen)</translation>
    </message>
    <message>
        <source>results (which run each belongs to, metrics, hashes of the scores)</source>
        <translation>Ergebnisse (zu welchem Lauf jedes gehört, Kennzahlen, Hashes der Scores)</translation>
    </message>
    <message>
        <source>the assessment (checklist answers, risk matrix, model under review)</source>
        <translation>die Bewertung (Checklisten-Antworten, Risikomatrix, geprüftes Modell)</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>final reports</source>
        <translation>finale Berichte</translation>
    </message>
    <message>
        <source>the database schema (tables, triggers, indexes, views)</source>
        <translation>das Datenbankschema (Tabellen, Trigger, Indizes, Sichten)</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; (on &apos;%3&apos;) was not created by PrivAudit</source>
        <translation>%1 &apos;%2&apos; (auf &apos;%3&apos;) wurde nicht von PrivAudit angelegt</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; differs from the one PrivAudit creates</source>
        <translation>%1 &apos;%2&apos; weicht von dem ab, das PrivAudit anlegt</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is missing</source>
        <translation>%1 &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed outside PrivAudit after audit trail row %2 (%3), so nothing was written: writing now would seal that change into the audit trail. Run &apos;privaudit-cli project verify&apos; and restore the project from a copy you trust.</source>
        <translation>&apos;%1&apos; wurde nach Zeile %2 des Prüfprotokolls außerhalb von PrivAudit geändert (%3), daher wurde nichts geschrieben: ein Schreiben jetzt würde diese Änderung im Prüfprotokoll versiegeln. Führen Sie &apos;privaudit-cli project verify&apos; aus und stellen Sie das Projekt aus einer Kopie wieder her, der Sie vertrauen.</translation>
    </message>
    <message>
        <source>Schema: %1.</source>
        <translation>Schema: %1.</translation>
    </message>
    <message>
        <source>The last write (audit trail row %1) was made by a PrivAudit that did not seal the project&apos;s content: edits made outside PrivAudit since then cannot be detected until the next write seals it.</source>
        <translation>Der letzte Schreibvorgang (Zeile %1 des Prüfprotokolls) stammt von einem PrivAudit, das den Projektinhalt nicht versiegelte: Änderungen außerhalb von PrivAudit seitdem sind nicht erkennbar, bis der nächste Schreibvorgang ihn versiegelt.</translation>
    </message>
    <message>
        <source>Changed after audit trail row %1, PrivAudit&apos;s last recorded write: %2. The file was edited outside PrivAudit.</source>
        <translation>Geändert nach Zeile %1 des Prüfprotokolls, dem letzten aufgezeichneten Schreibvorgang von PrivAudit: %2. Die Datei wurde außerhalb von PrivAudit bearbeitet.</translation>
    </message>
    <message>
        <source>Model %1 (%2): its stored weights do not match its SHA-256; they were replaced.</source>
        <translation>Modell %1 (%2): Seine gespeicherten Gewichte stimmen nicht mit seinem SHA-256 überein; sie wurden ersetzt.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Cannot create the project &apos;%1&apos;: a leftover &apos;%2&apos; of an earlier database by that name cannot be removed.</source>
        <translation>Das Projekt &apos;%1&apos; kann nicht angelegt werden: ein Überbleibsel &apos;%2&apos; einer früheren Datenbank dieses Namens lässt sich nicht entfernen.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::CounterfactualSection</name>
    <message>
        <source>%1 (run %2): counterfactual memorisation of the model under review&apos;s members</source>
        <translation>%1 (Lauf %2): kontrafaktische Memorierung der Mitglieder des geprüften Modells</translation>
    </message>
    <message>
        <source>%1 (run %2): counterfactual memorisation, a comparison</source>
        <translation>%1 (Lauf %2): kontrafaktische Memorierung, ein Vergleich</translation>
    </message>
    <message>
        <source>%1 members, each trained on by %2 of the run&apos;s %3 reference models (the recipe of the target, as LiRA trains them) and left out by the others; each record&apos;s permutation test re-splits the models %4 times. The most memorised members:</source>
        <translation>%1 Mitglieder, jedes von %2 der %3 Referenzmodelle des Laufs trainiert (mit dem Rezept des Ziels, wie LiRA sie trainiert) und von den anderen ausgelassen; der Permutationstest jedes Datensatzes teilt die Modelle %4-mal neu auf. Die am stärksten memorierten Mitglieder:</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Datenzeile</translation>
    </message>
    <message>
        <source>Memorisation</source>
        <translation>Memorierung</translation>
    </message>
    <message>
        <source>Loss form (nats)</source>
        <translation>Verlustform (nats)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>Exposed by LiRA</source>
        <translation>Von LiRA aufgedeckt</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Method (Feldman &amp; Zhang 2020): a record&apos;s memorisation is the reference models&apos; accuracy on it when they trained on it minus when they did not, in [-1, 1] (the loss form: the mean cross-entropy when left out minus when trained on); records with identical encoded features and label are trained on or left out together. Its p-value is a one-sided permutation test of the loss form; with no memorisation about 5% of records reach p &lt;= 0.05 by chance. The reference models are retrained with the target&apos;s recipe, so this measures the recipe on this data, not the target model itself.</source>
        <translation>Methode (Feldman &amp; Zhang 2020): die Memorierung eines Datensatzes ist die Genauigkeit der Referenzmodelle auf ihm, wenn sie auf ihm trainiert wurden, minus wenn nicht, in [-1, 1] (die Verlustform: mittlere Kreuzentropie, wenn ausgelassen, minus wenn trainiert); Datensätze mit identischen kodierten Merkmalen und Label werden gemeinsam trainiert oder ausgelassen. Ihr p-Wert ist ein einseitiger Permutationstest der Verlustform; ohne Memorierung erreichen etwa 5 % der Datensätze zufällig p &lt;= 0,05. Die Referenzmodelle werden mit dem Rezept des Ziels neu trainiert; gemessen wird also das Rezept auf diesen Daten, nicht das Zielmodell selbst.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::InversionSection</name>
    <message>
        <source>%1 (run %2): informed reconstruction, the model class under review</source>
        <translation>%1 (Lauf %2): informierte Rekonstruktion, die geprüfte Modellklasse</translation>
    </message>
    <message>
        <source>%1 (run %2): informed reconstruction of training rows, a comparison</source>
        <translation>%1 (Lauf %2): informierte Rekonstruktion von Trainingszeilen, ein Vergleich</translation>
    </message>
    <message>
        <source>Trained with DP-SGD (epsilon %1 for one row).</source>
        <translation>Mit DP-SGD trainiert (Epsilon %1 für eine Zeile).</translation>
    </message>
    <message>
        <source>Without DP: the released model is the exact minimiser.</source>
        <translation>Ohne DP: das veröffentlichte Modell ist das exakte Minimum.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Baseline (no model)</source>
        <translation>Basislinie (ohne Modell)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Columns recovered</source>
        <translation>Spalten rekonstruiert</translation>
    </message>
    <message>
        <source>Advantage over the baseline</source>
        <translation>Vorsprung vor der Basislinie</translation>
    </message>
    <message>
        <source>Rows fully recovered</source>
        <translation>Zeilen vollständig rekonstruiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>Labels recovered</source>
        <translation>Labels rekonstruiert</translation>
    </message>
    <message>
        <source>No reconstruction run: the report has no measurement of whether training rows can be reconstructed from the model.</source>
        <translation>Kein Rekonstruktionslauf: der Bericht misst nicht, ob sich Trainingszeilen aus dem Modell rekonstruieren lassen.</translation>
    </message>
    <message>
        <source>%1 rows reconstructed, each left out of %2 rows the adversary knows; the %6 with L2 penalty %3 trained on the %4 rows, once per reconstructed row, on %5 input columns.</source>
        <translation>%1 Zeilen rekonstruiert, jede fehlend unter %2 Zeilen, die der Angreifer kennt; das Modell (%6) mit L2-Strafe %3, trainiert auf den %4 Zeilen, einmal je rekonstruierter Zeile, auf %5 Eingabespalten.</translation>
    </message>
    <message>
        <source>Without DP: the released model is a stationary point of the objective (largest gradient entry %1).</source>
        <translation>Ohne DP: das veröffentlichte Modell ist ein stationärer Punkt des Ziels (größter Gradienteneintrag %1).</translation>
    </message>
    <message>
        <source>Method (Balle, Cherubin &amp; Hayes 2022, informed adversaries): at the minimiser of an L2-penalised logistic regression, and at any stationary point of a smooth MLP, the gradients sum to zero, so an adversary who knows every training row but one and the released parameters computes the missing row&apos;s gradient, and from its first layer the row (that layer&apos;s gradient is the row times its output gradient) and from its last the label. A numeric column counts as recovered within 0.319 standard deviations, a categorical one when exact (TabLeak&apos;s tolerance); the baseline guesses each column&apos;s class-conditional mean or mode from the population rows, and for the label the commonest class. The models measured are the recipe retrained per row, not the model under review itself.</source>
        <translation>Methode (Balle, Cherubin &amp; Hayes 2022, informierte Angreifer): im Minimierer einer L2-bestraften logistischen Regression und in jedem stationären Punkt eines glatten MLP summieren sich die Gradienten zu null, also berechnet ein Angreifer, der jede Trainingszeile bis auf eine und die veröffentlichten Parameter kennt, den Gradienten der fehlenden Zeile, aus dessen erster Schicht die Zeile (der Gradient dieser Schicht ist die Zeile mal ihr Ausgangsgradient) und aus der letzten das Label. Eine numerische Spalte gilt innerhalb von 0,319 Standardabweichungen als wiedergewonnen, eine kategoriale bei Gleichheit (TabLeaks Toleranz); die Basislinie schätzt Mittelwert oder Modus jeder Spalte je Klasse aus den Populationszeilen und für das Label die häufigste Klasse. Gemessen wird das je Zeile neu trainierte Rezept, nicht das geprüfte Modell selbst.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::MemorisationSection</name>
    <message>
        <source>%1 (run %2): canary exposure of the recipe of the model under review</source>
        <translation>%1 (Lauf %2): Canary-Exposition des Rezepts des geprüften Modells</translation>
    </message>
    <message>
        <source>%1 (run %2): canary exposure of a training recipe, a comparison</source>
        <translation>%1 (Lauf %2): Canary-Exposition eines Trainingsrezepts, ein Vergleich</translation>
    </message>
    <message>
        <source>%1 canaries per level (%2 labels) inserted into %3 members (%4 rows added), the recipe retrained once on them; each canary ranked among %5 never-inserted references from the same generator. Chance is %6 bits; %5 references measure at most %7 bits.</source>
        <translation>%1 Canaries je Stufe (Zielwerte: %2) in %3 Mitglieder eingefügt (%4 Zeilen hinzugefügt), das Rezept einmal darauf neu trainiert; jeder Canary unter %5 nie eingefügten Referenzen desselben Generators eingeordnet. Zufall sind %6 Bit; %5 Referenzen messen höchstens %7 Bit.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>vertauscht</translation>
    </message>
    <message>
        <source>Trained with DP-SGD (epsilon %1 for one row).</source>
        <translation>Mit DP-SGD trainiert (Epsilon %1 für eine Zeile).</translation>
    </message>
    <message>
        <source>Canaries</source>
        <translation>Canaries</translation>
    </message>
    <message>
        <source>Exposure (bits)</source>
        <translation>Exposition (Bit)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Extrapolated (bits)</source>
        <translation>Extrapoliert (Bit)</translation>
    </message>
    <message>
        <source>controls, never inserted</source>
        <translation>Kontrollen, nie eingefügt</translation>
    </message>
    <message>
        <source>inserted %1 times</source>
        <translation>%1-mal eingefügt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Method (Carlini et al. 2019, the Secret Sharer): exposure is log2(references) - log2(rank) of a canary&apos;s loss among the references&apos; losses, about 1.44 bits for a canary the model did not memorise; the extrapolated exposure reads the canary&apos;s loss off a skew-normal fitted to the logarithms of the references&apos; losses and can exceed what the references measure. The canaries&apos; labels are the ones the recipe trained without them finds least likely (flipped), so that only a memorised canary has a small loss. The model measured is the recipe retrained with the canaries, not the model under review itself.</source>
        <translation>Methode (Carlini et al. 2019, der Secret Sharer): die Exposition ist log2(Referenzen) - log2(Rang) des Verlusts eines Canary unter den Verlusten der Referenzen, etwa 1,44 Bit für einen Canary, den das Modell nicht memoriert hat; die extrapolierte Exposition liest den Verlust des Canary an einer Schiefnormalverteilung ab, die an die Logarithmen der Verluste der Referenzen angepasst ist, und kann über das hinausgehen, was die Referenzen messen. Die Zielwerte der Canaries sind die, die das ohne sie trainierte Rezept für am unwahrscheinlichsten hält (vertauscht), sodass nur ein memorierter Canary einen kleinen Verlust hat. Gemessen wird das mit den Canaries neu trainierte Rezept, nicht das geprüfte Modell selbst.</translation>
    </message>
    <message>
        <source>No canary-exposure run: the report has no measurement of how much the training recipe memorises individual rows.</source>
        <translation>Kein Canary-Expositionslauf: der Bericht enthält keine Messung, wie stark das Trainingsrezept einzelne Zeilen memoriert.</translation>
    </message>
    <message>
        <source>No canary-exposure run: how much the recipe memorises rows repeated 1, 10 or 100 times is not measured.</source>
        <translation>Kein Canary-Expositionslauf: wie stark das Rezept 1-, 10- oder 100-mal wiederholte Zeilen memoriert, ist nicht gemessen.</translation>
    </message>
</context>
<context>
    <name>privaudit::report::MiFaceSection</name>
    <message>
        <source>%1 (run %2): MI-Face inversion of the model under review</source>
        <translation>%1 (Lauf %2): MI-Face-Inversion des geprüften Modells</translation>
    </message>
    <message>
        <source>%1 (run %2): MI-Face inversion, a comparison</source>
        <translation>%1 (Lauf %2): MI-Face-Inversion, ein Vergleich</translation>
    </message>
    <message>
        <source>%1 representatives for %2 classes of a target trained on %3 rows; each compared with %4 training rows and as many held-out rows of the same classes.</source>
        <translation>%1 Repräsentanten für %2 Klassen eines auf %3 Zeilen trainierten Zielmodells; jeder verglichen mit %4 Trainingszeilen und ebenso vielen zurückgehaltenen Zeilen derselben Klassen.</translation>
    </message>
    <message>
        <source>Target accuracy %1% on its training rows, %2% on held-out rows.</source>
        <translation>Genauigkeit des Zielmodells %1% auf seinen Trainingszeilen, %2% auf zurückgehaltenen Zeilen.</translation>
    </message>
    <message>
        <source>Trained with DP-SGD (epsilon %1).</source>
        <translation>Mit DP-SGD trainiert (Epsilon %1).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Repräsentanten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Nearer a training row than a held-out row</source>
        <translation>Näher an einer Trainingszeile als an einer zurückgehaltenen</translation>
    </message>
    <message>
        <source>about 50% when they reveal no member</source>
        <translation>etwa 50 %, wenn sie kein Mitglied verraten</translation>
    </message>
    <message>
        <source>Mean distance gap (held-out minus member)</source>
        <translation>Mittlerer Abstandsunterschied (zurückgehalten minus Mitglied)</translation>
    </message>
    <message>
        <source>about 0</source>
        <translation>etwa 0</translation>
    </message>
    <message>
        <source>Permutation test, one-sided p</source>
        <translation>Permutationstest, einseitiges p</translation>
    </message>
    <message>
        <source>%1 reassignments</source>
        <translation>%1 Neuzuordnungen</translation>
    </message>
    <message>
        <source>Columns of the closest member recovered</source>
        <translation>Getroffene Spalten des nächsten Mitglieds</translation>
    </message>
    <message>
        <source>closest held-out row: %1</source>
        <translation>nächste zurückgehaltene Zeile: %1</translation>
    </message>
    <message>
        <source>Agreement with the class-conditional mean or mode</source>
        <translation>Übereinstimmung mit klassenbedingtem Mittelwert oder Modus</translation>
    </message>
    <message>
        <source>Mean confidence in the class</source>
        <translation>Mittlere Konfidenz in der Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Mean confidence</source>
        <translation>Mittlere Konfidenz</translation>
    </message>
    <message>
        <source>Nearer a member</source>
        <translation>Näher an Mitglied</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Mittlerer Unterschied</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No MI-Face run: the report has no measurement of whether inverting the model for a class reveals its training rows.</source>
        <translation>Kein MI-Face-Lauf: Der Bericht enthält keine Messung, ob die Inversion des Modells für eine Klasse seine Trainingszeilen verrät.</translation>
    </message>
    <message>
        <source>Method (Fredrikson, Jha &amp; Ristenpart 2015, MI-Face, adapted to tables): gradient descent on the model&apos;s input to maximise one class&apos;s probability, categorical columns relaxed to a softmax over their values and decoded by the largest, numeric columns kept in the range of the training and held-out rows and whole numbers rounded, from the average row and from random starts. A representative is a leak only where it sits nearer the class&apos;s training rows than its held-out rows: the permutation test reassigns the pooled rows of each class between the two sides. Columns are compared in standardised units; a numeric column counts as recovered within 0.319 standard deviations, a categorical one when exact (TabLeak&apos;s tolerance).</source>
        <translation>Methode (Fredrikson, Jha &amp; Ristenpart 2015, MI-Face, auf Tabellen übertragen): Gradientenabstieg über die Eingabe des Modells, um die Wahrscheinlichkeit einer Klasse zu maximieren; kategoriale Spalten zu einem Softmax über ihre Werte relaxiert und nach dem größten dekodiert, numerische Spalten im Wertebereich der Trainings- und zurückgehaltenen Zeilen gehalten und ganze Zahlen gerundet, von der mittleren Zeile und von zufälligen Starts aus. Ein Repräsentant ist nur dann ein Leck, wenn er näher an den Trainingszeilen der Klasse liegt als an ihren zurückgehaltenen Zeilen: Der Permutationstest ordnet die gepoolten Zeilen jeder Klasse den beiden Seiten neu zu. Spalten werden in standardisierten Einheiten verglichen; eine numerische Spalte gilt innerhalb von 0,319 Standardabweichungen als getroffen, eine kategoriale bei exakter Übereinstimmung (Toleranz von TabLeak).</translation>
    </message>
</context>
<context>
    <name>privaudit::report::PdfSigner</name>
    <message>
        <source>&apos;%1&apos; is not a PKCS#12 (.p12) key bundle: %2</source>
        <translation>&apos;%1&apos; ist kein PKCS#12-Schlüsselbund (.p12): %2</translation>
    </message>
    <message>
        <source>Cannot open the key bundle &apos;%1&apos; (wrong password?): %2</source>
        <translation>Der Schlüsselbund &apos;%1&apos; kann nicht geöffnet werden (falsches Passwort?): %2</translation>
    </message>
    <message>
        <source>The key bundle &apos;%1&apos; holds no private key and certificate.</source>
        <translation>Der Schlüsselbund &apos;%1&apos; enthält keinen privaten Schlüssel mit Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate in &apos;%1&apos; (%2) has expired.</source>
        <translation>Das Zertifikat in &apos;%1&apos; (%2) ist abgelaufen.</translation>
    </message>
    <message>
        <source>There is no PDF &apos;%1&apos; to sign.</source>
        <translation>Es gibt kein PDF &apos;%1&apos; zum Signieren.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside &apos;%1&apos;: %2.</source>
        <translation>Neben &apos;%1&apos; kann keine temporäre Datei angelegt werden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no page to sign.</source>
        <translation>&apos;%1&apos; hat keine Seite zum Signieren.</translation>
    </message>
    <message>
        <source>PoDoFo did not place the signature in &apos;%1&apos;.</source>
        <translation>PoDoFo hat die Signatur nicht in &apos;%1&apos; platziert.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The signature needs %1 bytes, more than the %2 reserved (is the certificate chain very long?).</source>
        <translation>Die Signatur braucht %1 Byte, mehr als die reservierten %2 (ist die Zertifikatskette sehr lang?).</translation>
    </message>
    <message>
        <source>Cannot sign &apos;%1&apos;: PoDoFo error %2 (%3).</source>
        <translation>&apos;%1&apos; kann nicht signiert werden: PoDoFo-Fehler %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos; with its signed version.</source>
        <translation>&apos;%1&apos; kann nicht durch die signierte Fassung ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot read the signing key: %1</source>
        <translation>Der Signaturschlüssel kann nicht gelesen werden: %1</translation>
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
        <translation>PrivAudit %1 (%2), Qt %3, LibTorch %4, Eigen %5, SQLite %6, %7; BLAS %8; %9 Threads auf %10</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Umfang und Methode</translation>
    </message>
    <message>
        <source>Attack results</source>
        <translation>Angriffsergebnisse</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Differential Privacy</translation>
    </message>
    <message>
        <source>Privacy risk matrix</source>
        <translation>Datenschutz-Risikomatrix</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Appendix: job specifications and environment</source>
        <translation>Anhang: Auftragsspezifikationen und Umgebung</translation>
    </message>
    <message>
        <source>AI Act classification: %1.</source>
        <translation>Einstufung nach KI-Verordnung: %1.</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Ausschlussgrund: %1</translation>
    </message>
    <message>
        <source>trained with DP-SGD, epsilon %1 at delta %2</source>
        <translation>mit DP-SGD trainiert, Epsilon %1 bei Delta %2</translation>
    </message>
    <message>
        <source>trained without differential privacy</source>
        <translation>ohne Differential Privacy trainiert</translation>
    </message>
    <message>
        <source>Run %1 (%2, %3): the strongest attack, %4, reached AUC %5, TPR %6 at 0.1% FPR and an empirical epsilon of at least %7.</source>
        <translation>Lauf %1 (%2, %3): Der stärkste Angriff, %4, erreichte AUC %5, TPR %6 bei 0,1 % FPR und ein empirisches Epsilon von mindestens %7.</translation>
    </message>
    <message>
        <source>Overall privacy risk after controls: %1. %2 of %3 applicable checklist items are answered.</source>
        <translation>Gesamtes Datenschutzrisiko nach Maßnahmen: %1. %2 von %3 zutreffenden Checklistenpunkten sind beantwortet.</translation>
    </message>
    <message>
        <source>Stop: a prohibited practice was reported. The system cannot be placed on the EU market as it is.</source>
        <translation>Stopp: Eine verbotene Praxis wurde gemeldet. Das System darf so nicht in der EU in Verkehr gebracht werden.</translation>
    </message>
    <message>
        <source>Reduce the high risks: %1.</source>
        <translation>Hohe Risiken verringern: %1.</translation>
    </message>
    <message>
        <source>Answer the %1 open checklist items and attach their evidence.</source>
        <translation>Die %1 offenen Checklistenpunkte beantworten und ihre Nachweise anhängen.</translation>
    </message>
    <message>
        <source>Consider training with differential privacy; the trade-off explorer shows what it costs in accuracy.</source>
        <translation>Training mit Differential Privacy erwägen; der Trade-off-Explorer zeigt, was es an Genauigkeit kostet.</translation>
    </message>
    <message>
        <source>No membership-inference run: the report has no measured evidence of privacy risk.</source>
        <translation>Kein Membership-Inference-Lauf: Der Bericht enthält keinen gemessenen Nachweis des Datenschutzrisikos.</translation>
    </message>
    <message>
        <source>Run a membership-inference test on the model to be released.</source>
        <translation>Einen Membership-Inference-Test am freizugebenden Modell durchführen.</translation>
    </message>
    <message>
        <source>The privacy risk matrix has not been filled in.</source>
        <translation>Die Datenschutz-Risikomatrix wurde nicht ausgefüllt.</translation>
    </message>
    <message>
        <source>No checklist item has been answered; the AI Act classification rests on no answers.</source>
        <translation>Kein Checklistenpunkt ist beantwortet; die Einstufung nach KI-Verordnung beruht auf keinen Antworten.</translation>
    </message>
    <message>
        <source>The project failed verification: %1</source>
        <translation>Das Projekt hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>An empirical epsilon is a lower bound: it shows how much privacy is at least lost against these attacks; it cannot prove that a model is private.</source>
        <translation>Ein empirisches Epsilon ist eine untere Schranke: Es zeigt, wie viel Privatsphäre gegenüber diesen Angriffen mindestens verloren geht; es kann nicht beweisen, dass ein Modell privat ist.</translation>
    </message>
    <message>
        <source>The attacks are not exhaustive. Stronger or adaptive attacks, and attacks on other outputs (embeddings, explanations, gradients) may reveal more.</source>
        <translation>Die Angriffe sind nicht vollständig. Stärkere oder adaptive Angriffe sowie Angriffe auf andere Ausgaben (Embeddings, Erklärungen, Gradienten) können mehr offenlegen.</translation>
    </message>
    <message>
        <source>Statistics at 0.1% FPR need many non-members; where the report warns of too few, treat the value as indicative.</source>
        <translation>Statistiken bei 0,1 % FPR brauchen viele Nicht-Mitglieder; wo der Bericht vor zu wenigen warnt, ist der Wert als Richtwert zu verstehen.</translation>
    </message>
    <message>
        <source>The likelihood thresholds are PrivAudit&apos;s defaults, not regulatory values; the legal texts are paraphrased and the classification is not legal advice.</source>
        <translation>Die Schwellen für die Eintrittswahrscheinlichkeit sind Voreinstellungen von PrivAudit, keine regulatorischen Werte; die Rechtstexte sind sinngemäß wiedergegeben und die Einstufung ist keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>Results describe the model version and data that were tested (see their SHA-256 fingerprints); retraining or new data needs a new test.</source>
        <translation>Die Ergebnisse beschreiben die getestete Modellversion und die getesteten Daten (siehe ihre SHA-256-Fingerabdrücke); Nachtraining oder neue Daten erfordern einen neuen Test.</translation>
    </message>
    <message>
        <source>Privacy audit report: %1</source>
        <translation>Datenschutz-Auditbericht: %1</translation>
    </message>
    <message>
        <source>Generated %1 by PrivAudit %2 from %3. Assessor: %4.</source>
        <translation>Erstellt %1 mit PrivAudit %2 aus %3. Prüfer: %4.</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht benannt)</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Overall privacy risk: %1.</source>
        <translation>Gesamtes Datenschutzrisiko: %1.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Missing for a complete audit</source>
        <translation>Fehlt für ein vollständiges Audit</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR bei 0,1 % FPR</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <source>Empirical epsilon</source>
        <translation>Empirisches Epsilon</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Verified: %1 rows, hash chain intact.</source>
        <translation>Geprüft: %1 Einträge, Hash-Kette intakt.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1 (%2, designated from run %3)</source>
        <translation>%1 (%2, benannt aus Lauf %3)</translation>
    </message>
    <message>
        <source>No model under review is designated: the findings below describe no release candidate, and every run is shown as a comparison.</source>
        <translation>Es ist kein geprüftes Modell benannt: Die folgenden Feststellungen beschreiben keinen Freigabekandidaten, und jeder Lauf wird als Vergleich gezeigt.</translation>
    </message>
    <message>
        <source>Warning (run %1): %2</source>
        <translation>Warnung (Lauf %1): %2</translation>
    </message>
    <message>
        <source>The AI Act classification is provisional: %1 of %2 screening questions are unanswered (%3).</source>
        <translation>Die Einstufung nach KI-Verordnung ist vorläufig: %1 von %2 Prüffragen sind unbeantwortet (%3).</translation>
    </message>
    <message>
        <source>role &apos;ignored&apos;: left out of training</source>
        <translation>Rolle &apos;ignoriert&apos;: nicht im Training</translation>
    </message>
    <message>
        <source>identifier: never a model input, hidden in views</source>
        <translation>Kennung: nie eine Modelleingabe, in Ansichten verborgen</translation>
    </message>
    <message>
        <source>No model under review is designated.</source>
        <translation>Es ist kein geprüftes Modell benannt.</translation>
    </message>
    <message>
        <source>The model under review has no completed membership-inference run.</source>
        <translation>Das geprüfte Modell hat keinen abgeschlossenen Membership-Inference-Lauf.</translation>
    </message>
    <message>
        <source>%1 of %2 AI Act screening questions are unanswered.</source>
        <translation>%1 von %2 Prüffragen der KI-Verordnung sind unbeantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicable checklist item(s) unanswered: %1.</source>
        <translation>
            <numerusform>%n zutreffende(r) Checklistenpunkt(e) unbeantwortet: %1.</numerusform>
            <numerusform>%n zutreffende(r) Checklistenpunkt(e) unbeantwortet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked n.a. without a reason in the comment: %1.</source>
        <translation>
            <numerusform>%n Punkt(e) als n. a. markiert ohne Begründung im Kommentar: %1.</numerusform>
            <numerusform>%n Punkt(e) als n. a. markiert ohne Begründung im Kommentar: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) claims a likelihood without a measurement of the model under review.</source>
        <translation>%1 (%2) nennt eine Wahrscheinlichkeit ohne Messung des geprüften Modells.</translation>
    </message>
    <message>
        <source>%1 (%2) is rated without a rationale.</source>
        <translation>%1 (%2) ist ohne Begründung bewertet.</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>The project failed verification.</source>
        <translation>Das Projekt hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Final report.</source>
        <translation>Endgültiger Bericht.</translation>
    </message>
    <message>
        <source>DRAFT: not a final report.</source>
        <translation>ENTWURF: kein endgültiger Bericht.</translation>
    </message>
    <message>
        <source>Model under review: %1, SHA-256 %2.</source>
        <translation>Geprüftes Modell: %1, SHA-256 %2.</translation>
    </message>
    <message>
        <source>Audit-trail head: %1.</source>
        <translation>Letzter Audit-Trail-Eintrag: %1.</translation>
    </message>
    <message>
        <source>Missing for a final report</source>
        <translation>Fehlt für einen endgültigen Bericht</translation>
    </message>
    <message>
        <source>Comparisons (not findings about the model under review)</source>
        <translation>Vergleiche (keine Feststellungen zum geprüften Modell)</translation>
    </message>
    <message>
        <source>Privacy-utility trade-off: %1 (run %2)</source>
        <translation>Abwägung Datenschutz–Nutzen: %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>Target epsilon</source>
        <translation>Ziel-Epsilon</translation>
    </message>
    <message>
        <source>Mean test accuracy</source>
        <translation>Mittlere Testgenauigkeit</translation>
    </message>
    <message>
        <source>Worst attack AUC</source>
        <translation>Schlechteste Angriffs-AUC</translation>
    </message>
    <message>
        <source>This run stored no record of how its input encoding was fitted; runs recorded before that record existed fitted it on the training rows, which the guarantee does not cover.</source>
        <translation>Dieser Lauf hat nicht gespeichert, wie seine Eingabekodierung angepasst wurde; Läufe, die vor dieser Angabe aufgezeichnet wurden, passten sie auf den Trainingszeilen an, was die Garantie nicht abdeckt.</translation>
    </message>
    <message>
        <source>To check later that the project still holds the history this report describes:</source>
        <translation>Um später zu prüfen, dass das Projekt die in diesem Bericht beschriebene Historie noch enthält:</translation>
    </message>
    <message>
        <source>One-run audit: %1 (run %2)</source>
        <translation>One-Run-Audit: %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Empirisches Epsilon ≥</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Accountant&apos;s epsilon</source>
        <translation>Epsilon des Accountants</translation>
    </message>
    <message>
        <source>Right guesses</source>
        <translation>Richtige Vermutungen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 canaries, %4 included)</source>
        <translation>%1 von %2 (%3 Kanarienvögel, %4 aufgenommen)</translation>
    </message>
    <message>
        <source>Preprocessing and training together satisfy (epsilon = %1, delta = %2)-differential privacy by sequential composition (%3 for DP-SGD plus %4 for the encoder).</source>
        <translation>Vorverarbeitung und Training zusammen erfüllen (Epsilon = %1, Delta = %2)-Differential-Privacy durch sequenzielle Komposition (%3 für DP-SGD plus %4 für den Encoder).</translation>
    </message>
    <message>
        <source>Attribute inference</source>
        <translation>Attribut-Inferenz</translation>
    </message>
    <message>
        <source>%1 (run %2): column &apos;%3&apos;%4</source>
        <translation>%1 (Lauf %2): Spalte „%3“%4</translation>
    </message>
    <message>
        <source>, a comparison, not the model under review</source>
        <translation>, ein Vergleich, nicht das geprüfte Modell</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>%1 (%2); %3 member and %4 non-member candidates; the attacker&apos;s auxiliary data: %5 population records.</source>
        <translation>%1 (%2); %3 Mitglieder- und %4 Nichtmitglieder-Kandidaten; Hilfsdaten des Angreifers: %5 Bevölkerungsdatensätze.</translation>
    </message>
    <message>
        <source>The model was trained with DP-SGD (epsilon %1).</source>
        <translation>Das Modell wurde mit DP-SGD trainiert (Epsilon %1).</translation>
    </message>
    <message>
        <source>Members right</source>
        <translation>Mitglieder richtig</translation>
    </message>
    <message>
        <source>Non-members right</source>
        <translation>Nichtmitglieder richtig</translation>
    </message>
    <message>
        <source>Advantage over imputation</source>
        <translation>Vorteil gegenüber Imputation</translation>
    </message>
    <message>
        <source>Individual leakage</source>
        <translation>Individuelles Leakage</translation>
    </message>
    <message>
        <source>No attribute-inference run: the report has no measurement of what the model reveals about a sensitive column.</source>
        <translation>Kein Attribut-Inferenz-Lauf: Der Bericht enthält keine Messung dessen, was das Modell über eine sensible Spalte preisgibt.</translation>
    </message>
    <message>
        <source>Method: each attack guesses the column from the other columns and the model&apos;s answers; the imputation baseline guesses it from the other columns alone, with a model fit on the attacker&apos;s auxiliary data. Advantage over imputation is what access to the model adds; individual leakage (members right minus non-members right) is what the model gives away about the records it was trained on; the rest is what it learned about the population (Jayaraman &amp; Evans, USENIX Security 2022). Intervals: 95% bootstrap.</source>
        <translation>Methode: Jeder Angriff schätzt die Spalte aus den übrigen Spalten und den Antworten des Modells; die Imputations-Basislinie schätzt sie allein aus den übrigen Spalten, mit einem auf den Hilfsdaten des Angreifers angepassten Modell. Der Vorteil gegenüber Imputation ist, was der Zugriff auf das Modell hinzufügt; das individuelle Leakage (Mitglieder richtig minus Nichtmitglieder richtig) ist, was das Modell über die Datensätze seines Trainings preisgibt; der Rest ist, was es über die Bevölkerung gelernt hat (Jayaraman &amp; Evans, USENIX Security 2022). Intervalle: 95 % Bootstrap.</translation>
    </message>
    <message>
        <source>Run %1 (%2), attribute inference: %3</source>
        <translation>Lauf %1 (%2), Attribut-Inferenz: %3</translation>
    </message>
    <message>
        <source>numeric: a guess within ±%1% of the true value is right</source>
        <translation>numerisch: Eine Schätzung innerhalb von ±%1 % des wahren Werts gilt als richtig</translation>
    </message>
    <message>
        <source>Measure attribute inference of the sensitive column(s) %1 on the model under review (privaudit-cli attack attribute, or the run dialog): the matrix&apos;s attribute-inference row has no evidence yet.</source>
        <translation>Attribut-Inferenz der sensiblen Spalte(n) %1 am geprüften Modell messen (privaudit-cli attack attribute oder der Lauf-Dialog): Die Zeile Attribut-Inferenz der Matrix hat noch keine Belege.</translation>
    </message>
    <message>
        <source>Memorisation and canary exposure</source>
        <translation>Memorierung und Canary-Exposition</translation>
    </message>
    <message>
        <source>Run %1 (%2), canary exposure of the recipe: %3</source>
        <translation>Lauf %1 (%2), Canary-Exposition des Rezepts: %3</translation>
    </message>
    <message>
        <source>Run %1 (%2), counterfactual memorisation: %3</source>
        <translation>Lauf %1 (%2), kontrafaktische Memorierung: %3</translation>
    </message>
    <message>
        <source>Model inversion and reconstruction</source>
        <translation>Modellinversion und Rekonstruktion</translation>
    </message>
    <message>
        <source>Run %1 (%2), informed reconstruction: %3</source>
        <translation>Lauf %1 (%2), informierte Rekonstruktion: %3</translation>
    </message>
    <message>
        <source>Run %1 (%2), MI-Face inversion: %3</source>
        <translation>Lauf %1 (%2), MI-Face-Inversion: %3</translation>
    </message>
    <message>
        <source>Where the risk concentrates (subgroups)</source>
        <translation>Wo sich das Risiko konzentriert (Untergruppen)</translation>
    </message>
    <message>
        <source>Run %1 (%2) by %3: %4</source>
        <translation>Lauf %1 (%2) nach %3: %4</translation>
    </message>
    <message>
        <source>The file of this dataset cannot be read any more (%1): its personal data and re-identification risk are not in this report.</source>
        <translation>Die Datei dieses Datensatzes kann nicht mehr gelesen werden (%1): seine personenbezogenen Daten und sein Re-Identifikationsrisiko fehlen in diesem Bericht.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; no longer has the content the project registered (SHA-256 %2…): its personal data and re-identification risk are not in this report.</source>
        <translation>Die Datei &apos;%1&apos; hat nicht mehr den im Projekt registrierten Inhalt (SHA-256 %2…): ihre personenbezogenen Daten und ihr Re-Identifikationsrisiko fehlen in diesem Bericht.</translation>
    </message>
    <message>
        <source>The PII scan suggests no quasi-identifiers in this dataset, so no re-identification risk is computed; that is not evidence that none exist.</source>
        <translation>Der PII-Scan schlägt in diesem Datensatz keine Quasi-Identifikatoren vor, daher wird kein Re-Identifikationsrisiko berechnet; das ist kein Beleg, dass es keine gibt.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Found by the PII scan</source>
        <translation>Vom PII-Scan gefunden</translation>
    </message>
    <message>
        <source>Suggested role</source>
        <translation>Vorgeschlagene Rolle</translation>
    </message>
    <message>
        <source>Over the quasi-identifiers %1: k-anonymity %2, sample uniques %3 of %4 records, highest prosecutor risk %5.</source>
        <translation>Über die Quasi-Identifikatoren %1: k-Anonymität %2, Stichproben-Unikate %3 von %4 Datensätzen, höchstes Prosecutor-Risiko %5.</translation>
    </message>
    <message>
        <source>Datasheet: %1 of %2 answered; licence %3.</source>
        <translation>Datenblatt: %1 von %2 beantwortet; Lizenz %3.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>privaudit::report::ReportExport</name>
    <message>
        <source>%1: privacy audit report (%2) of model SHA-256 %3, project audit-trail head %4</source>
        <translation>%1: Datenschutz-Auditbericht (%2) zum Modell SHA-256 %3, letzter Audit-Trail-Eintrag des Projekts %4</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>(none designated)</source>
        <translation>(keines benannt)</translation>
    </message>
    <message>
        <source>Cannot read back &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht zurückgelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::report::SubgroupSection</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2; %3]</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>kleine Gruppe</translation>
    </message>
    <message>
        <source>risk concentrates</source>
        <translation>Risiko konzentriert</translation>
    </message>
    <message>
        <source>The saved subgroup analysis of run %1 is of a run kind without subgroups.</source>
        <translation>Die gespeicherte Untergruppenanalyse von Lauf %1 gehört zu einer Laufart ohne Untergruppen.</translation>
    </message>
    <message>
        <source>%1 (run %2) by %3, the model under review</source>
        <translation>%1 (Lauf %2) nach %3, das geprüfte Modell</translation>
    </message>
    <message>
        <source>%1 (run %2) by %3, a comparison</source>
        <translation>%1 (Lauf %2) nach %3, ein Vergleich</translation>
    </message>
    <message>
        <source>%1 quantile bands of the numeric column %2</source>
        <translation>%1 Quantilbänder der numerischen Spalte %2</translation>
    </message>
    <message>
        <source>the values of the column %1</source>
        <translation>den Werten der Spalte %1</translation>
    </message>
    <message>
        <source>Membership inference split by %1: each group&apos;s AUC with its bootstrap 95% interval and its TPR at 1% FPR; a group with fewer than %2 members or non-members is small.</source>
        <translation>Mitgliedschaftsinferenz aufgeteilt nach %1: die AUC jeder Gruppe mit ihrem Bootstrap-95-%-Intervall und ihre TPR bei 1 % FPR; eine Gruppe mit weniger als %2 Mitgliedern oder Nichtmitgliedern ist klein.</translation>
    </message>
    <message>
        <source>Attribute inference split by %1: each attack&apos;s individual leakage (accuracy on members minus on non-members) and advantage over imputation, with 95% intervals; a group with fewer than %2 members or non-members is small.</source>
        <translation>Attributinferenz aufgeteilt nach %1: das individuelle Leck jedes Angriffs (Genauigkeit bei Mitgliedern minus bei Nichtmitgliedern) und sein Vorsprung vor der Imputation, mit 95-%-Intervallen; eine Gruppe mit weniger als %2 Mitgliedern oder Nichtmitgliedern ist klein.</translation>
    </message>
    <message>
        <source>Informed reconstruction split by %1: each group&apos;s advantage over the model-free baseline (columns recovered minus the baseline&apos;s) with its 95% interval; a group with fewer than %2 reconstructed rows is small.</source>
        <translation>Informierte Rekonstruktion aufgeteilt nach %1: der Vorsprung jeder Gruppe vor der modellfreien Basislinie (wiedergewonnene Spalten minus die der Basislinie) mit seinem 95-%-Intervall; eine Gruppe mit weniger als %2 rekonstruierten Zeilen ist klein.</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Nichtmitglieder</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [95-%-KI]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Individual leakage [95% CI]</source>
        <translation>Individuelles Leck [95-%-KI]</translation>
    </message>
    <message>
        <source>Advantage over imputation [95% CI]</source>
        <translation>Vorsprung vor der Imputation [95-%-KI]</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Advantage over the baseline [95% CI]</source>
        <translation>Vorsprung vor der Basislinie [95-%-KI]</translation>
    </message>
    <message>
        <source>Method: the run&apos;s per-record results are split by the column&apos;s value in the rows the run used (read again from its data, which must be unchanged; numeric columns in quantile bands). The risk is said to concentrate in a group only when the lower end of its interval at 2.5% divided by the number of groups (Bonferroni, one-sided) lies above the whole run&apos;s value; small groups are never claimed. A group not flagged is not shown to be safe.</source>
        <translation>Methode: die Ergebnisse des Laufs je Datensatz werden nach dem Wert der Spalte in den Zeilen aufgeteilt, die der Lauf verwendet hat (erneut aus seinen Daten gelesen, die unverändert sein müssen; numerische Spalten in Quantilbändern). Das Risiko gilt nur dann als in einer Gruppe konzentriert, wenn das untere Ende ihres Intervalls zu 2,5 % geteilt durch die Zahl der Gruppen (Bonferroni, einseitig) über dem Wert des ganzen Laufs liegt; kleine Gruppen werden nie behauptet. Eine nicht markierte Gruppe ist damit nicht als sicher gezeigt.</translation>
    </message>
    <message>
        <source>No subgroup analysis was saved: where the risk concentrates (for example by a sensitive or a protected attribute) is not measured in this report. Save one with privaudit-cli subgroups --save or from a run&apos;s subgroup panel.</source>
        <translation>Keine Untergruppenanalyse gespeichert: wo sich das Risiko konzentriert (etwa nach einem sensiblen oder geschützten Merkmal), ist in diesem Bericht nicht gemessen. Speichern Sie eine mit privaudit-cli subgroups --save oder im Untergruppen-Bereich eines Laufs.</translation>
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
    <name>privaudit::ui::AttributeResultView</name>
    <message>
        <source>Run %1 is not an attribute-inference run.</source>
        <translation>Lauf %1 ist kein Attribut-Inferenz-Lauf.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse: Er ist %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>share of candidates whose value the attack got right (95% interval)</source>
        <translation>Anteil der Kandidaten, deren Wert der Angriff richtig traf (95-%-Intervall)</translation>
    </message>
    <message>
        <source>members (training records)</source>
        <translation>Mitglieder (Trainingsdatensätze)</translation>
    </message>
    <message>
        <source>non-members</source>
        <translation>Nichtmitglieder</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AuditResultView</name>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Export Histogram…</source>
        <translation>Histogramm exportieren…</translation>
    </message>
    <message>
        <source>Privacy auditing with one training run (Steinke, Nasr &amp; Jagielski, NeurIPS 2023): each canary joined the training set with probability 1/2; the guesses (the highest scores IN, the lowest OUT) were fixed before looking at which canaries were included. The bound holds with the stated confidence; it can refute a DP claim, never prove one.</source>
        <translation>Datenschutz-Audit mit einem Trainingslauf (Steinke, Nasr &amp; Jagielski, NeurIPS 2023): Jeder Kanarienvogel kam mit Wahrscheinlichkeit 1/2 in die Trainingsmenge; die Vermutungen (die höchsten Scores IN, die niedrigsten OUT) standen fest, bevor nachgesehen wurde, welche Kanarienvögel aufgenommen waren. Die Schranke gilt mit der angegebenen Konfidenz; sie kann eine DP-Zusage widerlegen, nie beweisen.</translation>
    </message>
    <message>
        <source>Run %1 is not a one-run audit.</source>
        <translation>Lauf %1 ist kein One-Run-Audit.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse: er ist %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1: %2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;Lauf %1: %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Empirisches Epsilon ≥</translation>
    </message>
    <message>
        <source>%1 (%2% confidence)</source>
        <translation>%1 (%2 % Konfidenz)</translation>
    </message>
    <message>
        <source>Accountant&apos;s epsilon</source>
        <translation>Epsilon des Accountants</translation>
    </message>
    <message>
        <source>%1 at delta %2</source>
        <translation>%1 bei Delta %2</translation>
    </message>
    <message>
        <source>none (trained without DP)</source>
        <translation>keines (ohne DP trainiert)</translation>
    </message>
    <message>
        <source>Right guesses</source>
        <translation>Richtige Vermutungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Canaries</source>
        <translation>Kanarienvögel</translation>
    </message>
    <message>
        <source>%1, of which %2 included</source>
        <translation>%1, davon %2 aufgenommen</translation>
    </message>
    <message>
        <source>Canary labels</source>
        <translation>Labels der Kanarienvögel</translation>
    </message>
    <message>
        <source>changed to a wrong class</source>
        <translation>auf eine falsche Klasse geändert</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>Training rows besides the canaries</source>
        <translation>Trainingszeilen außer den Kanarienvögeln</translation>
    </message>
    <message>
        <source>Training accuracy (without canaries)</source>
        <translation>Trainingsgenauigkeit (ohne Kanarienvögel)</translation>
    </message>
    <message>
        <source>DP-SGD</source>
        <translation>DP-SGD</translation>
    </message>
    <message>
        <source>σ %1, sampling rate %2, %3 steps, %4 epochs</source>
        <translation>σ %1, Stichprobenrate %2, %3 Schritte, %4 Epochen</translation>
    </message>
    <message>
        <source>not used (%1 epochs)</source>
        <translation>nicht verwendet (%1 Epochen)</translation>
    </message>
    <message>
        <source>Run %1 stored no canary scores.</source>
        <translation>Lauf %1 hat keine Scores der Kanarienvögel gespeichert.</translation>
    </message>
    <message>
        <source>included canaries (%1)</source>
        <translation>aufgenommene Kanarienvögel (%1)</translation>
    </message>
    <message>
        <source>left-out canaries (%1)</source>
        <translation>ausgelassene Kanarienvögel (%1)</translation>
    </message>
    <message>
        <source>canary score (negated loss)</source>
        <translation>Score des Kanarienvogels (negierter Verlust)</translation>
    </message>
    <message>
        <source>Dashed lines: the guessing thresholds. Canaries right of the upper one were guessed IN, left of the lower one OUT.</source>
        <translation>Gestrichelte Linien: die Schwellen der Vermutungen. Kanarienvögel rechts der oberen wurden als IN vermutet, links der unteren als OUT.</translation>
    </message>
    <message>
        <source>canaries</source>
        <translation>Kanarienvögel</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Verified: %1 rows, the hash chain is intact.</source>
        <translation>Geprüft: %1 Zeilen, die Hash-Kette ist intakt.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::CanaryResultView</name>
    <message>
        <source>Run %1 is not a canary-exposure run.</source>
        <translation>Lauf %1 ist kein Canary-Expositionslauf.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse: er ist %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>inserted %1x</source>
        <translation>%1× eingefügt</translation>
    </message>
    <message>
        <source>exposure in bits: each canary, and the level&apos;s mean with its 95% interval</source>
        <translation>Exposition in Bit: jeder Canary und der Mittelwert der Stufe mit seinem 95-%-Intervall</translation>
    </message>
    <message>
        <source>canaries</source>
        <translation>Canaries</translation>
    </message>
    <message>
        <source>mean of the level (95% interval)</source>
        <translation>Mittelwert der Stufe (95-%-Intervall)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ChecklistView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>Only items that apply</source>
        <translation>Nur zutreffende Punkte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Link Run…</source>
        <translation>Lauf verknüpfen…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>Alle Checklisten</translation>
    </message>
    <message>
        <source>(unanswered)</source>
        <translation>(unbeantwortet)</translation>
    </message>
    <message>
        <source>Comment: what was checked, by whom, where the evidence is</source>
        <translation>Kommentar: was geprüft wurde, von wem, wo der Nachweis liegt</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <source>Due date of %1</source>
        <translation>Fälligkeit von %1</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Link Run</source>
        <translation>Lauf verknüpfen</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Act classification:&lt;/b&gt; %1 (role: %2).</source>
        <translation>&lt;b&gt;Einstufung nach KI-Verordnung:&lt;/b&gt; %1 (Rolle: %2).</translation>
    </message>
    <message>
        <source>BLOCKER:</source>
        <translation>AUSSCHLUSSGRUND:</translation>
    </message>
    <message>
        <source>%1 — BLOCKER</source>
        <translation>%1 — AUSSCHLUSSGRUND</translation>
    </message>
    <message>
        <source>%1 of %2 applicable items answered</source>
        <translation>%1 von %2 zutreffenden Punkten beantwortet</translation>
    </message>
    <message>
        <source>Select an item on the left.</source>
        <translation>Links einen Punkt auswählen.</translation>
    </message>
    <message>
        <source>Applies from %1</source>
        <translation>Gilt ab %1</translation>
    </message>
    <message>
        <source> (originally %1)</source>
        <translation> (ursprünglich %1)</translation>
    </message>
    <message>
        <source>Source: %1. Evidence: %2.</source>
        <translation>Quelle: %1. Nachweise: %2.</translation>
    </message>
    <message>
        <source>Run #%1 (double-click to open)</source>
        <translation>Lauf #%1 (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>Owner of %1</source>
        <translation>Verantwortlich für %1</translation>
    </message>
    <message>
        <source>Select a checklist item first.</source>
        <translation>Zuerst einen Checklistenpunkt auswählen.</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Nachweis für %1</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 an %2 anhängen</translation>
    </message>
    <message>
        <source>Link run %1 to %2</source>
        <translation>Lauf %1 mit %2 verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>%n screening question(s) unanswered: the classification is provisional until they are answered.</source>
        <translation>
            <numerusform>%n Prüffrage(n) unbeantwortet: Die Einstufung ist vorläufig, bis sie beantwortet sind.</numerusform>
            <numerusform>%n Prüffrage(n) unbeantwortet: Die Einstufung ist vorläufig, bis sie beantwortet sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Check the runs to compare; the first checked is the baseline.</source>
        <translation>Haken Sie die zu vergleichenden Läufe an; der erste angehakte ist die Basis.</translation>
    </message>
    <message>
        <source>The attack whose ROC curves are drawn.</source>
        <translation>Der Angriff, dessen ROC-Kurven gezeichnet werden.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [95-%-KI]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <source>AUC difference [95% CI]</source>
        <translation>AUC-Unterschied [95-%-KI]</translation>
    </message>
    <message>
        <source>TPR difference [95% CI]</source>
        <translation>TPR-Unterschied [95-%-KI]</translation>
    </message>
    <message>
        <source>Membership runs:</source>
        <translation>Mitgliedschaftsläufe:</translation>
    </message>
    <message>
        <source>ROC of:</source>
        <translation>ROC von:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison of membership runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vergleich von Mitgliedschaftsläufen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>The project needs at least two completed membership runs to compare.</source>
        <translation>Für einen Vergleich braucht das Projekt mindestens zwei abgeschlossene Mitgliedschaftsläufe.</translation>
    </message>
    <message>
        <source>Check two or more runs and compare them.</source>
        <translation>Haken Sie zwei oder mehr Läufe an und vergleichen Sie sie.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft …</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>not in the baseline</source>
        <translation>nicht in der Basis</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Run %1 (AUC %2)</source>
        <translation>Lauf %1 (AUC %2)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::DataGovernancePanel</name>
    <message>
        <source>Compute Risk</source>
        <translation>Risiko berechnen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Gefundene personenbezogene Daten</translation>
    </message>
    <message>
        <source>Suggested role</source>
        <translation>Vorgeschlagene Rolle</translation>
    </message>
    <message>
        <source>The columns an attacker could know from elsewhere and link on; the scan&apos;s suggestion is ticked.</source>
        <translation>Die Spalten, die ein Angreifer aus anderen Quellen kennen und über die er verknüpfen könnte; der Vorschlag des Scans ist angehakt.</translation>
    </message>
    <message>
        <source>e.g. 83000000 (optional)</source>
        <translation>z. B. 83000000 (optional)</translation>
    </message>
    <message>
        <source>The number of people the table was drawn from. Without it the table is taken as the whole population: journalist risk equals prosecutor risk and population uniques are not estimated.</source>
        <translation>Die Zahl der Personen, aus denen die Tabelle gezogen wurde. Ohne sie gilt die Tabelle als die ganze Population: das Journalist-Risiko ist gleich dem Prosecutor-Risiko und Populations-Unikate werden nicht geschätzt.</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Quasi-Identifikatoren</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Distinction</source>
        <translation>Distinktion</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separation</translation>
    </message>
    <message>
        <source>Each set of quasi-identifiers on its own. Distinction: equivalence classes per record; separation: the share of record pairs the columns tell apart (Motwani &amp; Xu 2007, as in ARX).</source>
        <translation>Jede Menge von Quasi-Identifikatoren für sich. Distinktion: Äquivalenzklassen pro Datensatz; Separation: der Anteil der Datensatzpaare, die die Spalten unterscheiden (Motwani &amp; Xu 2007, wie in ARX).</translation>
    </message>
    <message>
        <source>Records by prosecutor risk</source>
        <translation>Datensätze nach Prosecutor-Risiko</translation>
    </message>
    <message>
        <source>Population uniqueness by sampling fraction</source>
        <translation>Populations-Eindeutigkeit nach Auswahlsatz</translation>
    </message>
    <message>
        <source>The population size must be a number, got &apos;%1&apos;.</source>
        <translation>Die Populationsgröße muss eine Zahl sein, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Tick at least one quasi-identifier.</source>
        <translation>Haken Sie mindestens einen Quasi-Identifikator an.</translation>
    </message>
    <message>
        <source>Export Histogram…</source>
        <translation>Histogramm exportieren…</translation>
    </message>
    <message>
        <source>Export Curve…</source>
        <translation>Kurve exportieren…</translation>
    </message>
    <message>
        <source>Quasi-identifiers:</source>
        <translation>Quasi-Identifikatoren:</translation>
    </message>
    <message>
        <source>Population size:</source>
        <translation>Populationsgröße:</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Scanning for personal data and computing the re-identification risk…</source>
        <translation>Suche nach personenbezogenen Daten und Berechnung des Re-Identifikationsrisikos…</translation>
    </message>
    <message>
        <source>Computing the re-identification risk over %1…</source>
        <translation>Re-Identifikationsrisiko über %1 wird berechnet…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>No direct identifiers found by the scan.</source>
        <translation>Der Scan hat keine direkten Identifikatoren gefunden.</translation>
    </message>
    <message>
        <source>Direct identifiers: %1. They identify a person on their own and should not be model inputs.</source>
        <translation>Direkte Identifikatoren: %1. Sie identifizieren eine Person für sich allein und sollten keine Modelleingaben sein.</translation>
    </message>
    <message>
        <source>The scan suggests no quasi-identifiers; tick the columns an attacker could link on and compute the risk.</source>
        <translation>Der Scan schlägt keine Quasi-Identifikatoren vor; haken Sie die Spalten an, über die ein Angreifer verknüpfen könnte, und berechnen Sie das Risiko.</translation>
    </message>
    <message>
        <source>Over %1 (%2 records, %3 equivalence classes): k-anonymity %4, sample uniques %5 (%6).</source>
        <translation>Über %1 (%2 Datensätze, %3 Äquivalenzklassen): k-Anonymität %4, Stichproben-Unikate %5 (%6).</translation>
    </message>
    <message>
        <source>k = 1: at least one record is alone in its class; whoever knows these columns of that person finds their record.</source>
        <translation>k = 1: mindestens ein Datensatz ist allein in seiner Klasse; wer diese Spalten der Person kennt, findet ihren Datensatz.</translation>
    </message>
    <message>
        <source>%1 risk: highest %2, average %3, records above %4: %5.</source>
        <translation>%1-Risiko: höchstes %2, durchschnittlich %3, Datensätze über %4: %5.</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>Marketer risk: %1 of the records re-identified on average.</source>
        <translation>Marketer-Risiko: im Mittel %1 der Datensätze re-identifiziert.</translation>
    </message>
    <message>
        <source>Expected re-identifications (sdcMicro individual risk): %1.</source>
        <translation>Erwartete Re-Identifikationen (individuelles Risiko nach sdcMicro): %1.</translation>
    </message>
    <message>
        <source>No population size: the table is taken as the whole population, so journalist risk equals prosecutor risk and population uniques are not estimated.</source>
        <translation>Keine Populationsgröße: die Tabelle gilt als die ganze Population, daher ist das Journalist-Risiko gleich dem Prosecutor-Risiko und Populations-Unikate werden nicht geschätzt.</translation>
    </message>
    <message>
        <source>Population uniques (%1 by Dankar&apos;s rule): %2 (%3 of the population).</source>
        <translation>Populations-Unikate (%1 nach Dankars Regel): %2 (%3 der Population).</translation>
    </message>
    <message>
        <source>re-identification probability, %</source>
        <translation>Re-Identifikationswahrscheinlichkeit, %</translation>
    </message>
    <message>
        <source>share of records, %</source>
        <translation>Anteil der Datensätze, %</translation>
    </message>
    <message>
        <source>sampling fraction (table / population)</source>
        <translation>Auswahlsatz (Tabelle / Population)</translation>
    </message>
    <message>
        <source>population uniques, %</source>
        <translation>Populations-Unikate, %</translation>
    </message>
    <message>
        <source>Dankar&apos;s choice</source>
        <translation>Dankars Wahl</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>diese Tabelle</translation>
    </message>
    <message>
        <source>Population uniques: none estimated, because no record is unique in the table.</source>
        <translation>Populations-Unikate: keine geschätzt, weil kein Datensatz in der Tabelle eindeutig ist.</translation>
    </message>
    <message>
        <source>Uniques</source>
        <translation>Unikate</translation>
    </message>
    <message>
        <source>Max. risk</source>
        <translation>Max. Risiko</translation>
    </message>
    <message>
        <source>Sample uniques: records alone in their class</source>
        <translation>Stichproben-Unikate: Datensätze allein in ihrer Klasse</translation>
    </message>
    <message>
        <source>Highest prosecutor risk: 1 / the smallest class</source>
        <translation>Höchstes Prosecutor-Risiko: 1 / die kleinste Klasse</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::DatasetView</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Edit Types and Roles…</source>
        <translation>Typen und Rollen bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>The rows of &apos;%1&apos; cannot be shown: %2</source>
        <translation>Die Zeilen von &apos;%1&apos; können nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Datensatz %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;SHA-256: %3&lt;br&gt;%4 rows, %5 columns; used by %6 runs.&lt;br&gt;Origin: %7&lt;br&gt;Licence: %8&lt;br&gt;Consent: %9&lt;br&gt;Purpose: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Datei: %2&lt;br&gt;SHA-256: %3&lt;br&gt;%4 Zeilen, %5 Spalten; von %6 Läufen verwendet.&lt;br&gt;Herkunft: %7&lt;br&gt;Lizenz: %8&lt;br&gt;Einwilligung: %9&lt;br&gt;Zweck: %10</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>No run uses this dataset.</source>
        <translation>Kein Lauf verwendet diesen Datensatz.</translation>
    </message>
    <message>
        <source>Used by %1 runs: kept, because their evidence refers to it.</source>
        <translation>Von %1 Läufen verwendet: bleibt erhalten, weil deren Nachweise sich auf ihn beziehen.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; of dataset &apos;%2&apos; is no longer there.</source>
        <translation>Die Datei &apos;%1&apos; des Datensatzes &apos;%2&apos; ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Columns and Rows</source>
        <translation>Spalten und Zeilen</translation>
    </message>
    <message>
        <source>Personal Data and Re-identification</source>
        <translation>Personenbezogene Daten und Re-Identifikation</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Datenblatt</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::DatasheetPanel</name>
    <message>
        <source>Save Datasheet</source>
        <translation>Datenblatt speichern</translation>
    </message>
    <message>
        <source>SPDX expression, e.g. CC-BY-4.0 or LicenseRef-internal</source>
        <translation>SPDX-Ausdruck, z. B. CC-BY-4.0 oder LicenseRef-internal</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>%p % vollständig</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>The Union or Member State law, e.g. § 22 BDSG</source>
        <translation>Das Unions- oder mitgliedstaatliche Recht, z. B. § 22 BDSG</translation>
    </message>
    <message>
        <source>Licence and lawful basis</source>
        <translation>Lizenz und Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Lawful basis (GDPR Art 6(1)):</source>
        <translation>Rechtsgrundlage (Art. 6 Abs. 1 DSGVO):</translation>
    </message>
    <message>
        <source>Special categories (Art 9(2)):</source>
        <translation>Besondere Kategorien (Art. 9 Abs. 2):</translation>
    </message>
    <message>
        <source>Criminal-offence data (Art 10):</source>
        <translation>Daten über Straftaten (Art. 10):</translation>
    </message>
    <message>
        <source>Export SPDX…</source>
        <translation>SPDX exportieren…</translation>
    </message>
    <message>
        <source>Export Croissant…</source>
        <translation>Croissant exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export Datasheet</source>
        <translation>Datenblatt exportieren</translation>
    </message>
    <message>
        <source>JSON-LD (*.json *.jsonld);;All files (*)</source>
        <translation>JSON-LD (*.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Datasheet</source>
        <translation>Datenblatt importieren</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Still open (%1): %2.</source>
        <translation>Noch offen (%1): %2.</translation>
    </message>
    <message>
        <source>Checked against the SPDX licence list shipped with PrivAudit (%1, %2 licences).</source>
        <translation>Geprüft gegen die mit PrivAudit gelieferte SPDX-Lizenzliste (%1, %2 Lizenzen).</translation>
    </message>
    <message>
        <source>Valid: a licence outside the SPDX list (LicenseRef).</source>
        <translation>Gültig: eine Lizenz außerhalb der SPDX-Liste (LicenseRef).</translation>
    </message>
    <message>
        <source>Valid: %1.</source>
        <translation>Gültig: %1.</translation>
    </message>
    <message>
        <source>Not a valid SPDX expression: %1.</source>
        <translation>Kein gültiger SPDX-Ausdruck: %1.</translation>
    </message>
    <message>
        <source>The PII scan of the file has not finished: whether special categories or criminal-offence data need their grounds is not known yet.</source>
        <translation>Der PII-Scan der Datei ist nicht abgeschlossen: ob besondere Kategorien oder Daten über Straftaten ihre Grundlagen brauchen, ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>The PII scan found %1: processing it needs the ground asked for here.</source>
        <translation>Der PII-Scan hat %1 gefunden: ihre Verarbeitung braucht die hier erfragte Grundlage.</translation>
    </message>
    <message>
        <source>special categories and criminal-offence data</source>
        <translation>besondere Kategorien und Daten über Straftaten</translation>
    </message>
    <message>
        <source>special categories of personal data</source>
        <translation>besondere Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>criminal-offence data</source>
        <translation>Daten über Straftaten</translation>
    </message>
    <message>
        <source>The PII scan found no special categories or criminal-offence data; their grounds are not asked for.</source>
        <translation>Der PII-Scan hat keine besonderen Kategorien und keine Daten über Straftaten gefunden; ihre Grundlagen werden nicht erfragt.</translation>
    </message>
    <message>
        <source>The licence &apos;%1&apos; is not a valid SPDX expression: %2.</source>
        <translation>Die Lizenz &apos;%1&apos; ist kein gültiger SPDX-Ausdruck: %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 16 MiB: not a datasheet.</source>
        <translation>&apos;%1&apos; ist größer als 16 MiB: kein Datenblatt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON object: %2</source>
        <translation>&apos;%1&apos; ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ImportWizard</name>
    <message>
        <source>feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolesch</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Eine CSV-Datei wählen</translation>
    </message>
    <message>
        <source>A header row and one record per line; comma, semicolon or tab separated.</source>
        <translation>Eine Kopfzeile und ein Datensatz je Zeile; durch Komma, Semikolon oder Tabulator getrennt.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Columns, types and roles</source>
        <translation>Spalten, Typen und Rollen</translation>
    </message>
    <message>
        <source>Choose the label the model predicts; mark sensitive columns (kept out of reports) and identifiers (never used as features).</source>
        <translation>Das Label wählen, das das Modell vorhersagt; sensible Spalten (aus Berichten herausgehalten) und Kennungen (nie als Merkmal verwendet) markieren.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <source>Summary and datasheet</source>
        <translation>Zusammenfassung und Datenblatt</translation>
    </message>
    <message>
        <source>What an auditor asks about the data: where it comes from, under which licence and consent, for which purpose.</source>
        <translation>Was ein Prüfer zu den Daten fragt: woher sie stammen, unter welcher Lizenz und Einwilligung, zu welchem Zweck.</translation>
    </message>
    <message>
        <source>Origin: who collected the data, when and how</source>
        <translation>Herkunft: wer die Daten wann und wie erhoben hat</translation>
    </message>
    <message>
        <source>Licence or legal basis for use</source>
        <translation>Lizenz oder Rechtsgrundlage der Nutzung</translation>
    </message>
    <message>
        <source>Consent obtained, or why none is needed</source>
        <translation>Eingeholte Einwilligung, oder warum keine nötig ist</translation>
    </message>
    <message>
        <source>Purpose of this use</source>
        <translation>Zweck dieser Nutzung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns read.</source>
        <translation>%1 Zeilen, %2 Spalten gelesen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns, %3 missing values. Label &apos;%4&apos;: %5.</source>
        <translation>%1 Zeilen, %2 Spalten, %3 fehlende Werte. Label „%4“: %5.</translation>
    </message>
    <message>
        <source>Choose the label column: the model&apos;s prediction target.</source>
        <translation>Die Label-Spalte wählen: das Vorhersageziel des Modells.</translation>
    </message>
    <message>
        <source>Edit Dataset &apos;%1&apos;</source>
        <translation>Datensatz &apos;%1&apos; bearbeiten</translation>
    </message>
    <message>
        <source>This file (SHA-256 %1…) is already in the project as dataset %2 &apos;%3&apos;: finishing with the same types and roles reuses it, other choices register a new version of it.</source>
        <translation>Diese Datei (SHA-256 %1…) ist bereits als Datensatz %2 &apos;%3&apos; im Projekt: Mit denselben Typen und Rollen wird er beim Abschließen wiederverwendet, andere Angaben registrieren eine neue Version davon.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Direct identifiers: %1. Suggested role &apos;identifier&apos;: they are never model inputs.</source>
        <translation>Direkte Identifikatoren: %1. Vorgeschlagene Rolle &apos;Kennung&apos;: sie sind nie Modelleingaben.</translation>
    </message>
    <message>
        <source>Special categories (GDPR Art 9) or criminal-offence data (Art 10): %1. Suggested role &apos;sensitive&apos;: kept out of reports, the target of attribute-inference attacks; processing them needs an exception of Art 9(2) or a legal basis under Art 10.</source>
        <translation>Besondere Kategorien (Art. 9 DSGVO) oder Daten über Straftaten (Art. 10): %1. Vorgeschlagene Rolle &apos;sensibel&apos;: aus Berichten herausgehalten, Ziel von Attributinferenz-Angriffen; ihre Verarbeitung braucht eine Ausnahme nach Art. 9 Abs. 2 oder eine Rechtsgrundlage nach Art. 10.</translation>
    </message>
    <message>
        <source>Quasi-identifiers an attacker could link on: %1. They stay features; measure the re-identification risk over them (privaudit-cli data risk).</source>
        <translation>Quasi-Identifikatoren, über die ein Angreifer verknüpfen könnte: %1. Sie bleiben Merkmale; messen Sie das Re-Identifikationsrisiko über sie (privaudit-cli data risk).</translation>
    </message>
    <message>
        <source>Roles set from the scan: %1. Change any of them in the table.</source>
        <translation>Aus dem Scan gesetzte Rollen: %1. Jede davon kann in der Tabelle geändert werden.</translation>
    </message>
    <message>
        <source>No personal data found by the scan (names, contact details, national identifiers, dates of birth, special categories).</source>
        <translation>Der Scan hat keine personenbezogenen Daten gefunden (Namen, Kontaktdaten, nationale Kennungen, Geburtsdaten, besondere Kategorien).</translation>
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
        <translation>Auftrag</translation>
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
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; it is recorded as cancelled in the project</source>
        <translation>Diesen Auftrag beenden; er wird im Projekt als abgebrochen vermerkt</translation>
    </message>
    <message>
        <source>Completed (run %1)</source>
        <translation>Abgeschlossen (Lauf %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
    <message>
        <source>&lt;h2&gt;Welcome to PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit measures how much a machine-learning model reveals about the people in its training data, and records the evidence for a privacy assessment.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Run &amp;gt; Privacy Calculator&lt;/b&gt; computes the differential-privacy guarantee (epsilon, delta) of DP-SGD training with the RDP and PLD accountants.&lt;/li&gt;&lt;li&gt;&lt;b&gt;File &amp;gt; Open Project&lt;/b&gt; opens a &lt;i&gt;.privaudit&lt;/i&gt; project (for example the demo&apos;s &lt;i&gt;demo-output/demo.privaudit&lt;/i&gt;): its datasets, models and runs appear on the left; double-click a sweep to explore the privacy-utility trade-off.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run &amp;gt; Run Job Spec&lt;/b&gt; starts a job or a sweep from its JSON spec; running jobs appear below with their progress and a cancel button.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei PrivAudit&lt;/h2&gt;&lt;p&gt;PrivAudit misst, wie viel ein Machine-Learning-Modell über die Menschen in seinen Trainingsdaten verrät, und hält die Nachweise für eine Datenschutzbewertung fest.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ausführen &amp;gt; Datenschutzrechner&lt;/b&gt; berechnet die Differential-Privacy-Garantie (Epsilon, Delta) von DP-SGD-Training mit den RDP- und PLD-Accountants.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Datei &amp;gt; Projekt öffnen&lt;/b&gt; öffnet ein &lt;i&gt;.privaudit&lt;/i&gt;-Projekt (zum Beispiel &lt;i&gt;demo-output/demo.privaudit&lt;/i&gt; der Demo): Datensätze, Modelle und Läufe erscheinen links; ein Doppelklick auf einen Sweep zeigt die Abwägung zwischen Datenschutz und Nutzen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ausführen &amp;gt; Auftragsspezifikation ausführen&lt;/b&gt; startet einen Auftrag oder Sweep aus seiner JSON-Spezifikation; laufende Aufträge erscheinen unten mit Fortschritt und Abbrechen-Knopf.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Run Job &amp;Spec…</source>
        <translation>Auftrags&amp;spezifikation ausführen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export Audit Report…</source>
        <translation>Auditbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>PrivAudit projects (*.privaudit)</source>
        <translation>PrivAudit-Projekte (*.privaudit)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>PrivAudit projects (*.privaudit);;All files (*)</source>
        <translation>PrivAudit-Projekte (*.privaudit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Run Job Spec</source>
        <translation>Auftragsspezifikation ausführen</translation>
    </message>
    <message>
        <source>Job specs (*.json)</source>
        <translation>Auftragsspezifikationen (*.json)</translation>
    </message>
    <message>
        <source>%1 — PrivAudit</source>
        <translation>%1 — PrivAudit</translation>
    </message>
    <message>
        <source>Opened read-only: %1.</source>
        <translation>Schreibgeschützt geöffnet: %1.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open or create a project first: results are stored in it.</source>
        <translation>Zuerst ein Projekt öffnen oder anlegen: Die Ergebnisse werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Trade-off: sweep %1</source>
        <translation>Abwägung: Sweep %1</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Risk Matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Diese Ansicht</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Dataset imported; Run &gt; New Run starts an attack on it.</source>
        <translation>Datensatz importiert; Ausführen &gt; Neuer Lauf startet einen Angriff darauf.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>A new version of the dataset was registered; runs that used the old one keep it.</source>
        <translation>Eine neue Version des Datensatzes wurde registriert; Läufe, die die alte verwendet haben, behalten sie.</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>Audit-&amp;Trail…</translation>
    </message>
    <message>
        <source>Run %1&apos;s model is now the model under review; the other runs are comparisons.</source>
        <translation>Das Modell von Lauf %1 ist jetzt das geprüfte Modell; die anderen Läufe sind Vergleiche.</translation>
    </message>
    <message>
        <source>Preferences saved. The theme applies now; the language, the threads and the device apply when PrivAudit starts next.</source>
        <translation>Einstellungen gespeichert. Das Design gilt sofort; Sprache, Threads und Gerät gelten beim nächsten Start von PrivAudit.</translation>
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
        <translation>Canaries %1</translation>
    </message>
    <message>
        <source>C&amp;ompare Runs…</source>
        <translation>Läufe &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Reconstruction %1</source>
        <translation>Rekonstruktion %1</translation>
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
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::MiFaceResultView</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Angehalten durch</translation>
    </message>
    <message>
        <source>Closest member</source>
        <translation>Nächstes Mitglied</translation>
    </message>
    <message>
        <source>Closest held-out row</source>
        <translation>Nächste zurückgehaltene Zeile</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Repräsentant</translation>
    </message>
    <message>
        <source>Run %1 is not an MI-Face run.</source>
        <translation>Lauf %1 ist kein MI-Face-Lauf.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse: Er ist %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>equally near both (above: nearer a member)</source>
        <translation>gleich nah an beiden (darüber: näher an einem Mitglied)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>distance to the closest member</source>
        <translation>Abstand zum nächsten Mitglied</translation>
    </message>
    <message>
        <source>distance to the closest held-out row</source>
        <translation>Abstand zur Holdout-Zeile</translation>
    </message>
    <message>
        <source>confidence reached</source>
        <translation>Konfidenz erreicht</translation>
    </message>
    <message>
        <source>no improvement</source>
        <translation>keine Verbesserung</translation>
    </message>
    <message>
        <source>step budget</source>
        <translation>Schrittbudget</translation>
    </message>
    <message>
        <source>%1 after %2 steps</source>
        <translation>%1 nach %2 Schritten</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::PlotExport</name>
    <message>
        <source>Cannot export &apos;%1&apos;: choose a .png, .svg or .pdf file.</source>
        <translation>„%1“ kann nicht exportiert werden: eine .png-, .svg- oder .pdf-Datei wählen.</translation>
    </message>
    <message>
        <source>Could not write the plot to &apos;%1&apos;.</source>
        <translation>Die Grafik konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
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
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Compute threads:</source>
        <translation>Rechen-Threads:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Default seed:</source>
        <translation>Standard-Seed:</translation>
    </message>
    <message>
        <source>Reference models for LiRA and RMIA:</source>
        <translation>Referenzmodelle für LiRA und RMIA:</translation>
    </message>
    <message>
        <source>Threads, device and language take effect when PrivAudit starts next.</source>
        <translation>Threads, Gerät und Sprache gelten ab dem nächsten Start von PrivAudit.</translation>
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
    <message>
        <source>%1 (connect-the-dots discretisation, interval %2 in privacy loss; pessimistic)</source>
        <translation>%1 (Connect-the-Dots-Diskretisierung, Intervall %2 im Privatsphäreverlust; pessimistisch)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ProjectExplorer</name>
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
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>(open or create a project)</source>
        <translation>(ein Projekt öffnen oder anlegen)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: AUC %2</source>
        <translation>%1: AUC %2</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Auditbericht…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s): %2, %3)</source>
        <translation>
            <numerusform>%1 (%n Lauf: %2, %3)</numerusform>
            <numerusform>%1 (%n Läufe: %2, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>empirical ε ≥ %1, accountant ε %2</source>
        <translation>empirisches ε ≥ %1, Accountant-ε %2</translation>
    </message>
    <message>
        <source>empirical ε ≥ %1, no DP</source>
        <translation>empirisches ε ≥ %1, ohne DP</translation>
    </message>
    <message>
        <source>%1: advantage %2, individual leakage %3</source>
        <translation>%1: Vorteil %2, individuelles Leakage %3</translation>
    </message>
    <message>
        <source>controls: exposure %1 bits</source>
        <translation>Kontrollen: Exposition %1 Bit</translation>
    </message>
    <message>
        <source>inserted %1x: exposure %2 bits</source>
        <translation>%1× eingefügt: Exposition %2 Bit</translation>
    </message>
    <message>
        <source>%1 of %2 rows recovered, %3% of columns (baseline %4%)</source>
        <translation>%1 von %2 Zeilen rekonstruiert, %3 % der Spalten (Basislinie %4 %)</translation>
    </message>
    <message>
        <source>%1 representatives, %2% nearer a member (p = %3)</source>
        <translation>%1 Repräsentanten, %2% näher an einem Mitglied (p = %3)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ReconstructionResultView</name>
    <message>
        <source>Run %1 is not a reconstruction run.</source>
        <translation>Lauf %1 ist kein Rekonstruktionslauf.</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse: er ist %2.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>informed adversary</source>
        <translation>informierter Angreifer</translation>
    </message>
    <message>
        <source>baseline: class-conditional mean or mode</source>
        <translation>Basislinie: klassenbedingter Mittelwert oder Modus</translation>
    </message>
    <message>
        <source>reconstructed row</source>
        <translation>rekonstruierte Zeile</translation>
    </message>
    <message>
        <source>columns recovered (%)</source>
        <translation>Spalten rekonstruiert (%)</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ReportDialog</name>
    <message>
        <source>Audit Report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <source>Name of the assessor (printed on the cover and the sign-off)</source>
        <translation>Name des Prüfers (auf Deckblatt und Freigabe gedruckt)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Auditbericht exportieren</translation>
    </message>
    <message>
        <source>PDF/A document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF/A-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Final report</source>
        <translation>&amp;Endgültiger Bericht</translation>
    </message>
    <message>
        <source>A final report needs a model under review, every applicable item answered, evidence for each risk cell and nothing out of date; it is kept in the project and cannot be changed.</source>
        <translation>Ein endgültiger Bericht braucht ein geprüftes Modell, jeden zutreffenden Punkt beantwortet, Belege für jede Risikozelle und nichts Veraltetes; er wird im Projekt aufbewahrt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>PKCS#12 key (.p12) to sign the PDF; empty: not signed</source>
        <translation>PKCS#12-Schlüssel (.p12) zum Signieren des PDF; leer: nicht signiert</translation>
    </message>
    <message>
        <source>Password of the key</source>
        <translation>Passwort des Schlüssels</translation>
    </message>
    <message>
        <source>Key…</source>
        <translation>Schlüssel…</translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx)</source>
        <translation>PKCS#12-Schlüssel (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Final report: every condition holds.</source>
        <translation>Endgültiger Bericht: Jede Bedingung ist erfüllt.</translation>
    </message>
    <message>
        <source>Not yet final. Missing:</source>
        <translation>Noch nicht endgültig. Es fehlt:</translation>
    </message>
    <message>
        <source>Draft (marked DRAFT on every page). Missing for a final report:</source>
        <translation>Entwurf (auf jeder Seite als ENTWURF markiert). Für einen endgültigen Bericht fehlt:</translation>
    </message>
    <message>
        <source>A final report needs:
• %1</source>
        <translation>Ein endgültiger Bericht braucht:
• %1</translation>
    </message>
    <message>
        <source>An HTML report cannot carry a signature: export a PDF to sign it.</source>
        <translation>Ein HTML-Bericht kann keine Signatur tragen: Exportieren Sie ein PDF, um es zu signieren.</translation>
    </message>
    <message>
        <source>The report was written to %1 but not signed: %2</source>
        <translation>Der Bericht wurde nach %1 geschrieben, aber nicht signiert: %2</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::ReportPdf</name>
    <message>
        <source>PrivAudit privacy audit: %1 · %2</source>
        <translation>PrivAudit-Datenschutzaudit: %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>false-positive rate (log)</source>
        <translation>Falsch-Positiv-Rate (log.)</translation>
    </message>
    <message>
        <source>true-positive rate (log)</source>
        <translation>Richtig-Positiv-Rate (log.)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1-Score</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>non-members</source>
        <translation>Nicht-Mitglieder</translation>
    </message>
    <message>
        <source>target epsilon (log; ∞ = no DP)</source>
        <translation>Ziel-Epsilon (log.; ∞ = ohne DP)</translation>
    </message>
    <message>
        <source>accuracy / attack AUC</source>
        <translation>Genauigkeit / Angriffs-AUC</translation>
    </message>
    <message>
        <source>mean test accuracy</source>
        <translation>mittlere Testgenauigkeit</translation>
    </message>
    <message>
        <source>strongest attack AUC</source>
        <translation>AUC des stärksten Angriffs</translation>
    </message>
    <message>
        <source>AUC ceiling under DP</source>
        <translation>AUC-Obergrenze unter DP</translation>
    </message>
    <message>
        <source>Privacy audit report</source>
        <translation>Datenschutz-Auditbericht</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 des Modells</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>PrivAudit %1</source>
        <translation>PrivAudit %1</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht benannt)</translation>
    </message>
    <message>
        <source>AI Act classification</source>
        <translation>Einstufung nach KI-Verordnung</translation>
    </message>
    <message>
        <source>Overall privacy risk</source>
        <translation>Gesamtes Datenschutzrisiko</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Overall privacy risk after controls: %1. AI Act classification: %2.</source>
        <translation>Gesamtes Datenschutzrisiko nach Maßnahmen: %1. Einstufung nach KI-Verordnung: %2.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Wichtigste Ergebnisse</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Keep the assessment current when the model or data change.</source>
        <translation>Die Bewertung aktuell halten, wenn sich Modell oder Daten ändern.</translation>
    </message>
    <message>
        <source>Missing for a complete audit</source>
        <translation>Fehlt für ein vollständiges Audit</translation>
    </message>
    <message>
        <source>Threat model: the attacker queries the model as a black box (access mode: %1), knows the training recipe and has data from the same population, and tries to tell whether a given person&apos;s record was in the training data (membership inference). Members and non-members are drawn at random from the same data, so an attack&apos;s success is a property of the model.</source>
        <translation>Bedrohungsmodell: Der Angreifer fragt das Modell als Blackbox ab (Zugriffsart: %1), kennt das Trainingsverfahren, hat Daten aus derselben Population und versucht festzustellen, ob der Datensatz einer bestimmten Person in den Trainingsdaten war (Membership Inference). Mitglieder und Nicht-Mitglieder werden zufällig aus denselben Daten gezogen; der Erfolg eines Angriffs ist daher eine Eigenschaft des Modells.</translation>
    </message>
    <message>
        <source>No membership-inference run is stored in this project.</source>
        <translation>In diesem Projekt ist kein Membership-Inference-Lauf gespeichert.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Angriffe</translation>
    </message>
    <message>
        <source>Reference models</source>
        <translation>Referenzmodelle</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Members / non-members</source>
        <translation>Mitglieder / Nicht-Mitglieder</translation>
    </message>
    <message>
        <source>No results: run a membership-inference test and generate the report again.</source>
        <translation>Keine Ergebnisse: einen Membership-Inference-Test durchführen und den Bericht erneut erstellen.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Target accuracy: train %1, test %2. %3</source>
        <translation>Genauigkeit des Zielmodells: Training %1, Test %2. %3</translation>
    </message>
    <message>
        <source>Trained with DP-SGD: epsilon %1 at delta %2.</source>
        <translation>Mit DP-SGD trainiert: Epsilon %1 bei Delta %2.</translation>
    </message>
    <message>
        <source>Trained without differential privacy.</source>
        <translation>Ohne Differential Privacy trainiert.</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [95-%-KI]</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR bei 0,1 % FPR</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Empirisches Epsilon ≥</translation>
    </message>
    <message>
        <source>Score distribution of the strongest attack (%1): the more the two curves differ, the more the model reveals membership.</source>
        <translation>Score-Verteilung des stärksten Angriffs (%1): Je stärker sich die beiden Kurven unterscheiden, desto mehr verrät das Modell über die Zugehörigkeit.</translation>
    </message>
    <message>
        <source>Attack score</source>
        <translation>Angriffs-Score</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
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
        <translation>Rauschmultiplikator σ</translation>
    </message>
    <message>
        <source>Sampling rate q</source>
        <translation>Stichprobenrate q</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The largest empirical lower bound measured on this model is %1, against the accountant&apos;s %2: the measurement is consistent with the guarantee.</source>
        <translation>Die größte an diesem Modell gemessene empirische untere Schranke ist %1, gegenüber %2 des Accountants: Die Messung ist mit der Garantie vereinbar.</translation>
    </message>
    <message>
        <source>No model in this project was trained with differential privacy.</source>
        <translation>Kein Modell in diesem Projekt wurde mit Differential Privacy trainiert.</translation>
    </message>
    <message>
        <source>Privacy-utility trade-off: %1 (run %2)</source>
        <translation>Abwägung Datenschutz–Nutzen: %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>The matrix has not been filled in.</source>
        <translation>Die Matrix wurde nicht ausgefüllt.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Ausgangsrisiko</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>AI Act classification: %1 (role %2).</source>
        <translation>Einstufung nach KI-Verordnung: %1 (Rolle %2).</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Verified when this report was generated: the SQLite integrity check passed, the %1 audit-trail rows chain correctly and all %2 stored results match the hashes recorded for them.</source>
        <translation>Geprüft bei Erstellung dieses Berichts: Die SQLite-Integritätsprüfung war erfolgreich, die %1 Einträge des Audit-Trails sind korrekt verkettet und alle %2 gespeicherten Ergebnisse stimmen mit den für sie aufgezeichneten Hashes überein.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>First entry %1, last entry %2. Hash of the last entry (keep it with this report): %3</source>
        <translation>Erster Eintrag %1, letzter Eintrag %2. Hash des letzten Eintrags (mit diesem Bericht aufbewahren): %3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>I have reviewed the evidence in this report and the project file it was generated from (audit-trail hash above).</source>
        <translation>Ich habe die Nachweise in diesem Bericht und die Projektdatei, aus der er erstellt wurde (Audit-Trail-Hash oben), geprüft.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Accountable manager</source>
        <translation>Verantwortliche Führungskraft</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Job spec of run %1 (SHA-256 %2):</source>
        <translation>Auftragsspezifikation von Lauf %1 (SHA-256 %2):</translation>
    </message>
    <message>
        <source>Privacy audit report: %1</source>
        <translation>Datenschutz-Auditbericht: %1</translation>
    </message>
    <message>
        <source>The largest empirical lower bound measured on this model, %1, EXCEEDS the accountant&apos;s %2: the guarantee does not hold as stated. Check the training implementation and the accounting before relying on it.</source>
        <translation>Die größte an diesem Modell gemessene empirische untere Schranke, %1, ÜBERSTEIGT %2 des Accountants: Die Garantie gilt nicht wie angegeben. Vor Verwendung Trainingsimplementierung und Buchführung prüfen.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Draft (see “Missing for a final report”)</source>
        <translation>Entwurf (siehe „Fehlt für einen endgültigen Bericht“)</translation>
    </message>
    <message>
        <source>Model under review</source>
        <translation>Geprüftes Modell</translation>
    </message>
    <message>
        <source>None designated: this report describes no release candidate.</source>
        <translation>Keines benannt: Dieser Bericht beschreibt keinen Freigabekandidaten.</translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation>Letzter Audit-Trail-Eintrag</translation>
    </message>
    <message>
        <source>Missing for a final report</source>
        <translation>Fehlt für einen endgültigen Bericht</translation>
    </message>
    <message>
        <source>Comparisons (other models; not findings about the model under review)</source>
        <translation>Vergleiche (andere Modelle; keine Feststellungen zum geprüften Modell)</translation>
    </message>
    <message>
        <source>No dataset: no model under review with a completed run.</source>
        <translation>Kein Datensatz: kein geprüftes Modell mit abgeschlossenem Lauf.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Datenblatt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Consent / legal basis</source>
        <translation>Einwilligung / Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Rows and columns</source>
        <translation>Zeilen und Spalten</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns</source>
        <translation>%1 Zeilen, %2 Spalten</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 der Datei</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Im Training</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Class balance of the label over the %1 rows the runs used: %2.</source>
        <translation>Klassenverteilung des Labels über die %1 Zeilen, die die Läufe verwendet haben: %2.</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>model under review</source>
        <translation>geprüftes Modell</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Majority-class baseline accuracy %1; task AUC %2 (95% interval from %3).</source>
        <translation>Genauigkeit der Mehrheitsklassen-Basislinie %1; Aufgaben-AUC %2 (95-%-Intervall ab %3).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Most exposed training records (data rows counted from 1, the header not counted; their values, including sensitive columns, are deliberately not shown):</source>
        <translation>Am stärksten exponierte Trainingsdatensätze (Datenzeilen ab 1 gezählt, Kopfzeile nicht mitgezählt; ihre Werte, auch sensible Spalten, werden bewusst nicht gezeigt):</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Datenzeile</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Could not write the report to &apos;%1&apos;: %2.</source>
        <translation>Der Bericht konnte nicht nach &apos;%1&apos; geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>used; sensitive: its values are hidden in views and in this report</source>
        <translation>verwendet; sensibel: Ihre Werte sind in Ansichten und in diesem Bericht verborgen</translation>
    </message>
    <message>
        <source>[… %1 more characters are not printed here; the full text is in the project file and the HTML report.]</source>
        <translation>[… %1 weitere Zeichen sind hier nicht gedruckt; der vollständige Text steht in der Projektdatei und im HTML-Bericht.]</translation>
    </message>
    <message>
        <source>One-run audit: %1 (run %2)</source>
        <translation>One-Run-Audit: %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Accountant&apos;s epsilon</source>
        <translation>Epsilon des Accountants</translation>
    </message>
    <message>
        <source>Right guesses</source>
        <translation>Richtige Vermutungen</translation>
    </message>
    <message>
        <source>Canaries (included)</source>
        <translation>Kanarienvögel (aufgenommen)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Method: privacy auditing with one training run (Steinke, Nasr &amp; Jagielski, NeurIPS 2023); mislabelled canaries from the population pool, each included with probability 1/2, scored by their loss; the guesses were fixed in advance. The canaries&apos; scores are stored with the run.</source>
        <translation>Methode: Datenschutz-Audit mit einem Trainingslauf (Steinke, Nasr &amp; Jagielski, NeurIPS 2023); falsch gelabelte Kanarienvögel aus dem Populations-Pool, jeder mit Wahrscheinlichkeit 1/2 aufgenommen, bewertet nach ihrem Verlust; die Vermutungen standen vorab fest. Die Scores der Kanarienvögel sind mit dem Lauf gespeichert.</translation>
    </message>
    <message>
        <source>share of candidates whose value the attack got right (95% interval)</source>
        <translation>Anteil der Kandidaten, deren Wert der Angriff richtig traf (95-%-Intervall)</translation>
    </message>
    <message>
        <source>members (training records)</source>
        <translation>Mitglieder (Trainingsdatensätze)</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>inserted %1x</source>
        <translation>%1× eingefügt</translation>
    </message>
    <message>
        <source>exposure in bits, mean of the canaries (95% interval)</source>
        <translation>Exposition in Bit, Mittelwert der Canaries (95-%-Intervall)</translation>
    </message>
    <message>
        <source>canaries of the level</source>
        <translation>Canaries der Stufe</translation>
    </message>
    <message>
        <source>chance (a canary never seen)</source>
        <translation>Zufall (ein nie gesehener Canary)</translation>
    </message>
    <message>
        <source>reconstructed row</source>
        <translation>rekonstruierte Zeile</translation>
    </message>
    <message>
        <source>columns recovered (%)</source>
        <translation>Spalten rekonstruiert (%)</translation>
    </message>
    <message>
        <source>informed adversary</source>
        <translation>informierter Angreifer</translation>
    </message>
    <message>
        <source>baseline: class-conditional mean or mode</source>
        <translation>Basislinie: klassenbedingter Mittelwert oder Modus</translation>
    </message>
    <message>
        <source>distance to the closest member</source>
        <translation>Abstand zum nächsten Mitglied</translation>
    </message>
    <message>
        <source>distance to the closest held-out row</source>
        <translation>Abstand zur Holdout-Zeile</translation>
    </message>
    <message>
        <source>equally near both (above: nearer a member)</source>
        <translation>gleich nah an beiden (darüber: näher an einem Mitglied)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Personal data and re-identification risk</source>
        <translation>Personenbezogene Daten und Re-Identifikationsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The PII scan found no personal data in these columns; a scan that finds nothing is not proof that there is none.</source>
        <translation>Der PII-Scan hat in diesen Spalten keine personenbezogenen Daten gefunden; ein Scan, der nichts findet, beweist nicht, dass es keine gibt.</translation>
    </message>
    <message>
        <source>Found by the PII scan</source>
        <translation>Vom PII-Scan gefunden</translation>
    </message>
    <message>
        <source>Suggested role</source>
        <translation>Vorgeschlagene Rolle</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Over the quasi-identifiers %1 (%2 records, %3 equivalence classes): k-anonymity %4, sample uniques %5 (%6). Prosecutor risk: highest %7, average %8, records above %9: %10. Expected re-identifications (sdcMicro individual risk): %11.</source>
        <translation>Über die Quasi-Identifikatoren %1 (%2 Datensätze, %3 Äquivalenzklassen): k-Anonymität %4, Stichproben-Unikate %5 (%6). Prosecutor-Risiko: höchstes %7, durchschnittlich %8, Datensätze über %9: %10. Erwartete Re-Identifikationen (individuelles Risiko nach sdcMicro): %11.</translation>
    </message>
    <message>
        <source>The table is taken as the whole population (no population size is registered): journalist risk equals prosecutor risk, and the curve shows what the uniques would be if the table were that fraction of a larger population.</source>
        <translation>Die Tabelle gilt als die ganze Population (keine Populationsgröße registriert): das Journalist-Risiko ist gleich dem Prosecutor-Risiko, und die Kurve zeigt, wie viele Unikate es gäbe, wenn die Tabelle dieser Anteil einer größeren Population wäre.</translation>
    </message>
    <message>
        <source>Most identifying quasi-identifiers</source>
        <translation>Am stärksten identifizierende Quasi-Identifikatoren</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Distinction</source>
        <translation>Distinktion</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separation</translation>
    </message>
    <message>
        <source>Sample uniques</source>
        <translation>Stichproben-Unikate</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Höchstes Risiko</translation>
    </message>
    <message>
        <source>Datasheet (Gebru et al.): %1 complete, %2 of %3 answered%4. Licence: %5. Lawful basis: %6.</source>
        <translation>Datenblatt (Gebru et al.): %1 vollständig, %2 von %3 beantwortet%4. Lizenz: %5. Rechtsgrundlage: %6.</translation>
    </message>
    <message>
        <source> (never saved: started from the import&apos;s fields)</source>
        <translation> (nie gespeichert: aus den Feldern des Imports begonnen)</translation>
    </message>
    <message>
        <source>Unanswered (not &apos;no&apos;): %1.</source>
        <translation>Unbeantwortet (nicht &apos;nein&apos;): %1.</translation>
    </message>
    <message>
        <source>re-identification probability, % (prosecutor)</source>
        <translation>Re-Identifikationswahrscheinlichkeit, % (Prosecutor)</translation>
    </message>
    <message>
        <source>records, %</source>
        <translation>Datensätze, %</translation>
    </message>
    <message>
        <source>sampling fraction (table / population)</source>
        <translation>Auswahlsatz (Tabelle / Population)</translation>
    </message>
    <message>
        <source>population uniques, %</source>
        <translation>Populations-Unikate, %</translation>
    </message>
    <message>
        <source>Dankar&apos;s choice</source>
        <translation>Dankars Wahl</translation>
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
        <translation>Restrisiko anzeigen</translation>
    </message>
    <message>
        <source>Membership itself is sensitive</source>
        <translation>Schon die Zugehörigkeit ist sensibel</translation>
    </message>
    <message>
        <source>Children or vulnerable people</source>
        <translation>Kinder oder schutzbedürftige Personen</translation>
    </message>
    <message>
        <source>Use Suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Weights published</source>
        <translation>Gewichte veröffentlicht</translation>
    </message>
    <message>
        <source>API returning full scores</source>
        <translation>API mit vollständigen Scores</translation>
    </message>
    <message>
        <source>API with restricted outputs</source>
        <translation>API mit eingeschränkten Ausgaben</translation>
    </message>
    <message>
        <source>Label-only, authenticated, rate-limited</source>
        <translation>Nur Labels, authentifiziert, ratenbegrenzt</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>1 Negligible</source>
        <translation>1 Vernachlässigbar</translation>
    </message>
    <message>
        <source>2 Limited</source>
        <translation>2 Begrenzt</translation>
    </message>
    <message>
        <source>3 Significant</source>
        <translation>3 Erheblich</translation>
    </message>
    <message>
        <source>4 Maximum</source>
        <translation>4 Maximal</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>Zugriffsart:</translation>
    </message>
    <message>
        <source>Suggest from Evidence</source>
        <translation>Aus Nachweisen vorschlagen</translation>
    </message>
    <message>
        <source>Likelihood from the project&apos;s attack results, severity from its datasets</source>
        <translation>Eintrittswahrscheinlichkeit aus den Angriffsergebnissen des Projekts, Schwere aus seinen Datensätzen</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schwere:</translation>
    </message>
    <message>
        <source>Likelihood:</source>
        <translation>Eintrittswahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Owner of a risk</source>
        <translation>Verantwortlich für ein Risiko</translation>
    </message>
    <message>
        <source>Assessment settings</source>
        <translation>Bewertungseinstellungen</translation>
    </message>
    <message>
        <source>suggested L%1</source>
        <translation>vorgeschlagen L%1</translation>
    </message>
    <message>
        <source>Select a cell.</source>
        <translation>Eine Zelle auswählen.</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>Vorschlag: %1.</translation>
    </message>
    <message>
        <source>No suggestion yet: use Suggest from Evidence.</source>
        <translation>Noch kein Vorschlag: „Aus Nachweisen vorschlagen“ verwenden.</translation>
    </message>
    <message>
        <source>Risk %1 → residual %2 (%3).</source>
        <translation>Risiko %1 → Restrisiko %2 (%3).</translation>
    </message>
    <message>
        <source>Risk of %1 at %2</source>
        <translation>Risiko von %1 in %2</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Suggestions from evidence</source>
        <translation>Vorschläge aus Nachweisen</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Schwellen…</translation>
    </message>
    <message>
        <source>The measurements that map to each likelihood level</source>
        <translation>Die Messwerte, die jeder Stufe der Eintrittswahrscheinlichkeit entsprechen</translation>
    </message>
    <message>
        <source>Likelihood thresholds</source>
        <translation>Schwellen der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Likelihood Thresholds</source>
        <translation>Schwellen der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Upper bound of</source>
        <translation>Obergrenze von</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR bei 0,1 % FPR</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Empirical epsilon</source>
        <translation>Empirisches Epsilon</translation>
    </message>
    <message>
        <source>DP epsilon giving L1:</source>
        <translation>DP-Epsilon für L1:</translation>
    </message>
    <message>
        <source>PrivAudit&apos;s defaults are not regulatory values; the thresholds used are printed in every export and in the report.</source>
        <translation>Die Voreinstellungen von PrivAudit sind keine regulatorischen Werte; die verwendeten Schwellen stehen in jedem Export und im Bericht.</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>⚠ out of date</source>
        <translation>⚠ veraltet</translation>
    </message>
    <message>
        <source>Attribute inference: individual leakage</source>
        <translation>Attribut-Inferenz: individuelles Leakage</translation>
    </message>
    <message>
        <source>Memorisation: excess canary exposure (bits)</source>
        <translation>Memorierung: Canary-Exposition über dem Zufall (Bit)</translation>
    </message>
    <message>
        <source>Memorisation: members memorised beyond chance, excess share</source>
        <translation>Memorierung: über den Zufall hinaus memorierte Mitglieder, Überschussanteil</translation>
    </message>
    <message>
        <source>Reconstruction: columns recovered beyond the baseline</source>
        <translation>Rekonstruktion: Spalten über die Basislinie hinaus</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::RunConfigDialog</name>
    <message>
        <source>Train here</source>
        <translation>Hier trainieren</translation>
    </message>
    <message>
        <source>TorchScript model</source>
        <translation>TorchScript-Modell</translation>
    </message>
    <message>
        <source>Predictions file</source>
        <translation>Vorhersagedatei</translation>
    </message>
    <message>
        <source>Train with DP-SGD</source>
        <translation>Mit DP-SGD trainieren</translation>
    </message>
    <message>
        <source>New Membership-Inference Run</source>
        <translation>Neuer Membership-Inference-Lauf</translation>
    </message>
    <message>
        <source>%1 (%2 rows, label %3)</source>
        <translation>%1 (%2 Zeilen, Label %3)</translation>
    </message>
    <message>
        <source>Built-in demo: synthetic patient records</source>
        <translation>Eingebaute Demo: synthetische Patientendaten</translation>
    </message>
    <message>
        <source>Run name (optional)</source>
        <translation>Name des Laufs (optional)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Training rows:</source>
        <translation>Trainingszeilen:</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Zielmodell</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Model (train here; also the reference models):</source>
        <translation>Modell (hier trainiert; auch die Referenzmodelle):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Differential Privacy</translation>
    </message>
    <message>
        <source>Noise multiplier σ:</source>
        <translation>Rauschmultiplikator σ:</translation>
    </message>
    <message>
        <source>Clipping norm C:</source>
        <translation>Clipping-Norm C:</translation>
    </message>
    <message>
        <source>Delta:</source>
        <translation>Delta:</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Angriffe</translation>
    </message>
    <message>
        <source>Reference models:</source>
        <translation>Referenzmodelle:</translation>
    </message>
    <message>
        <source>Start Run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Target Model</source>
        <translation>Zielmodell</translation>
    </message>
    <message>
        <source>Predictions (*.csv)</source>
        <translation>Vorhersagen (*.csv)</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth)</source>
        <translation>TorchScript (*.pt *.pth)</translation>
    </message>
    <message>
        <source>No differential privacy: epsilon is infinite.</source>
        <translation>Keine Differential Privacy: Epsilon ist unendlich.</translation>
    </message>
    <message>
        <source>Delta must be a number between 0 and 1.</source>
        <translation>Delta muss eine Zahl zwischen 0 und 1 sein.</translation>
    </message>
    <message>
        <source>Epsilon = %1 at delta = %2 (RDP; q = %3, %4 steps).</source>
        <translation>Epsilon = %1 bei Delta = %2 (RDP; q = %3, %4 Schritte).</translation>
    </message>
    <message>
        <source>No training: threshold attacks only (seconds).</source>
        <translation>Kein Training: nur Schwellenwertangriffe (Sekunden).</translation>
    </message>
    <message>
        <source>%1 models to train, about %2 s (estimate).</source>
        <translation>%1 Modelle zu trainieren, etwa %2 s (Schätzung).</translation>
    </message>
    <message>
        <source>%1 models to train, about %2 minutes (estimate).</source>
        <translation>%1 Modelle zu trainieren, etwa %2 Minuten (Schätzung).</translation>
    </message>
    <message>
        <source>Training (member) rows; as many non-members are held out (default: 40% of the rows, as in the CLI)</source>
        <translation>Trainingszeilen (Mitglieder); ebenso viele Nichtmitglieder werden zurückgehalten (Standard: 40 % der Zeilen, wie in der CLI)</translation>
    </message>
    <message>
        <source>Choose the %1 file.</source>
        <translation>Wählen Sie die %1-Datei.</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Die Datei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read.</source>
        <translation>Die Datei &apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Choose at least one attack.</source>
        <translation>Wählen Sie mindestens einen Angriff.</translation>
    </message>
    <message>
        <source>The dataset&apos;s file &apos;%1&apos; is no longer there; import it again.</source>
        <translation>Die Datei &apos;%1&apos; des Datensatzes ist nicht mehr vorhanden; importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>A TorchScript file is code. PrivAudit runs it only in a separate, sandboxed process: no file system, no network, no new processes, bounded memory and a time limit per batch; its printed output is captured, not shown. The sandbox cannot make the model&apos;s outputs honest: a model that behaves differently outside the audit is not detected.</source>
        <translation>Eine TorchScript-Datei ist Code. PrivAudit führt sie nur in einem getrennten, abgeschotteten Prozess aus: kein Dateisystem, kein Netzwerk, keine neuen Prozesse, begrenzter Speicher und ein Zeitlimit pro Stapel; ihre Ausgaben werden abgefangen, nicht angezeigt. Die Sandbox kann die Ausgaben des Modells nicht ehrlich machen: Ein Modell, das sich außerhalb der Prüfung anders verhält, wird nicht erkannt.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Membership attacks</source>
        <translation>Membership-Angriffe</translation>
    </message>
    <message>
        <source>One-run DP audit (Steinke et al. 2023)</source>
        <translation>DP-Audit mit einem Lauf (Steinke et al. 2023)</translation>
    </message>
    <message>
        <source>Trains the target once with canaries added at random and measures an empirical epsilon lower bound to hold against the accountant&apos;s epsilon.</source>
        <translation>Trainiert das Zielmodell einmal mit zufällig hinzugefügten Kanarienvögeln und misst eine empirische untere Schranke für Epsilon, die dem Epsilon des Accountants gegenübergestellt wird.</translation>
    </message>
    <message>
        <source>One-run audit</source>
        <translation>One-Run-Audit</translation>
    </message>
    <message>
        <source>Records from the population pool (rows neither trained on nor held out), each added to the training set with probability 1/2, with a wrong label.</source>
        <translation>Datensätze aus dem Populations-Pool (Zeilen, die weder trainiert noch zurückgehalten werden), jeder mit Wahrscheinlichkeit 1/2 und mit falschem Label zur Trainingsmenge hinzugefügt.</translation>
    </message>
    <message>
        <source>Half are guessed IN (the highest scores), half OUT (the lowest).</source>
        <translation>Die Hälfte wird als IN vermutet (die höchsten Scores), die Hälfte als OUT (die niedrigsten).</translation>
    </message>
    <message>
        <source>Canaries:</source>
        <translation>Kanarienvögel:</translation>
    </message>
    <message>
        <source>Guesses:</source>
        <translation>Vermutungen:</translation>
    </message>
    <message>
        <source>New One-Run Audit</source>
        <translation>Neues One-Run-Audit</translation>
    </message>
    <message>
        <source>Start Audit</source>
        <translation>Audit starten</translation>
    </message>
    <message>
        <source>The number of guesses cannot exceed the number of canaries.</source>
        <translation>Die Zahl der Vermutungen darf die Zahl der Kanarienvögel nicht übersteigen.</translation>
    </message>
    <message>
        <source>none (fit on the rows outside training)</source>
        <translation>keins (auf den Zeilen außerhalb des Trainings anpassen)</translation>
    </message>
    <message>
        <source>Estimate the encoder&apos;s categories and scaling from the training rows with this epsilon (DP quantiles and noisy category counts); it adds to the run&apos;s epsilon. None: fit the encoder on the rows outside training, which costs no epsilon (the default).</source>
        <translation>Kategorien und Skalierung des Encoders mit diesem Epsilon aus den Trainingszeilen schätzen (DP-Quantile und verrauschte Kategorienzählungen); es kommt zum Epsilon des Laufs hinzu. Keins: den Encoder auf den Zeilen außerhalb des Trainings anpassen, was kein Epsilon kostet (Standard).</translation>
    </message>
    <message>
        <source>Encoder epsilon:</source>
        <translation>Encoder-Epsilon:</translation>
    </message>
    <message>
        <source>With the encoder&apos;s DP estimates the run&apos;s total is epsilon = %1.</source>
        <translation>Mit den DP-Schätzungen des Encoders beträgt die Summe des Laufs Epsilon = %1.</translation>
    </message>
    <message>
        <source>Attribute inference</source>
        <translation>Attribut-Inferenz</translation>
    </message>
    <message>
        <source>Infers a sensitive input column from the other columns and the model&apos;s answers, against an imputation baseline without model access (Jayaraman &amp; Evans 2022).</source>
        <translation>Erschließt eine sensible Eingabespalte aus den übrigen Spalten und den Antworten des Modells, gemessen an einer Imputations-Basislinie ohne Modellzugriff (Jayaraman &amp; Evans 2022).</translation>
    </message>
    <message>
        <source>The input column the attacker tries to infer; columns with the role sensitive come first.</source>
        <translation>Die Eingabespalte, die der Angreifer zu erschließen versucht; Spalten mit der Rolle sensitive stehen vorn.</translation>
    </message>
    <message>
        <source>At most this many members and as many non-members are attacked.</source>
        <translation>Höchstens so viele Mitglieder und ebenso viele Nichtmitglieder werden angegriffen.</translation>
    </message>
    <message>
        <source>Numeric column: a guess within this share of the true value is right.</source>
        <translation>Numerische Spalte: Eine Schätzung innerhalb dieses Anteils des wahren Werts gilt als richtig.</translation>
    </message>
    <message>
        <source>Column to infer:</source>
        <translation>Zu erschließende Spalte:</translation>
    </message>
    <message>
        <source>Candidates per side:</source>
        <translation>Kandidaten je Seite:</translation>
    </message>
    <message>
        <source>Numeric tolerance:</source>
        <translation>Numerische Toleranz:</translation>
    </message>
    <message>
        <source>Every attack runs: imputation baseline, marginal prior, CSMIA, label only, black-box attack model, membership-based (two reference models).</source>
        <translation>Alle Angriffe laufen: Imputations-Basislinie, Randverteilung als Prior, CSMIA, nur Label, Black-Box-Angriffsmodell, auf Membership gestützt (zwei Referenzmodelle).</translation>
    </message>
    <message>
        <source>New Attribute-Inference Run</source>
        <translation>Neuer Attribut-Inferenz-Lauf</translation>
    </message>
    <message>
        <source>Choose the column to infer: the dataset has no input column besides the label.</source>
        <translation>Wählen Sie die zu erschließende Spalte: Der Datensatz hat außer dem Label keine Eingabespalte.</translation>
    </message>
    <message>
        <source>Canary exposure</source>
        <translation>Canary-Exposition</translation>
    </message>
    <message>
        <source>Trains the recipe once with secret canary rows inserted 1, 10 or 100 times and ranks each among never-inserted canaries: how much the recipe memorises a row (Carlini et al. 2019).</source>
        <translation>Trainiert das Rezept einmal mit geheimen Canary-Zeilen, die 1-, 10- oder 100-mal eingefügt sind, und ordnet jede unter nie eingefügten Canaries ein: wie stark das Rezept eine Zeile memoriert (Carlini et al. 2019).</translation>
    </message>
    <message>
        <source>How often each secret canary is inserted, one level per count.</source>
        <translation>Wie oft jeder geheime Canary eingefügt wird, eine Stufe je Zahl.</translation>
    </message>
    <message>
        <source>Secret canaries per level, and as many never-inserted controls; 65,536 never-inserted references are drawn beside them.</source>
        <translation>Geheime Canaries je Stufe und ebenso viele nie eingefügte Kontrollen; daneben werden 65.536 nie eingefügte Referenzen gezogen.</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Canaries per level:</source>
        <translation>Canaries je Stufe:</translation>
    </message>
    <message>
        <source>New Canary-Exposure Run</source>
        <translation>Neuer Canary-Expositionslauf</translation>
    </message>
    <message>
        <source>Repetitions: whole numbers from 1 to 10000 separated by commas, for example 1, 10, 100.</source>
        <translation>Wiederholungen: ganze Zahlen von 1 bis 10000, durch Kommas getrennt, zum Beispiel 1, 10, 100.</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>Model inversion</source>
        <translation>Modellinversion</translation>
    </message>
    <message>
        <source>MI-Face (Fredrikson et al. 2015): the row the model is most confident of for each class; a leak only where it sits nearer training rows than held-out ones.</source>
        <translation>MI-Face (Fredrikson et al. 2015): die Zeile, deren sich das Modell für jede Klasse am sichersten ist; ein Leck nur, wo sie näher an Trainingszeilen liegt als an zurückgehaltenen.</translation>
    </message>
    <message>
        <source>Informed reconstruction</source>
        <translation>Informierte Rekonstruktion</translation>
    </message>
    <message>
        <source>Rows reconstructed, each missing from its own training.</source>
        <translation>Rekonstruierte Zeilen, jede fehlt in ihrem eigenen Training.</translation>
    </message>
    <message>
        <source>Training rows the adversary knows; the model trains on them plus the missing row.</source>
        <translation>Trainingszeilen, die der Angreifer kennt; das Modell trainiert auf ihnen und der fehlenden Zeile.</translation>
    </message>
    <message>
        <source>Rows to reconstruct:</source>
        <translation>Zu rekonstruierende Zeilen:</translation>
    </message>
    <message>
        <source>Rows the adversary knows:</source>
        <translation>Dem Angreifer bekannte Zeilen:</translation>
    </message>
    <message>
        <source>MI-Face model inversion</source>
        <translation>MI-Face-Modellinversion</translation>
    </message>
    <message>
        <source>Representatives per class: from the average row, then from random starts.</source>
        <translation>Repräsentanten je Klasse: von der mittleren Zeile, dann von zufälligen Starts aus.</translation>
    </message>
    <message>
        <source>Starts per class:</source>
        <translation>Starts je Klasse:</translation>
    </message>
    <message>
        <source>New Reconstruction Run</source>
        <translation>Neuer Rekonstruktionslauf</translation>
    </message>
    <message>
        <source>New Model-Inversion Run</source>
        <translation>Neuer Modellinversionslauf</translation>
    </message>
    <message>
        <source>An adversary who knows every training row but one recovers it from a logistic regression or a small tanh MLP (Balle, Cherubin &amp; Hayes 2022), against the guess that needs no model.</source>
        <translation>Ein Angreifer, der jede Trainingszeile bis auf eine kennt, gewinnt sie aus einer logistischen Regression oder einem kleinen tanh-MLP zurück (Balle, Cherubin &amp; Hayes 2022), gemessen an der Schätzung, die kein Modell braucht.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::RunResultView</name>
    <message>
        <source>Log-log scale</source>
        <translation>Log-log-Skala</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [95-%-KI]</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR [95% CI]</source>
        <translation>TPR bei 0,1 % FPR [95-%-KI]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR [95% CI]</source>
        <translation>TPR bei 1 % FPR [95-%-KI]</translation>
    </message>
    <message>
        <source>Empirical epsilon ≥</source>
        <translation>Empirisches Epsilon ≥</translation>
    </message>
    <message>
        <source>Members / non-members</source>
        <translation>Mitglieder / Nicht-Mitglieder</translation>
    </message>
    <message>
        <source>Attack score</source>
        <translation>Angriffs-Score</translation>
    </message>
    <message>
        <source>Export ROC…</source>
        <translation>ROC exportieren…</translation>
    </message>
    <message>
        <source>Export Histogram…</source>
        <translation>Histogramm exportieren…</translation>
    </message>
    <message>
        <source>Histogram of:</source>
        <translation>Histogramm von:</translation>
    </message>
    <message>
        <source>Run %1 has no results: it is %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse: Er ist %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1: %2&lt;/b&gt; — target accuracy train %3, test %4; %5; seed %6.</source>
        <translation>&lt;b&gt;Lauf %1: %2&lt;/b&gt; — Genauigkeit des Zielmodells Training %3, Test %4; %5; Seed %6.</translation>
    </message>
    <message>
        <source>DP-SGD, epsilon %1 at delta %2</source>
        <translation>DP-SGD, Epsilon %1 bei Delta %2</translation>
    </message>
    <message>
        <source>no differential privacy</source>
        <translation>keine Differential Privacy</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>non-members (%1)</source>
        <translation>Nicht-Mitglieder (%1)</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1-Score</translation>
    </message>
    <message>
        <source>%1: FPR %2, TPR %3 [%4, %5], threshold %6</source>
        <translation>%1: FPR %2, TPR %3 [%4, %5], Schwelle %6</translation>
    </message>
    <message>
        <source>Training records the strongest attack is surest about: double-click to see the dataset row</source>
        <translation>Trainingsdatensätze, bei denen sich der stärkste Angriff am sichersten ist: Doppelklick zeigt die Zeile im Datensatz</translation>
    </message>
    <message>
        <source>Row %1 of the built-in demo data (synthetic).</source>
        <translation>Zeile %1 der eingebauten Demodaten (synthetisch).</translation>
    </message>
    <message>
        <source>The dataset file is not readable any more: %1</source>
        <translation>Die Datensatzdatei ist nicht mehr lesbar: %1</translation>
    </message>
    <message>
        <source>The dataset file has changed: it has no row %1.</source>
        <translation>Die Datensatzdatei hat sich geändert: Sie hat keine Zeile %1.</translation>
    </message>
    <message>
        <source>%1: (hidden)</source>
        <translation>%1: (verborgen)</translation>
    </message>
    <message>
        <source>Designate as Model under &amp;Review</source>
        <translation>Als geprüftes &amp;Modell benennen</translation>
    </message>
    <message>
        <source>Data row</source>
        <translation>Datenzeile</translation>
    </message>
    <message>
        <source>Data rows are counted from 1; the header line is not counted.</source>
        <translation>Datenzeilen werden ab 1 gezählt; die Kopfzeile zählt nicht mit.</translation>
    </message>
    <message>
        <source>The report&apos;s findings, the risk matrix suggestions and a final report use the model under review; the other runs are comparisons.</source>
        <translation>Die Feststellungen des Berichts, die Vorschläge der Risikomatrix und ein endgültiger Bericht beziehen sich auf das geprüfte Modell; die anderen Läufe sind Vergleiche.</translation>
    </message>
    <message>
        <source>majority-class baseline %1, task AUC %2</source>
        <translation>Mehrheitsklassen-Basislinie %1, Aufgaben-AUC %2</translation>
    </message>
    <message>
        <source>Model under review.</source>
        <translation>Geprüftes Modell.</translation>
    </message>
    <message>
        <source>Comparison (not the model under review).</source>
        <translation>Vergleich (nicht das geprüfte Modell).</translation>
    </message>
    <message>
        <source>No model under review is designated.</source>
        <translation>Es ist kein geprüftes Modell benannt.</translation>
    </message>
    <message>
        <source>Utility: %1.</source>
        <translation>Nutzen: %1.</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Data row %1 (counted from 1 without the header; line %2 of the file when no field spans lines) — %3</source>
        <translation>Datenzeile %1 (ab 1 gezählt ohne Kopfzeile; Zeile %2 der Datei, wenn kein Feld über mehrere Zeilen reicht) — %3</translation>
    </message>
    <message>
        <source>DP, epsilon %1 at delta %2 (DP-SGD %3 and the encoder&apos;s DP estimates %4)</source>
        <translation>DP, Epsilon %1 bei Delta %2 (DP-SGD %3 und die DP-Schätzungen des Encoders %4)</translation>
    </message>
    <message>
        <source>Memorisation</source>
        <translation>Memorierung</translation>
    </message>
    <message>
        <source>Accuracy of the reference models on the record when they trained on it minus when they did not (Feldman &amp; Zhang 2020), with its standard error.</source>
        <translation>Genauigkeit der Referenzmodelle auf dem Datensatz, wenn sie auf ihm trainiert wurden, minus wenn nicht (Feldman &amp; Zhang 2020), mit ihrem Standardfehler.</translation>
    </message>
    <message>
        <source>Permutation test of the loss form: how often re-splitting the reference models at random gives as large a difference.</source>
        <translation>Permutationstest der Verlustform: wie oft ein zufälliges neues Aufteilen der Referenzmodelle einen ebenso großen Unterschied ergibt.</translation>
    </message>
    <message>
        <source>Double-click a record to see its data row.</source>
        <translation>Doppelklicken Sie auf einen Datensatz, um seine Datenzeile zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counterfactual memorisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontrafaktische Memorierung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Angriffe</translation>
    </message>
    <message>
        <source>Measured by runs that train reference models (LiRA, RMIA, shadow).</source>
        <translation>Gemessen von Läufen, die Referenzmodelle trainieren (LiRA, RMIA, Schattenmodelle).</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Untergruppen</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::SectionResultView</name>
    <message>
        <source>Export Plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::SubgroupPanel</name>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Quantile bands of a numeric column.</source>
        <translation>Quantilbänder einer numerischen Spalte.</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Nichtmitglieder</translation>
    </message>
    <message>
        <source>AUC [95% CI]</source>
        <translation>AUC [95-%-KI]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>Bänder:</translation>
    </message>
    <message>
        <source>The run&apos;s data has no column to split by.</source>
        <translation>Die Daten des Laufs haben keine Spalte zum Aufteilen.</translation>
    </message>
    <message>
        <source>Choose a column and compute: the run&apos;s statistics per subgroup, from its stored scores.</source>
        <translation>Wählen Sie eine Spalte und berechnen Sie: die Statistiken des Laufs je Untergruppe, aus seinen gespeicherten Werten.</translation>
    </message>
    <message>
        <source>Computing the subgroups of %1...</source>
        <translation>Untergruppen von %1 werden berechnet …</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 (small group)</source>
        <translation>%1 (kleine Gruppe)</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Advantage over the baseline [95% CI]</source>
        <translation>Vorteil gegenüber der Basislinie [95-%-KI]</translation>
    </message>
    <message>
        <source>Individual leakage [95% CI]</source>
        <translation>Individuelles Leck [95-%-KI]</translation>
    </message>
    <message>
        <source>Advantage over imputation</source>
        <translation>Vorteil gegenüber Imputation</translation>
    </message>
    <message>
        <source>Informed reconstruction</source>
        <translation>Informierte Rekonstruktion</translation>
    </message>
    <message>
        <source>Save for the report</source>
        <translation>Für den Bericht speichern</translation>
    </message>
    <message>
        <source>Keep this analysis in the project: the report&apos;s subgroups section shows it (audited; saving the same run and column again replaces it).</source>
        <translation>Diese Analyse im Projekt behalten: der Untergruppen-Abschnitt des Berichts zeigt sie (protokolliert; derselbe Lauf und dieselbe Spalte erneut gespeichert ersetzen sie).</translation>
    </message>
    <message>
        <source>Saved for the report&apos;s subgroups section.</source>
        <translation>Für den Untergruppen-Abschnitt des Berichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>privaudit::ui::TradeoffExplorerView</name>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Task AUC</source>
        <translation>Aufgaben-AUC</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Test-Verlust</translation>
    </message>
    <message>
        <source>Attack AUC</source>
        <translation>Angriffs-AUC</translation>
    </message>
    <message>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR bei 0,1 % FPR</translation>
    </message>
    <message>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <source>Advantage (TPR - FPR)</source>
        <translation>Vorteil (TPR − FPR)</translation>
    </message>
    <message>
        <source>Empirical epsilon (lower bound)</source>
        <translation>Empirisches Epsilon (untere Schranke)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save both plots (PNG, SVG or PDF) and the points as CSV</source>
        <translation>Beide Grafiken (PNG, SVG oder PDF) und die Punkte als CSV speichern</translation>
    </message>
    <message>
        <source>Utility:</source>
        <translation>Nutzen:</translation>
    </message>
    <message>
        <source>Attack success:</source>
        <translation>Angriffserfolg:</translation>
    </message>
    <message>
        <source>target epsilon (log scale; ∞ = no differential privacy)</source>
        <translation>Ziel-Epsilon (log. Skala; ∞ = ohne Differential Privacy)</translation>
    </message>
    <message>
        <source>Run %1 is not a privacy-utility sweep.</source>
        <translation>Lauf %1 ist kein Datenschutz-Nutzen-Sweep.</translation>
    </message>
    <message>
        <source>Run %1 has an unreadable sweep spec: %2</source>
        <translation>Lauf %1 hat eine unlesbare Sweep-Spezifikation: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (run %2): %3 of %4 points measured, %5 seed(s) per epsilon, delta = %6. The dashed line is the most any attack can achieve against (epsilon, delta)-DP.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Lauf %2): %3 von %4 Punkten gemessen, %5 Seed(s) je Epsilon, Delta = %6. Die gestrichelte Linie ist das Höchste, was ein Angriff gegen (Epsilon, Delta)-DP erreichen kann.</translation>
    </message>
    <message>
        <source>each seed</source>
        <translation>jeder Seed</translation>
    </message>
    <message>
        <source>mean ± 1 sd</source>
        <translation>Mittelwert ± 1 SA</translation>
    </message>
    <message>
        <source>DP ceiling (delta = %1)</source>
        <translation>DP-Obergrenze (Delta = %1)</translation>
    </message>
    <message>
        <source>Target epsilon %1, seed %2 (run %3)</source>
        <translation>Ziel-Epsilon %1, Seed %2 (Lauf %3)</translation>
    </message>
    <message>
        <source>Accountant epsilon %1 at delta %2; sigma %3, q %4, %5 steps</source>
        <translation>Accountant-Epsilon %1 bei Delta %2; Sigma %3, q %4, %5 Schritte</translation>
    </message>
    <message>
        <source>No differential privacy</source>
        <translation>Keine Differential Privacy</translation>
    </message>
    <message>
        <source>Accuracy %1, task AUC %2, loss %3</source>
        <translation>Genauigkeit %1, Aufgaben-AUC %2, Verlust %3</translation>
    </message>
    <message>
        <source>%1: AUC %2, TPR at 0.1% FPR %3, empirical epsilon &gt;= %4</source>
        <translation>%1: AUC %2, TPR bei 0,1 % FPR %3, empirisches Epsilon &gt;= %4</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Trade-off</source>
        <translation>Abwägung exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;SVG vector image (*.svg);;PNG image (*.png)</source>
        <translation>PDF-Dokument (*.pdf);;SVG-Vektorgrafik (*.svg);;PNG-Bild (*.png)</translation>
    </message>
</context>
</TS>
