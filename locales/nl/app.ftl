# De eigen woorden van de app (app/) in het Nederlands (nl-NL).
## the page
brand = Partner Merge

## nav
nav-label = Hoofdmenu
nav-account = Account
nav-merges = Samenvoegen
nav-history = Geschiedenis
nav-sandbox = Proefomgeving
nav-mailbox = Postvak

## the page
language = Taal
no-such-page = Deze pagina bestaat niet.
signed-in-as = Aangemeld als { $email }
signed-in-with = Aangemeld als { $email }, { $company }
sign-out = Afmelden
went-wrong = Er ging iets mis:
sign-in-again = Opnieuw aanmelden

## sign_in
sign-in-title = Aanmelden
sign-in-work-email = Zakelijk e-mailadres
sign-in-continue-to-provider = Doorgaan
sign-in-own-page = U meldt zich aan via de aanmeldpagina van uw eigen bedrijf.
sign-in-demo = Demomodus: kies wie u bent. Accountbeheerders kunnen uitnodigen, verzoeken beantwoorden en samenvoegingen bevestigen.
sign-in-account-admin = { " " }accountbeheerder

## account
account-loading = Uw account wordt geladen…
account-admin = , accountbeheerder
account-locations = Wereldwijd partneraccount en locaties
account-users = Gebruikers en rollen
account-user = Gebruiker
account-roles = Rollen
account-competency = { $name } ({ $level }), geldig tot { $date }
account-action-pack = Jubileumdatum Action Pack: { $date }
account-reissue = Gebruikers van een opgenomen tenant overzetten

## merges
merges-title = Accounts samenvoegen
merges-invite-label = Nodig een bedrijf uit met zijn wereldwijde Partner-ID (MPN-ID)
merges-send = Uitnodiging versturen
merges-not-an-id-yet = ‘{ $text }’ is nog geen Partner-ID: een Partner-ID heeft 6 tot 10 cijfers
merges-loading = De samenvoegverzoeken worden geladen…
merges-none = Nog geen samenvoegverzoeken.
merges-invites = { $initiator } ({ $initiator_id }) nodigt { $invitee } ({ $invitee_id }) uit
merges-reason-shown = Reden:{ " " }
merges-accept = Accepteren
merges-reason = Reden
merges-reject = Afwijzen
merges-review = Bekijk het samengevoegde account en bevestig
merges-cancel = Samenvoeging afblazen
merges-read = Lees de uitnodiging en antwoord
merges-read-again = Lees de uitnodiging
merges-cancel-invitation = Uitnodiging intrekken
merges-report = Rapport van de samenvoeging
merges-waiting = Wacht op het antwoord van { $company }.

## history
history-title = Geschiedenis van samenvoegingen
history-loading = De geschiedenis wordt geladen…
history-sentence-sent = { $initiator } nodigde { $invitee } uit om de accounts samen te voegen
history-sentence-accepted = { $invitee } accepteerde de uitnodiging van { $initiator }
history-sentence-rejected = { $invitee } wees de uitnodiging van { $initiator } af
history-sentence-cancelled = De samenvoeging van { $invitee } met { $initiator } is afgeblazen
history-sentence-completed = { $initiator } heeft { $invitee } opgenomen
history-sentence-reissued = Gebruikers van { $invitee } zijn overgezet naar de tenant van { $initiator }
history-sentence-expired = De uitnodiging van { $initiator } aan { $invitee } is verlopen
history-by = door { $who }
history-reason = Reden: { $reason }
history-report = Rapport
history-show-older = Oudere tonen
history-none = Nog geen samenvoegverzoeken.

## preview
preview-loading = De voorbeeldweergave van de samenvoeging wordt geladen…
preview-title = { $initiator } neemt { $invitee } op
preview-as-of = Per { $date }
preview-fingerprint = Vingerafdruk van dit plan:{ " " }
preview-same-plan = De server berekende hetzelfde plan: dit wordt uitgevoerd als u bevestigt.
preview-other-plan = Het plan van de server wijkt af van dat op deze pagina: laad de pagina opnieuw voordat u bevestigt.
preview-changes = Wat er verandert
preview-benefits = Voordelen tot de verlenging
preview-package = Voordelenpakket van { $company }, tot { $date }
preview-renewal = Gezamenlijke verlenging op { $date }: één voordelenpakket, alle competenties blijven behouden.
preview-people = Gebruikers en rollen, per tenant
preview-tenant = { $tenant } ({ $company }), beheerd door { $admins }
preview-users-of = Gebruikers van { $tenant }
preview-checklist = Na de samenvoeging
preview-status = Voorstel: nog niet uitgevoerd
preview-trial = Proef in uw browser: er wordt niets uitgevoerd
preview-invited = Uitgenodigd door { $who } op { $when }
preview-accepted = geaccepteerd door { $who } op { $when }
preview-technical = Technische details
preview-legend = Gemarkeerd in de structuren:
preview-legend-moved = verplaatst onder het PGA
preview-legend-demoted = was een PGA, nu een locatie
preview-tags = Elke wijziging is gemarkeerd:
preview-tag-added = Toegevoegd
preview-tag-moved = Verplaatst
preview-tag-kept = Behouden
preview-tag-changed = Gewijzigd
preview-tag-meaning-added = nieuw in het samengevoegde account
preview-tag-meaning-moved = komt ongewijzigd onder het PGA
preview-tag-meaning-kept = overgenomen zoals het was
preview-tag-meaning-changed = overgenomen, daarna anders
preview-tag-meaning-not-merged = blijft waar het is
preview-print = Rapport afdrukken

