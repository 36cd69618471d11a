# Die E-Mails, die dem anderen Unternehmen jeden Schritt einer Kontozusammenführung mitteilen
# (Issue #31): je Schritt ein Betreff und was geschah; der Rest jeder E-Mail ist ihre Vorlage
# (crates/merge-api/templates/). E-Mails enthalten nie Bank- und Steuerinformationen.

email-greeting = Hallo,
email-open-invitation = Einladung lesen
email-open-request = Anfrage öffnen
email-open-report = Druckbaren Bericht öffnen
email-open-history = Verlauf der Zusammenführungen öffnen
email-fingerprint = Fingerabdruck des angewendeten Plans: { $fingerprint }
email-as-of = Durchgeführt am { $as_of }
email-deal-merger = Die Transaktion, wie { $initiator } sie in der Einladung angegeben hat: eine Fusion, bei der { $initiator } und { $invitee } ein Unternehmen werden.
email-deal-acquisition = Die Transaktion, wie { $initiator } sie in der Einladung angegeben hat: eine Übernahme, bei der { $initiator } { $invitee } ganz oder teilweise übernimmt; das gesamte Partnerkonto von { $invitee } wird in jedem Fall zusammengeführt.
email-why = Sie erhalten diese E-Mail als Kontoadministrator von { $company } in Partner Merge.

email-invited-subject = { $initiator } lädt { $invitee } zur Kontozusammenführung ein
email-invited-body = { $actor } von { $initiator } lädt { $invitee } zur Kontozusammenführung mit { $initiator } ein. Wenn { $invitee } annimmt und { $initiator } danach bestätigt, hat { $invitee } kein eigenes Partnerkonto mehr: Das globale Partnerkonto (PGA) von { $invitee } wird ein Standort von { $initiator }, und die Kontoadministratoren von { $initiator } handeln für das zusammengeführte Konto; die Administratoren von { $invitee } verwalten nur noch die Benutzer ihres eigenen Mandanten. Dies kann nicht rückgängig gemacht werden. Lesen Sie die Einladung mit allem, was { $invitee } verliert oder behält, bevor Sie sie annehmen oder ablehnen.
email-invited-body-both-tenants = { $actor } von { $initiator } lädt { $invitee } zur Kontozusammenführung mit { $initiator } ein. Wenn { $invitee } annimmt und { $initiator } danach bestätigt, hat { $invitee } kein eigenes Partnerkonto mehr: Das globale Partnerkonto (PGA) von { $invitee } wird ein Standort von { $initiator }, und die Kontoadministratoren von { $initiator } und von { $invitee } handeln für das gesamte zusammengeführte Konto; die Administratoren jedes Unternehmens verwalten nur die Benutzer ihres eigenen Mandanten. Dies kann nicht rückgängig gemacht werden. Lesen Sie die Einladung mit allem, was { $invitee } verliert oder behält, bevor Sie sie annehmen oder ablehnen.
email-accepted-subject = { $invitee } hat die Zusammenführung angenommen
email-accepted-body = { $actor } von { $invitee } hat die Einladung angenommen, { $invitee } mit { $initiator } zusammenzuführen. Noch hat sich nichts geändert: Prüfen Sie die Vorschau des zusammengeführten Kontos, und bestätigen Sie die Zusammenführung oder brechen Sie sie ab. Sobald Sie bestätigen, kann dies nicht rückgängig gemacht werden.
email-invited-deadline = Antworten Sie vor dem { $expires }: Danach läuft die Einladung ab, und es wird nichts zusammengeführt.
email-accepted-deadline = Bestätigen Sie die Zusammenführung oder sagen Sie sie vor dem { $expires } ab: Danach läuft die Anfrage ab, und es wird nichts zusammengeführt.
email-rejected-subject = { $invitee } hat die Zusammenführung abgelehnt
email-rejected-body = { $actor } von { $invitee } hat die Einladung abgelehnt, { $invitee } mit { $initiator } zusammenzuführen. Es wurde nichts zusammengeführt, und beide Konten können wieder an einer anderen Zusammenführung teilnehmen.
email-rejected-reason = Grund: { $reason }
email-cancelled-subject = Die Zusammenführung von { $invitee } in { $initiator } wurde abgebrochen
email-cancelled-body = { $actor } hat die Zusammenführung von { $invitee } in { $initiator } abgebrochen. Es wurde nichts zusammengeführt, und beide Konten können wieder an einer anderen Zusammenführung teilnehmen.
email-completed-subject = Abgeschlossen: { $invitee } wurde mit { $initiator } zusammengeführt
email-completed-body = { $actor } hat die Zusammenführung von { $invitee } mit { $initiator } bestätigt, und sie wurde durchgeführt; dies kann nicht rückgängig gemacht werden. { $invitee } hat kein eigenes Partnerkonto mehr: Das globale Partnerkonto (PGA) von { $invitee } ist jetzt ein Standort von { $initiator }, und die Kontoadministratoren von { $initiator } handeln für das zusammengeführte Konto. Die Administratoren jedes Mandanten verwalten weiterhin ihre eigenen Benutzer. Nächster Schritt: Prüfen Sie die Bank- und Steuerinformationen des zusammengeführten Kontos in Partner Center.
email-completed-body-both-tenants = { $actor } hat die Zusammenführung von { $invitee } mit { $initiator } bestätigt, und sie wurde durchgeführt; dies kann nicht rückgängig gemacht werden. { $invitee } hat kein eigenes Partnerkonto mehr: Das globale Partnerkonto (PGA) von { $invitee } ist jetzt ein Standort von { $initiator }, und die Kontoadministratoren von { $initiator } und von { $invitee } handeln für das zusammengeführte Konto. Die Administratoren jedes Mandanten verwalten weiterhin ihre eigenen Benutzer. Nächster Schritt: Prüfen Sie die Bank- und Steuerinformationen des zusammengeführten Kontos in Partner Center.
email-reissued-subject = Benutzer von { $invitee } wurden im Mandanten von { $initiator } neu ausgestellt
email-reissued-body = { $actor } hat Benutzer des Mandanten von { $invitee } als neue Benutzer im eigenen Mandanten von { $initiator } neu ausgestellt. Sie melden sich ab jetzt mit ihrer neuen Adresse an: Mit ihrer alten E-Mail-Adresse haben sie keinen Zugriff mehr auf das zusammengeführte Konto. Benutzer, die nicht neu ausgestellt wurden, behalten ihren Zugriff wie bisher.
email-expiring-subject = Erinnerung: Die Anfrage, { $invitee } mit { $initiator } zusammenzuführen, läuft in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ab
email-expiring-body = Die Anfrage, { $invitee } mit { $initiator } zusammenzuführen, wartet seit dem { $since } auf { $company }. Bearbeiten Sie sie vor dem { $expires }: Danach läuft sie ab, es wird nichts zusammengeführt, und eine neue Einladung wäre nötig.
email-expired-subject = Die Zusammenführung von { $invitee } mit { $initiator } ist abgelaufen
email-expired-body = Die Anfrage, { $invitee } mit { $initiator } zusammenzuführen, wurde nicht rechtzeitig abgeschlossen und ist abgelaufen: Es wurde nichts zusammengeführt. Beide Konten können wieder an einer anderen Zusammenführung teilnehmen; { $initiator } kann eine neue Einladung senden.
