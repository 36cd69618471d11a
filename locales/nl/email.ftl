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
email-deal-merger = De transactie, zoals { $initiator } die in de uitnodiging noemde: een fusie, waarbij { $initiator } en { $invitee } één bedrijf worden.
email-deal-acquisition = De transactie, zoals { $initiator } die in de uitnodiging noemde: een overname, waarbij { $initiator } { $invitee } geheel of gedeeltelijk overneemt; het hele partneraccount van { $invitee } wordt hoe dan ook samengevoegd.
email-why = U ontvangt deze e-mail als accountbeheerder van { $company } in Partner Merge.

email-invited-subject = { $initiator } nodigt { $invitee } uit om accounts samen te voegen
email-invited-body = { $actor } van { $initiator } nodigt { $invitee } uit voor een accountsamenvoeging met { $initiator }. Als { $invitee } accepteert en { $initiator } daarna bevestigt, heeft { $invitee } geen eigen partneraccount meer: het wereldwijde partneraccount (PGA) van { $invitee } wordt een locatie van { $initiator }, en de accountbeheerders van { $initiator } handelen voor het samengevoegde account; de beheerders van { $invitee } beheren alleen nog de gebruikers van hun eigen tenant. Dit kan niet ongedaan worden gemaakt. Lees de uitnodiging, met alles wat { $invitee } verliest of behoudt, voordat u accepteert of afwijst.
email-invited-body-both-tenants = { $actor } van { $initiator } nodigt { $invitee } uit voor een accountsamenvoeging met { $initiator }. Als { $invitee } accepteert en { $initiator } daarna bevestigt, heeft { $invitee } geen eigen partneraccount meer: het wereldwijde partneraccount (PGA) van { $invitee } wordt een locatie van { $initiator }, en de accountbeheerders van zowel { $initiator } als { $invitee } handelen voor het hele samengevoegde account; de beheerders van elk bedrijf beheren alleen de gebruikers van hun eigen tenant. Dit kan niet ongedaan worden gemaakt. Lees de uitnodiging, met alles wat { $invitee } verliest of behoudt, voordat u accepteert of afwijst.
email-accepted-subject = { $invitee } heeft de samenvoeging geaccepteerd
email-accepted-body = { $actor } van { $invitee } heeft de uitnodiging geaccepteerd om { $invitee } samen te voegen met { $initiator }. Er is nog niets veranderd: bekijk de voorbeeldweergave van het samengevoegde account en bevestig de samenvoeging of blaas die af. Zodra u bevestigt, kan dit niet ongedaan worden gemaakt.
email-invited-deadline = Antwoord vóór { $expires }: daarna verloopt de uitnodiging en wordt er niets samengevoegd.
email-accepted-deadline = Bevestig de samenvoeging of zie ervan af vóór { $expires }: daarna verloopt het verzoek en wordt er niets samengevoegd.
email-rejected-subject = { $invitee } heeft de samenvoeging afgewezen
email-rejected-body = { $actor } van { $invitee } heeft de uitnodiging afgewezen om { $invitee } samen te voegen met { $initiator }. Er is niets samengevoegd en beide accounts kunnen weer aan een andere samenvoeging deelnemen.
email-rejected-reason = Reden: { $reason }
email-cancelled-subject = De samenvoeging van { $invitee } met { $initiator } is afgeblazen
email-cancelled-body = { $actor } heeft de samenvoeging van { $invitee } met { $initiator } afgeblazen. Er is niets samengevoegd en beide accounts kunnen weer aan een andere samenvoeging deelnemen.
email-completed-subject = Bevestiging: { $invitee } is samengevoegd met { $initiator }
email-completed-body = { $actor } heeft de samenvoeging van { $invitee } met { $initiator } bevestigd en die is uitgevoerd; dit kan niet ongedaan worden gemaakt. { $invitee } heeft geen eigen partneraccount meer: het wereldwijde partneraccount (PGA) van { $invitee } is nu een locatie van { $initiator }, en de accountbeheerders van { $initiator } handelen voor het samengevoegde account. De beheerders van elke tenant beheren hun eigen gebruikers. Volgende stap: controleer de bank- en belastinggegevens van het samengevoegde account in Partner Center.
email-completed-body-both-tenants = { $actor } heeft de samenvoeging van { $invitee } met { $initiator } bevestigd en die is uitgevoerd; dit kan niet ongedaan worden gemaakt. { $invitee } heeft geen eigen partneraccount meer: het wereldwijde partneraccount (PGA) van { $invitee } is nu een locatie van { $initiator }, en de accountbeheerders van zowel { $initiator } als { $invitee } handelen voor het samengevoegde account. De beheerders van elke tenant beheren hun eigen gebruikers. Volgende stap: controleer de bank- en belastinggegevens van het samengevoegde account in Partner Center.
email-reissued-subject = Gebruikers van { $invitee } zijn overgezet naar { $initiator }
email-reissued-body = { $actor } heeft gebruikers van de tenant van { $invitee } overgezet naar de eigen tenant van { $initiator }. Zij melden zich voortaan aan met hun nieuwe adres: met hun oude e-mailadres hebben ze geen toegang meer tot het samengevoegde account. Gebruikers die niet zijn overgezet, houden hun toegang zoals voorheen.
email-expiring-subject = Herinnering: het verzoek om { $invitee } samen te voegen met { $initiator } verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
email-expiring-body = Het verzoek om { $invitee } samen te voegen met { $initiator } wacht sinds { $since } op { $company }. Handel het af vóór { $expires }: daarna verloopt het, wordt er niets samengevoegd en is een nieuwe uitnodiging nodig.
email-expired-subject = De samenvoeging van { $invitee } met { $initiator } is verlopen
email-expired-body = Het verzoek om { $invitee } samen te voegen met { $initiator } is niet op tijd afgerond en is verlopen: er is niets samengevoegd. Beide accounts kunnen weer aan een andere samenvoeging deelnemen; { $initiator } kan een nieuwe uitnodiging sturen.
