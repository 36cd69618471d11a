# Die E-Mails, die dem anderen Unternehmen jeden Schritt einer Kontozusammenführung mitteilen
# (Issue #31): je Schritt ein Betreff und was geschah; der Rest jeder E-Mail ist ihre Vorlage
# (crates/merge-api/templates/). E-Mails enthalten nie Bank- und Steuerinformationen.

email-greeting = Hallo,
email-open-invitation = Einladung lesen
email-open-request = Anfrage öffnen
email-open-report = Druckbaren Bericht öffnen
email-open-history = Verlauf der Zusammenführungen öffnen
email-fingerprint = Fingerabdruck des angewendeten Plans: { $fingerprint }
email-as-of = Angewendet zum { $as_of }
email-why = Sie erhalten diese E-Mail als Kontoadministrator von { $company } in Partner Merge.

email-invited-subject = { $initiator } lädt { $invitee } zur Kontozusammenführung ein
email-invited-body = { $actor } von { $initiator } lädt { $invitee } ein, sein Partner Center-Konto mit dem von { $initiator } zusammenzuführen: Das globale Partnerkonto (PGA) von { $invitee } würde ein Standort von { $initiator }. Lesen Sie die Einladung mit dem, was { $invitee } verliert, bevor Sie sie annehmen oder ablehnen. Sobald die Zusammenführung bestätigt ist, kann dies nicht rückgängig gemacht werden.
email-accepted-subject = { $invitee } hat die Zusammenführung angenommen
email-accepted-body = { $actor } von { $invitee } hat die Einladung angenommen, { $invitee } mit { $initiator } zusammenzuführen. Prüfen Sie das zusammengeführte Konto und bestätigen oder stornieren Sie die Zusammenführung.
email-rejected-subject = { $invitee } hat die Zusammenführung abgelehnt
email-rejected-body = { $actor } von { $invitee } hat die Einladung abgelehnt, { $invitee } mit { $initiator } zusammenzuführen.
email-rejected-reason = Grund: { $reason }
email-cancelled-subject = Die Zusammenführung von { $invitee } mit { $initiator } wurde abgebrochen
email-cancelled-body = { $actor } hat die Zusammenführung von { $invitee } mit { $initiator } abgebrochen. Beide Konten können wieder an einer anderen Zusammenführung teilnehmen.
email-completed-subject = Beleg: { $invitee } wurde mit { $initiator } zusammengeführt
email-completed-body = { $actor } hat die Zusammenführung von { $invitee } mit { $initiator } bestätigt, und sie wurde angewendet: Dies kann nicht rückgängig gemacht werden. Das globale Partnerkonto (PGA) von { $invitee } ist jetzt ein Standort von { $initiator }. Prüfen Sie die Bank- und Steuerinformationen des zusammengeführten Kontos in Partner Center.
email-reissued-subject = Benutzer von { $invitee } wurden nach { $initiator } übertragen
email-reissued-body = { $actor } hat Benutzer eines Mandanten, der von { $invitee } kam, als Benutzer des eigenen Mandanten von { $initiator } neu ausgestellt: Ihre alten Anmeldungen geben keinen Zugriff mehr auf das zusammengeführte Konto.
email-expiring-subject = Die Zusammenführung von { $invitee } mit { $initiator } läuft in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ab
email-expiring-body = Die Anfrage, { $invitee } mit { $initiator } zusammenzuführen, wartet seit { $since } und läuft am { $expires } ab, wenn sie nicht beantwortet wird.
email-expired-subject = Die Zusammenführung von { $invitee } mit { $initiator } ist abgelaufen
email-expired-body = Die Anfrage, { $invitee } mit { $initiator } zusammenzuführen, wurde nicht rechtzeitig beantwortet und ist abgelaufen. Beide Konten können wieder an einer anderen Zusammenführung teilnehmen.
