# Die eigenen Wörter der App (app/) auf Deutsch (de-DE), mit den Begriffen von Partner Center.
## the page
brand = Partner Merge

## nav
nav-label = Hauptmenü
nav-account = Konto
nav-merges = Kontozusammenführung
nav-history = Verlauf
nav-sandbox = Sandbox
nav-mailbox = Postfach

## the page
language = Sprache
no-such-page = Diese Seite gibt es nicht.
signed-in-as = Angemeldet als { $email }
signed-in-with = Angemeldet als { $email }, { $company }
sign-out = Abmelden
went-wrong = Etwas ist schiefgegangen:
sign-in-again = Erneut anmelden

## sign_in
sign-in-title = Anmelden
sign-in-work-email = Geschäftliche E-Mail-Adresse
sign-in-continue-to-provider = Weiter
sign-in-own-page = Sie melden sich über die Anmeldeseite Ihres eigenen Unternehmens an.
sign-in-demo = Demomodus: Wählen Sie, wer Sie sind. Kontoadministratoren können Zusammenführungen einladen, beantworten und bestätigen.
sign-in-account-admin = { " " }Kontoadministrator

## account
account-loading = Ihr Konto wird geladen…
account-admin = , Kontoadministrator
account-locations = Globales Partnerkonto und Standorte
account-users = Benutzer und Rollen
account-user = Benutzer
account-roles = Rollen
account-competency = { $name } ({ $level }), bis zum { $date }
account-action-pack = Jahrestag des Action Pack: { $date }
account-reissue = Die Benutzer eines aufgenommenen Mandanten neu ausstellen

## merges
merges-title = Kontozusammenführung
merges-invite-label = Ein Unternehmen über seine globale PartnerID (MPN-ID) einladen
merges-send = Einladung senden
merges-not-an-id-yet = „{ $text }“ ist noch keine PartnerID: Eine PartnerID hat 6 bis 10 Ziffern
merges-loading = Die Zusammenführungsanfragen werden geladen…
merges-none = Noch keine Zusammenführungsanfragen.
merges-invites = { $initiator } ({ $initiator_id }) lädt { $invitee } ({ $invitee_id }) ein
merges-reason-shown = Grund:{ " " }
merges-accept = Annehmen
merges-reason = Grund
merges-reject = Ablehnen
merges-review = Das zusammengeführte Konto prüfen und bestätigen
merges-cancel = Die Zusammenführung abbrechen
merges-read = Die Einladung lesen und beantworten
merges-read-again = Die Einladung lesen
merges-cancel-invitation = Einladung zurückziehen
merges-report = Bericht der Zusammenführung
merges-waiting = Warten auf die Antwort von { $company }.

## history
history-title = Verlauf der Zusammenführungen
history-loading = Der Verlauf wird geladen…
history-sentence-sent = { $initiator } hat { $invitee } zur Kontozusammenführung eingeladen
history-sentence-accepted = { $invitee } hat die Einladung von { $initiator } angenommen
history-sentence-rejected = { $invitee } hat die Einladung von { $initiator } abgelehnt
history-sentence-cancelled = Die Zusammenführung von { $invitee } in { $initiator } wurde abgebrochen
history-sentence-completed = { $initiator } hat { $invitee } aufgenommen
history-sentence-reissued = Benutzer von { $invitee } wurden im Mandanten von { $initiator } neu ausgestellt
history-sentence-expired = Die Einladung von { $initiator } an { $invitee } ist abgelaufen
history-by = von { $who }
history-reason = Grund: { $reason }
history-report = Bericht
history-show-older = Ältere anzeigen
history-none = Noch keine Zusammenführungsanfragen.

