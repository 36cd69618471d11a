# De e-mails die het andere bedrijf over elke stap van een samenvoeging vertellen (issue #31):
# per stap een onderwerp en wat er gebeurde; de rest van elke e-mail is de sjabloon
# (crates/merge-api/templates/). E-mails bevatten nooit bank- of belastinggegevens.

email-greeting = Hallo,
email-open-invitation = Lees de uitnodiging
email-open-request = Open het verzoek
email-open-report = Open het afdrukbare rapport
email-open-history = Open de samenvoeggeschiedenis
email-fingerprint = Vingerafdruk van het uitgevoerde plan: { $fingerprint }
email-as-of = Uitgevoerd per { $as_of }
email-why = U ontvangt deze e-mail als accountbeheerder van { $company } in Partner Merge.

email-invited-subject = { $initiator } nodigt { $invitee } uit om accounts samen te voegen
email-invited-body = { $actor } van { $initiator } nodigt { $invitee } uit om zijn Partner Center-account samen te voegen met dat van { $initiator }: het wereldwijde partneraccount (PGA) van { $invitee } wordt dan een locatie van { $initiator }. Lees de uitnodiging, met wat { $invitee } verliest, voordat u accepteert of afwijst. Zodra de samenvoeging is bevestigd, kan dit niet ongedaan worden gemaakt.
email-accepted-subject = { $invitee } heeft de samenvoeging geaccepteerd
email-accepted-body = { $actor } van { $invitee } heeft de uitnodiging geaccepteerd om { $invitee } samen te voegen met { $initiator }. Bekijk het samengevoegde account en bevestig de samenvoeging of annuleer die.
email-rejected-subject = { $invitee } heeft de samenvoeging afgewezen
email-rejected-body = { $actor } van { $invitee } heeft de uitnodiging afgewezen om { $invitee } samen te voegen met { $initiator }.
email-rejected-reason = Reden: { $reason }
email-cancelled-subject = De samenvoeging van { $invitee } met { $initiator } is afgeblazen
email-cancelled-body = { $actor } heeft de samenvoeging van { $invitee } met { $initiator } afgeblazen. Beide accounts kunnen weer aan een andere samenvoeging deelnemen.
email-completed-subject = Bevestiging: { $invitee } is samengevoegd met { $initiator }
email-completed-body = { $actor } heeft de samenvoeging van { $invitee } met { $initiator } bevestigd en die is uitgevoerd: dit kan niet ongedaan worden gemaakt. Het wereldwijde partneraccount (PGA) van { $invitee } is nu een locatie van { $initiator }. Controleer de bank- en belastinggegevens van het samengevoegde account in Partner Center.
email-reissued-subject = Gebruikers van { $invitee } zijn overgezet naar { $initiator }
email-reissued-body = { $actor } heeft gebruikers van een tenant die van { $invitee } kwam opnieuw uitgegeven als gebruikers van de eigen tenant van { $initiator }: hun oude aanmeldingen geven geen toegang meer tot het samengevoegde account.
email-expiring-subject = De samenvoeging van { $invitee } met { $initiator } verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
email-expiring-body = Het verzoek om { $invitee } samen te voegen met { $initiator } wacht sinds { $since } en verloopt op { $expires } als het niet wordt beantwoord.
email-expired-subject = De samenvoeging van { $invitee } met { $initiator } is verlopen
email-expired-body = Het verzoek om { $invitee } samen te voegen met { $initiator } is niet op tijd beantwoord en is verlopen. Beide accounts kunnen weer aan een andere samenvoeging deelnemen.