## glance
glance-after = Na de samen­voeging

## timeline
timeline-title = Tijdlijn van de verlengingen vanaf { $date }
timeline-as-of = per { $date }
timeline-until = { $label }: tot { $date }
timeline-action-pack = Jubileumdatum Action Pack
timeline-msp = Verlenging Azure Expert MSP
timeline-package = Pakket van { $company }
timeline-list = Verlengingsdatums

## confirm
confirm-open = Samenvoeging bevestigen…
confirm-title = { $invitee } opnemen in { $initiator }?
confirm-type-to-confirm = Typ { $company } om te bevestigen
confirm-merge-now = Nu samenvoegen
confirm-back = Terug
confirm-review-new = Bekijk de nieuwe voorbeeldweergave
confirm-irreversible = Dit kan niet ongedaan worden gemaakt: { $invitee } ({ $invitee_id }) wordt een locatie van { $initiator } ({ $initiator_id }).
confirm-consequences = Wat verloren gaat of verandert:
confirm-accepted = { $who } heeft namens { $company } geaccepteerd op { $when }.
confirm-stale = De voorbeeldweergave is verouderd: bekijk de nieuwe voordat u bevestigt.

## merged
merged-title = { $initiator } heeft { $invitee } opgenomen
merged-done = De samenvoeging is voltooid.{ " " }
merged-see-account = Bekijk het samengevoegde account
merged-in-history = In de geschiedenis
merged-entry = Voltooid op { $when }: { $invitee } ({ $invitee_id }) is nu een locatie van { $initiator } ({ $initiator_id }).
merged-see-history = Bekijk de geschiedenis
merged-next = Wat u nu moet doen
merged-account = Het samengevoegde account
merged-report = Open het rapport van de uitgevoerde samenvoeging

## sandbox
sandbox-title = Proefomgeving
sandbox-intro = Bekijk de samenvoeging van twee willekeurige momentopnamen van accounts, in uw browser: er wordt niets verstuurd.
sandbox-initiator = Initiatiefnemer (neemt de ander op)
sandbox-invitee = Uitgenodigde (wordt locaties)
sandbox-as-of = Per datum
sandbox-preview = Samenvoeging bekijken
sandbox-download = Plan downloaden (JSON)
sandbox-sample = Proefaccount
sandbox-choose = Kies…
sandbox-upload = Of upload een JSON-bestand
sandbox-json = Momentopname (JSON)
sandbox-bad-initiator = De initiatiefnemer: { $why }
sandbox-bad-invitee = De uitgenodigde: { $why }
sandbox-planning = De samenvoeging wordt gepland…
sandbox-receiving = Het plan komt binnen: { $users } van { $of } gebruikers
sandbox-bad-date = ‘{ $text }’ is geen datum: kies er een
sandbox-invitee-n = Uitgenodigde { $n } (opgenomen na de vorige)
sandbox-add-invitee = Nog een uitgenodigde toevoegen
sandbox-remove-invitee = Uitgenodigde { $n } verwijderen
sandbox-compare = Beide richtingen vergelijken
sandbox-chain-title = { $initiator } neemt { $invitees } op, na elkaar
sandbox-chain-result = Het account na de laatste stap
sandbox-step = Stap { $step }: { $initiator } neemt { $invitee } op
sandbox-bad-invitee-n = Uitgenodigde { $n }: { $why }
sandbox-step-fingerprint = Vingerafdruk van deze stap:{ " " }
sandbox-unreadable = Een bestand kon niet als UTF-8-tekst worden gelezen: sla het op als UTF-8-JSON en kies het opnieuw.
sandbox-uploaded = { $file }, { $size } kB: te groot om hier te tonen, wordt gelezen wanneer u de samenvoeging bekijkt.
sandbox-show-text = Als tekst tonen
sandbox-choose-file = Kies een bestand…
sandbox-no-file = Geen bestand gekozen