## preview
preview-loading = Die Vorschau der Zusammenführung wird geladen…
preview-title = { $initiator } nimmt { $invitee } auf
preview-as-of = Stand { $date }
preview-fingerprint = Fingerabdruck dieses Plans:{ " " }
preview-same-plan = Der Server hat denselben Plan berechnet: Genau das wird beim Bestätigen ausgeführt.
preview-other-plan = Der Plan des Servers weicht von dem dieser Seite ab: Laden Sie die Seite neu, bevor Sie bestätigen.
preview-changes = Was sich ändert
preview-benefits = Vorteile bis zur Verlängerung
preview-package = Vorteilspaket von { $company }, bis zum { $date }
preview-renewal = Gemeinsame Verlängerung am { $date }: ein Vorteilspaket, jede Kompetenz bleibt erhalten.
preview-people = Benutzer und Rollen, nach Mandant
preview-tenant = { $tenant } ({ $company }), verwaltet von { $admins }
preview-users-of = Benutzer von { $tenant }
preview-checklist = Nach der Zusammenführung
preview-status = Vorschlag: noch nicht ausgeführt
preview-trial = Test in Ihrem Browser: Nichts wird ausgeführt
preview-invited = Eingeladen von { $who } am { $when }
preview-accepted = angenommen von { $who } am { $when }
preview-technical = Technische Details
preview-legend = In den Bäumen markiert:
preview-legend-moved = unter das PGA verschoben
preview-legend-demoted = war ein PGA, jetzt ein Standort
preview-tags = Jede Änderung ist markiert:
preview-tag-added = Hinzugefügt
preview-tag-moved = Verschoben
preview-tag-kept = Behalten
preview-tag-changed = Geändert
preview-tag-meaning-added = neu im zusammengeführten Konto
preview-tag-meaning-moved = kommt unverändert unter das PGA
preview-tag-meaning-kept = wird übernommen, wie es war
preview-tag-meaning-changed = wird übernommen, danach anders
preview-tag-meaning-not-merged = bleibt, wo es ist
preview-print = Bericht drucken

## glance
glance-after = Nachher

## timeline
timeline-title = Zeitleiste der Verlängerungen ab { $date }
timeline-as-of = Stand { $date }
timeline-until = { $label }: bis zum { $date }
timeline-action-pack = Jahrestag des Action Pack
timeline-msp = Verlängerung von Azure Expert MSP
timeline-package = Paket von { $company }
timeline-list = Verlängerungsdaten

## confirm
confirm-open = Zusammenführung bestätigen…
confirm-title = { $invitee } mit { $initiator } zusammenführen?
confirm-type-to-confirm = Geben Sie zur Bestätigung { $company } ein
confirm-merge-now = Jetzt zusammenführen
confirm-back = Zurück
confirm-review-new = Die neue Vorschau prüfen
confirm-irreversible = Dies kann nicht rückgängig gemacht werden: { $invitee } ({ $invitee_id }) wird ein Standort von { $initiator } ({ $initiator_id }).
confirm-consequences = Was verloren geht oder sich ändert:
confirm-accepted = { $who } hat am { $when } für { $company } angenommen.
confirm-stale = Die Vorschau ist veraltet: Prüfen Sie die neue Vorschau, bevor Sie bestätigen.

## merged
merged-title = { $initiator } hat { $invitee } aufgenommen
merged-done = Die Zusammenführung ist abgeschlossen.{ " " }
merged-see-account = Das zusammengeführte Konto ansehen
merged-in-history = Im Verlauf
merged-entry = Abgeschlossen am { $when }: { $invitee } ({ $invitee_id }) ist jetzt ein Standort von { $initiator } ({ $initiator_id }).
merged-see-history = Den Verlauf ansehen
merged-next = Was als Nächstes zu tun ist
merged-account = Das zusammengeführte Konto
merged-report = Den Bericht der ausgeführten Zusammenführung öffnen

