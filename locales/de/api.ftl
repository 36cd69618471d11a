# Die Wörter der API: der Status einer Zusammenführungsanfrage, die Ereignisse im Verlauf der
# Zusammenführungen und jede Ablehnung nach ihrem Code.

state-pending = Ausstehend
state-accepted = Angenommen
state-rejected = Abgelehnt
state-cancelled = Abgebrochen
state-completed = Abgeschlossen
state-expired = Abgelaufen
event-sent = Gesendet
event-accepted = Angenommen
event-rejected = Abgelehnt
event-cancelled = Abgebrochen
event-completed = Abgeschlossen
event-reissued = Benutzer neu ausgestellt
event-expired = Abgelaufen

refusal-signed-out = Melden Sie sich zuerst an.
refusal-reauthentication-required = Dies kann nicht rückgängig gemacht werden: Melden Sie sich über Ihren Identitätsanbieter erneut an und bestätigen Sie dann.
refusal-forbidden = Ihre Rolle erlaubt das nicht.
refusal-not-found = Diese Zusammenführungsanfrage gibt es nicht.
refusal-wrong-state =
    Das ist nicht mehr möglich: Die Anfrage ist { $state ->
        [pending] ausstehend
        [accepted] angenommen
        [rejected] abgelehnt
        [cancelled] abgebrochen
        [expired] abgelaufen
       *[completed] abgeschlossen
    }.
refusal-already-completed = Diese Zusammenführung wurde bereits ausgeführt.
refusal-open-merge-exists = Konto { $mpn_id } ist bereits Teil einer offenen Zusammenführungsanfrage: Schließen Sie diese zuerst ab oder brechen Sie sie ab.
refusal-invitee-unavailable = Dieses Unternehmen kann jetzt nicht eingeladen werden.
refusal-stale-preview = Die Konten haben sich seit dieser Vorschau geändert: Prüfen Sie die neue Vorschau, bevor Sie bestätigen.
refusal-rights-not-acknowledged = Lesen Sie in der Vorschau, wer welche Rechte erhält, und bestätigen Sie das, bevor Sie die Zusammenführung bestätigen.
refusal-cannot-merge = Diese Konten können nicht zusammengeführt werden: { $why }
refusal-too-many-invitations = Sie haben so viele Einladungen gesendet, wie eine Stunde erlaubt: Versuchen Sie es in { $minutes } Min. erneut.
refusal-reason-too-long = Der Grund ist zu lang: höchstens { $max } Zeichen.
refusal-invalid-text = Der Text enthält Steuerzeichen oder Zeichen, die die Schreibrichtung umkehren: Entfernen Sie diese.
refusal-malformed-mpn-id = Das ist keine PartnerID (MPN-ID): Eine PartnerID hat 6 bis 10 Ziffern.
refusal-self-merge = Das ist Ihr eigenes Konto: Laden Sie die globale PartnerID des anderen Unternehmens ein.
refusal-location-id = Das ist ein Standort von { $company }: Verwenden Sie dessen globale PartnerID { $global_mpn_id }.
refusal-merged-away = Dieses Konto wurde bereits mit einem anderen zusammengeführt.
refusal-unknown-account = Kein Konto hat diese globale PartnerID.
refusal-last-admin = Dann hätte ein Mandant keinen Kontoadministrator mehr.
refusal-invalid-reissue = Diese Benutzer können nicht neu ausgestellt werden: Wählen Sie einen Mandanten, den Ihr Unternehmen bei einer Zusammenführung aufgenommen hat, Ihren eigenen Mandanten als Ziel und mindestens einen Benutzer.
refusal-reissue-conflicts = Die Benutzer können nicht wie gewünscht neu ausgestellt werden: { $conflicts }. Ändern Sie dies und sehen Sie sich die Vorschau erneut an.
refusal-too-many-requests = Zu viele Anfragen: Warten Sie einen Moment und versuchen Sie es erneut.
refusal-busy = Der Server ist ausgelastet: Versuchen Sie es gleich noch einmal.
refusal-request-timeout = Die Anfrage hat zu lange gedauert: Versuchen Sie es erneut.
refusal-provider-unavailable = Die Anmeldeseite Ihres Unternehmens ist nicht erreichbar: Versuchen Sie es später erneut.
refusal-other = Etwas ist schiefgegangen ({ $message }).