## refusal
refusal-unreachable = De server is niet bereikbaar: controleer uw verbinding en probeer het opnieuw.

## tree
tree-filter = Filter op naam of Partner-ID
tree-count = { $shown } van { $total } getoond
tree-none = Niets komt overeen met ‘{ $filter }’.

## reissue
reissue-title = Gebruikers overzetten naar uw eigen tenant
reissue-intro = Zet na een samenvoeging gebruikers van een tenant die uw bedrijf heeft opgenomen over naar uw eigen tenant. Ze houden al hun rollen; met hun oude e-mailadres kunnen ze zich niet meer aanmelden. Gebruikers die u niet kiest, houden hun toegang zoals voorheen.
reissue-loading = Uw account wordt geladen…
reissue-nothing = Uw account heeft geen tenant uit een samenvoeging: er zijn geen gebruikers om over te zetten.
reissue-from = Gebruikers van
reissue-to = Naar
reissue-users = Over te zetten gebruikers
reissue-pick = Overzetten
reissue-user = Gebruiker
reissue-new-email = Nieuw e-mailadres
reissue-new-email-of = Nieuw e-mailadres voor { $email }
reissue-preview = Voorbeeldweergave van het overzetten
reissue-title-preview = Voorbeeldweergave: de gebruikers van { $from } naar { $to }
reissue-what = Wat het overzetten doet
reissue-who-moves = Wie overgaat
reissue-roles = Rollen die blijven
reissue-no-roles = geen rollen
reissue-fingerprint = Vingerafdruk van deze voorbeeldweergave:{ " " }
reissue-open = Gebruikers overzetten…
reissue-dialog-title = Dit kan niet ongedaan worden gemaakt
reissue-dialog-text = Vanaf nu melden de overgezette gebruikers zich aan met hun nieuwe e-mailadres; hun oude e-mailadres werkt niet meer en hun sessies worden beëindigd.
reissue-type-to-confirm = Typ { $tenant } om te bevestigen
reissue-now = Nu overzetten
reissue-done = De gebruikers zijn overgezet: ze melden zich aan met hun nieuwe e-mailadres.
reissue-see-history = Bekijk de geschiedenis

## compare
compare-title = Wie neemt wie op
compare-intro = Dezelfde twee bedrijven in beide richtingen samengevoegd: wat verschilt.
compare-direction = Als { $initiator } { $invitee } opneemt
compare-global = Wereldwijde Partner-ID van het samengevoegde account: { $mpn_id }
compare-open = Vergelijken: wie neemt wie op

## print
print-running = { $initiator } neemt { $invitee } op · per { $date }
print-fingerprint = Vingerafdruk { $fingerprint }

## consequences
consequences-lost = Wat verloren gaat of verandert
consequences-lost-of = Wat { $company } verliest of wat verandert
consequences-nothing-lost = Er gaat niets verloren: alles wat beide bedrijven hebben, wordt overgenomen.
consequences-stays = Wat blijft waar het is

## report
report-title = Rapport van de accountsamenvoeging
report-loading = Het rapport wordt geladen…
report-proposed = Status: voorgesteld, niet uitgevoerd
report-trial = Status: proef in de proefomgeving, geen verzoek
report-applied = Status: uitgevoerd op { $when }
report-generated = Gemaakt op { $when } door { $who }
report-generated-anonymous = Gemaakt op { $when }
report-parties = Partijen
report-role = Rol
report-company = Bedrijf
report-global-id = Wereldwijde Partner-ID (MPN-ID)
report-initiator = Neemt de ander op (zijn PGA blijft)
report-invitee = Opgenomen: het PGA wordt een locatie
report-as-of = Gepland voor { $date }
report-consent = Toestemming
report-invited = Uitgenodigd door { $who } op { $when }
report-accepted = Geaccepteerd door { $who } op { $when }
report-confirmed = Bevestigd door { $who } op { $when }
report-not-confirmed = Nog niet bevestigd
report-merged-account = Het samengevoegde account
report-changes = Wat er verandert
report-sign = Afgetekend
report-name = Naam
report-signature = Handtekening
report-date = Datum
report-on-behalf = Namens { $company }