## sandbox
sandbox-title = Sandbox
sandbox-intro = Sehen Sie sich die Zusammenführung zweier beliebiger Konto-Snapshots in Ihrem Browser an: Nichts wird irgendwohin gesendet.
sandbox-initiator = Initiator (nimmt den anderen auf)
sandbox-invitee = Eingeladener Partner (wird zu Standorten)
sandbox-as-of = Stand
sandbox-preview = Vorschau der Zusammenführung
sandbox-download = Den Plan herunterladen (JSON)
sandbox-sample = Beispielkonto
sandbox-choose = Auswählen…
sandbox-upload = Oder eine JSON-Datei hochladen
sandbox-json = Snapshot-JSON
sandbox-bad-initiator = Der Initiator: { $why }
sandbox-bad-invitee = Der eingeladene Partner: { $why }
sandbox-planning = Die Zusammenführung wird geplant…
sandbox-receiving = Der Plan wird empfangen: { $users } von { $of } Benutzern
sandbox-bad-date = „{ $text }“ ist kein Datum: Wählen Sie eines
sandbox-invitee-n = Eingeladener Partner { $n } (nach dem vorherigen aufgenommen)
sandbox-add-invitee = Einen weiteren eingeladenen Partner hinzufügen
sandbox-remove-invitee = Eingeladenen Partner { $n } entfernen
sandbox-compare = Beide Richtungen vergleichen
sandbox-chain-title = { $initiator } nimmt { $invitees } nacheinander auf
sandbox-chain-result = Das Konto nach dem letzten Schritt
sandbox-step = Schritt { $step }: { $initiator } nimmt { $invitee } auf
sandbox-bad-invitee-n = Eingeladener Partner { $n }: { $why }
sandbox-step-fingerprint = Fingerabdruck dieses Schritts:{ " " }
sandbox-unreadable = Eine Datei konnte nicht als UTF-8-Text gelesen werden: Speichern Sie sie als UTF-8-JSON und wählen Sie sie erneut.
sandbox-uploaded = { $file }, { $size } KB: zu groß, um sie hier anzuzeigen; sie wird bei der Vorschau gelesen.
sandbox-show-text = Als Text anzeigen
sandbox-choose-file = Datei auswählen…
sandbox-no-file = Keine Datei ausgewählt

## refusal
refusal-unreachable = Der Server ist nicht erreichbar: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

## tree
tree-filter = Nach Name oder PartnerID filtern
tree-count = { $shown } von { $total } angezeigt
tree-none = Nichts passt zu „{ $filter }“.

## reissue
reissue-title = Benutzer in Ihrem eigenen Mandanten neu ausstellen
reissue-intro = Verschieben Sie nach einer Zusammenführung Benutzer eines Mandanten, den Ihr Unternehmen aufgenommen hat, in Ihren eigenen Mandanten. Sie behalten jede Rolle; mit ihrer alten E-Mail-Adresse können sie sich nicht mehr anmelden. Benutzer, die Sie nicht auswählen, behalten ihren Zugriff wie bisher.
reissue-loading = Ihr Konto wird geladen…
reissue-nothing = Ihr Konto hat keinen Mandanten aus einer Zusammenführung: Es gibt keine Benutzer zum Neuausstellen.
reissue-from = Benutzer von
reissue-to = Nach
reissue-users = Neu auszustellende Benutzer
reissue-pick = Neu ausstellen
reissue-user = Benutzer
reissue-new-email = Neue E-Mail-Adresse
reissue-new-email-of = Neue E-Mail-Adresse für { $email }
reissue-preview = Vorschau der Neuausstellung
reissue-title-preview = Vorschau: die Benutzer von { $from } nach { $to }
reissue-what = Was die Neuausstellung bewirkt
reissue-who-moves = Wer wechselt
reissue-roles = Behaltene Rollen
reissue-no-roles = keine Rollen
reissue-fingerprint = Fingerabdruck dieser Vorschau:{ " " }
reissue-open = Benutzer neu ausstellen…
reissue-dialog-title = Dies kann nicht rückgängig gemacht werden
reissue-dialog-text = Ab jetzt melden sich die verschobenen Benutzer mit ihren neuen E-Mail-Adressen an; ihre alten E-Mail-Adressen funktionieren nicht mehr und ihre Sitzungen enden.
reissue-type-to-confirm = Geben Sie zur Bestätigung { $tenant } ein
reissue-now = Jetzt neu ausstellen
reissue-done = Die Benutzer sind neu ausgestellt: Sie melden sich mit ihren neuen E-Mail-Adressen an.
reissue-see-history = Den Verlauf ansehen

