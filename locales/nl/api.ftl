# De woorden van de API: de status van een samenvoegverzoek, de gebeurtenissen in de
# samenvoeggeschiedenis en elke weigering op code.

state-pending = In afwachting
state-accepted = Geaccepteerd
state-rejected = Afgewezen
state-cancelled = Geannuleerd
state-completed = Voltooid
state-expired = Verlopen
event-sent = Verstuurd
event-accepted = Geaccepteerd
event-rejected = Afgewezen
event-cancelled = Geannuleerd
event-completed = Voltooid
event-reissued = Gebruikers overgezet
event-expired = Verlopen

refusal-signed-out = Meld u eerst aan.
refusal-reauthentication-required = Dit kan niet ongedaan worden gemaakt: meld u opnieuw aan via de aanmeldpagina van uw bedrijf en bevestig dan.
refusal-forbidden = Uw rol staat dit niet toe.
refusal-not-found = Dit samenvoegverzoek bestaat niet.
refusal-wrong-state =
    Dit kan niet meer: het verzoek is { $state ->
        [pending] in afwachting
        [accepted] geaccepteerd
        [rejected] afgewezen
        [cancelled] geannuleerd
        [expired] verlopen
       *[completed] voltooid
    }.
refusal-already-completed = Deze samenvoeging is al uitgevoerd.
refusal-open-merge-exists = Account { $mpn_id } heeft al een lopend samenvoegverzoek: rond dat eerst af of annuleer het.
refusal-invitee-unavailable = Dit bedrijf kan nu niet worden uitgenodigd.
refusal-stale-preview = De accounts zijn gewijzigd sinds deze voorbeeldweergave: bekijk de nieuwe voordat u bevestigt.
refusal-rights-not-acknowledged = Lees in de voorbeeldweergave wie welke rechten krijgt en bevestig dat u het gelezen hebt voordat u de samenvoeging bevestigt.
refusal-cannot-merge = Deze accounts kunnen niet worden samengevoegd: { $why }
refusal-too-many-invitations = U hebt het maximale aantal uitnodigingen per uur verstuurd: probeer het over { $minutes } min. opnieuw.
refusal-reason-too-long = De reden is te lang: maximaal { $max } tekens.
refusal-invalid-text = De tekst bevat stuurtekens of tekens die de schrijfrichting omkeren: verwijder die.
refusal-malformed-mpn-id = Dat is geen Partner-ID (MPN-ID): een Partner-ID heeft 6 tot 10 cijfers.
refusal-self-merge = Dat is uw eigen account: nodig de wereldwijde Partner-ID van het andere bedrijf uit.
refusal-location-id = Dat is een locatie van { $company }: gebruik de wereldwijde Partner-ID { $global_mpn_id }.
refusal-merged-away = Dat account is al samengevoegd met een ander account.
refusal-unknown-account = Er is geen account met die wereldwijde Partner-ID.
refusal-last-admin = Dan zou een tenant geen accountbeheerder meer hebben.
refusal-invalid-reissue = Deze gebruikers kunnen niet worden overgezet: kies een tenant die uw bedrijf bij een samenvoeging heeft opgenomen, uw eigen tenant als bestemming en ten minste één gebruiker.
refusal-reissue-conflicts = De gebruikers kunnen niet zo worden overgezet: { $conflicts }. Pas dit aan en bekijk de voorbeeldweergave opnieuw.
refusal-too-many-requests = Te veel verzoeken: wacht even en probeer het opnieuw.
refusal-busy = De server is bezet: probeer het zo meteen opnieuw.
refusal-request-timeout = Het verzoek duurde te lang: probeer het opnieuw.
refusal-provider-unavailable = De aanmeldpagina van uw bedrijf is niet bereikbaar: probeer het later opnieuw.
refusal-other = Er ging iets mis ({ $message }).