## invitation
invitation-loading = De uitnodiging wordt geladen…
invitation-title = { $initiator } nodigt { $invitee } uit om de accounts samen te voegen
invitation-sent = Verstuurd door { $who } op { $when }
invitation-means = Wat accepteren betekent voor { $company }
invitation-means-pga = Het wereldwijde partneraccount van { $invitee } ({ $invitee_id }) wordt een locatie van { $initiator } ({ $initiator_id }), en de locaties van { $invitee } komen onder het PGA van { $initiator }; ze behouden hun Partner-ID's.
invitation-means-admins = De accountbeheerders van { $initiator } treden op voor het samengevoegde account. De beheerders van { $invitee } blijven de gebruikers van hun eigen tenant beheren, die hun rollen houden.
invitation-means-admins-both = De accountbeheerders van zowel { $initiator } als { $invitee } treden op voor het hele samengevoegde account, zoals de huidige pagina van Microsoft het leest. De beheerders van elk bedrijf beheren alleen de gebruikers van hun eigen tenant, die hun rollen houden.
invitation-means-final = Er verandert niets totdat de beheerders van { $initiator } de samenvoeging bevestigen, en daarna kan dit niet ongedaan worden gemaakt. Tot die bevestiging kan elk van beide bedrijven ervan afzien.
invitation-deal-same = Partner Center voegt de accounts bij een fusie en een overname op dezelfde manier samen: het wereldwijde partneraccount van { $initiator } blijft, dat van { $invitee } wordt er een locatie onder, en wie optreedt voor het samengevoegde account staat onder ‘Wie welke rechten krijgt’.
invitation-after = { $company } na de samenvoeging
invitation-other-locations = en { $count } locaties van { $company }
invitation-other-location = en 1 locatie van { $company }
invitation-keeps = Wat { $company } inbrengt en behoudt
invitation-people = Wie de gebruikers van { $company } beheert
invitation-decide = Uw antwoord
invitation-accept-hint = Na uw acceptatie kunnen de beheerders van { $initiator } deze samenvoeging bekijken en bevestigen.
invitation-reject-title = Of wijs de uitnodiging af
invitation-reason = Reden (optioneel; { $initiator } ziet deze)
invitation-accepted-by = { $who } heeft namens { $company } geaccepteerd op { $when }. De beheerders van { $initiator } bekijken en bevestigen nu de samenvoeging.
invitation-withdraw-hint = Tot die bevestiging kunt u uw acceptatie intrekken: het verzoek eindigt dan en beide bedrijven zijn weer vrij.
invitation-withdraw = Acceptatie intrekken
invitation-answered = Uw antwoord is vastgelegd.

## after the screen review and the fresh sign-in
merges-closed-by = { $state } door { $who } op { $when }
history-when = Wanneer
history-request = Verzoek
history-what = Wat
history-who = Wie
history-detail = Toelichting
glance-nothing = Er is niets verlopen of vervallen.
glance-one-thing = 1 punt vraagt aandacht:{ " " }
glance-things = { $count } punten vragen aandacht:{ " " }
glance-see-warnings = bekijk de waarschuwingen
print-button = Afdrukken of opslaan als pdf
report-status-proposed = voorgesteld, niet uitgevoerd
report-status-applied = uitgevoerd
report-status-trial = proef
step-up-going = Dit kan niet ongedaan worden gemaakt en vraagt om een recente aanmelding: u gaat naar de aanmeldpagina van uw bedrijf en daarna terug hierheen…
step-up-back = U hebt zich opnieuw aangemeld: bevestig wanneer u zover bent.
step-up-changed = De accounts zijn gewijzigd terwijl u zich opnieuw aanmeldde: dit is het nieuwe voorbeeld; bekijk het voordat u bevestigt.
step-up-demo = Demomodus: een echte server vraagt u hier eerst opnieuw aan te melden.

mailbox-title = Demopostvak
mailbox-about = Een demoserver verstuurt geen e-mail: wat de beheerders van elk bedrijf zouden ontvangen, staat hier, elk in de taal van de lezer.
mailbox-loading = Het postvak wordt geladen…
mailbox-empty = Nog geen e-mails: nodig een bedrijf uit om te zien hoe de accountbeheerders ervan horen.
mailbox-to = Aan
mailbox-open = Openen in Partner Merge

## fusie of overname, wie welke rechten krijgt (#32)
merges-deal-merger-hint = Uw bedrijf en het uitgenodigde bedrijf worden één bedrijf.
merges-deal-acquisition-hint = Uw bedrijf neemt het uitgenodigde bedrijf geheel of gedeeltelijk over.
merges-deal-same = Partner Center voegt de accounts in beide gevallen op dezelfde manier samen: het soort transactie laat het uitgenodigde bedrijf zien wat u hebt afgesproken, voordat het antwoordt.
merges-deal-missing = Kies fusie of overname.
merges-deal-shown = Soort transactie: { $deal }
confirm-rights-acknowledge = Ik heb gelezen wie welke rechten krijgt na de samenvoeging, en ik ga daarmee akkoord.