## compare
compare-title = Wer wen aufnehmen sollte
compare-intro = Dieselben zwei Unternehmen, in beide Richtungen zusammengeführt: was sich unterscheidet.
compare-direction = Wenn { $initiator } { $invitee } aufnimmt
compare-global = Globale PartnerID des zusammengeführten Kontos: { $mpn_id }
compare-open = Vergleichen: Wer sollte wen aufnehmen

## print
print-running = { $initiator } nimmt { $invitee } auf · Stand { $date }
print-fingerprint = Fingerabdruck { $fingerprint }

## consequences
consequences-lost = Was verloren geht oder sich ändert
consequences-lost-of = Was { $company } verliert oder was sich für { $company } ändert
consequences-nothing-lost = Nichts geht verloren: Alles, was beide Unternehmen haben, wird übernommen.
consequences-stays = Was bleibt, wo es ist

## report
report-title = Bericht der Kontozusammenführung
report-loading = Der Bericht wird geladen…
report-proposed = Status: vorgeschlagen, nicht ausgeführt
report-trial = Status: Test in der Sandbox, keine Anfrage
report-applied = Status: ausgeführt am { $when }
report-generated = Erstellt am { $when } von { $who }
report-generated-anonymous = Erstellt am { $when }
report-parties = Parteien
report-role = Rolle
report-company = Unternehmen
report-global-id = Globale PartnerID (MPN-ID)
report-initiator = Nimmt den anderen auf (sein PGA bleibt)
report-invitee = Aufgenommen: sein PGA wird ein Standort
report-as-of = Geplant für den { $date }
report-consent = Zustimmung
report-invited = Eingeladen von { $who } am { $when }
report-accepted = Angenommen von { $who } am { $when }
report-confirmed = Bestätigt von { $who } am { $when }
report-not-confirmed = Noch nicht bestätigt
report-merged-account = Das zusammengeführte Konto
report-changes = Was sich ändert
report-sign = Abzeichnung
report-name = Name
report-signature = Unterschrift
report-date = Datum
report-on-behalf = Für { $company }

## invitation
invitation-loading = Die Einladung wird geladen…
invitation-title = { $initiator } lädt { $invitee } zur Kontozusammenführung ein
invitation-sent = Gesendet von { $who } am { $when }
invitation-means = Was das Annehmen für { $company } bedeutet
invitation-means-pga = Das globale Partnerkonto von { $invitee } ({ $invitee_id }) wird ein Standort von { $initiator } ({ $initiator_id }), und die Standorte von { $invitee } kommen unter das PGA von { $initiator }, jeder mit seiner PartnerID.
invitation-means-admins = Die Kontoadministratoren von { $initiator } handeln für das zusammengeführte Konto. Die Administratoren von { $invitee } verwalten weiterhin die Benutzer ihres eigenen Mandanten, die ihre Rollen behalten.
invitation-means-admins-both = Die Kontoadministratoren von { $initiator } und von { $invitee } handeln für das gesamte zusammengeführte Konto, wie Microsofts aktuelle Seite es liest. Die Administratoren jedes Unternehmens verwalten nur die Benutzer ihres eigenen Mandanten, die ihre Rollen behalten.
invitation-means-final = Nichts ändert sich, bis die Administratoren von { $initiator } die Zusammenführung bestätigen, und dann kann sie nicht rückgängig gemacht werden. Bis zur Bestätigung kann jedes der beiden Unternehmen sie abbrechen.
invitation-deal-same = Partner Center führt die Konten bei einer Fusion und einer Übernahme gleich zusammen: Das globale Partnerkonto von { $initiator } bleibt, das von { $invitee } wird ein Standort darunter, und wer für das zusammengeführte Konto handelt, steht unter „Wer welche Rechte erhält“.
invitation-after = { $company } nach der Zusammenführung
invitation-other-locations = und { $count } Standorte von { $company }
invitation-other-location = und 1 Standort von { $company }
invitation-keeps = Was { $company } einbringt und behält
invitation-people = Wer die Benutzer von { $company } verwaltet
invitation-decide = Ihre Antwort
invitation-accept-hint = Wenn Sie annehmen, können die Administratoren von { $initiator } diese Zusammenführung prüfen und bestätigen.
invitation-reject-title = Oder die Einladung ablehnen
invitation-reason = Grund (optional; { $initiator } sieht ihn)
invitation-accepted-by = { $who } hat am { $when } für { $company } angenommen. Die Administratoren von { $initiator } prüfen und bestätigen jetzt die Zusammenführung.
invitation-withdraw-hint = Bis zur Bestätigung können Sie Ihre Annahme zurückziehen: Die Anfrage endet dann, und beide Unternehmen sind wieder frei.
invitation-withdraw = Annahme zurückziehen
invitation-answered = Ihre Antwort ist gespeichert.

## after the screen review and the fresh sign-in
merges-closed-by = { $state } von { $who } am { $when }
history-when = Wann
history-request = Anfrage
history-what = Was
history-who = Wer
history-detail = Details
glance-nothing = Nichts ist abgelaufen oder verstrichen.
glance-one-thing = 1 Punkt braucht Aufmerksamkeit:{ " " }
glance-things = { $count } Punkte brauchen Aufmerksamkeit:{ " " }
glance-see-warnings = siehe die Warnungen
print-button = Drucken oder als PDF speichern
report-status-proposed = vorgeschlagen, nicht ausgeführt
report-status-applied = ausgeführt
report-status-trial = Test
step-up-going = Dies kann nicht rückgängig gemacht werden und braucht eine aktuelle Anmeldung: Sie werden zu Ihrem Identitätsanbieter geleitet und dann hierher zurück…
step-up-back = Sie haben sich erneut angemeldet: Bestätigen Sie, wenn Sie bereit sind.
step-up-changed = Die Konten haben sich geändert, während Sie sich erneut angemeldet haben: Dies ist die neue Vorschau; prüfen Sie sie, bevor Sie bestätigen.
step-up-demo = Demomodus: Ein echter Server verlangt vor diesem Schritt eine erneute Anmeldung.

mailbox-title = Demo-Postfach
mailbox-about = Ein Demo-Server versendet keine E-Mails: Was die Administratoren jedes Unternehmens erhalten würden, steht hier, jeweils in der Sprache des Lesers.
mailbox-loading = Das Postfach wird geladen…
mailbox-empty = Noch keine E-Mails: Laden Sie ein Unternehmen ein, um zu sehen, wie seine Kontoadministratoren davon erfahren.
mailbox-to = An
mailbox-open = In Partner Merge öffnen

## Fusion oder Übernahme, wer welche Rechte erhält (#32)
merges-deal-merger-hint = Ihr Unternehmen und das eingeladene werden ein Unternehmen.
merges-deal-acquisition-hint = Ihr Unternehmen übernimmt das eingeladene ganz oder teilweise.
merges-deal-same = Partner Center führt die Konten in beiden Fällen gleich zusammen: Die Art des Geschäfts sagt dem eingeladenen Unternehmen, was Sie vereinbart haben, bevor es antwortet.
merges-deal-missing = Wählen Sie Fusion oder Übernahme.
merges-deal-shown = Art des Geschäfts: { $deal }
confirm-rights-acknowledge = Ich habe gelesen, wer nach der Zusammenführung welche Rechte erhält, und bin damit einverstanden.
