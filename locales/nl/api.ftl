# De woorden van de API: de status van een samenvoegverzoek, de gebeurtenissen in de
# samenvoeggeschiedenis en elke weigering op code.

state-pending = In afwachting
state-accepted = Geaccepteerd
state-rejected = Afgewezen
state-cancelled = Geannuleerd
state-completed = Voltooid
event-sent = Verstuurd
event-accepted = Geaccepteerd
event-rejected = Afgewezen
event-cancelled = Geannuleerd
event-completed = Voltooid
event-reissued = Gebruikers overgezet

refusal-signed_out = Meld u eerst aan.
refusal-forbidden = Uw rol staat dit niet toe.
refusal-not_found = Dit samenvoegverzoek bestaat niet.
refusal-wrong_state =
    Dit kan niet meer: het verzoek is { $state ->
        [pending] in afwachting
        [accepted] geaccepteerd
        [rejected] afgewezen
        [cancelled] geannuleerd
       *[completed] voltooid
    }.
refusal-already_completed = Deze samenvoeging is al uitgevoerd.
refusal-open_merge_exists = Account { $mpn_id } heeft al een lopend samenvoegverzoek: rond dat eerst af of annuleer het.
refusal-invitee_unavailable = Dit bedrijf kan nu niet worden uitgenodigd.
refusal-stale_preview = De accounts zijn gewijzigd sinds deze voorbeeldweergave: bekijk de nieuwe voordat u bevestigt.
refusal-cannot_merge = Deze accounts kunnen niet worden samengevoegd: { $why }
refusal-too_many_invitations = U hebt het maximale aantal uitnodigingen per uur verstuurd: probeer het over { $minutes } min. opnieuw.
refusal-reason_too_long = De reden is te lang: maximaal { $max } tekens.
refusal-invalid_text = De tekst bevat stuurtekens of tekens die de schrijfrichting omkeren: verwijder die.
refusal-malformed_mpn_id = Dat is geen MPN-ID: een MPN-ID heeft 6 tot 10 cijfers.
refusal-self_merge = Dat is uw eigen account: nodig de wereldwijde MPN-ID van het andere bedrijf uit.
refusal-location_id = Dat is een locatie van { $company }: gebruik de wereldwijde MPN-ID { $global_mpn_id }.
refusal-merged_away = Dat account is al samengevoegd met een ander account.
refusal-unknown_account = Er is geen account met die wereldwijde MPN-ID.
refusal-last_admin = Dan zou een tenant geen accountbeheerder meer hebben.
refusal-invalid_reissue = Deze gebruikers kunnen niet worden overgezet: kies een tenant die uw bedrijf bij een samenvoeging heeft opgenomen, uw eigen tenant als bestemming en ten minste één gebruiker.
refusal-reissue_conflicts = De gebruikers kunnen niet zo worden overgezet: { $conflicts }. Pas dit aan en bekijk de voorbeeldweergave opnieuw.
refusal-too_many_requests = Te veel verzoeken: wacht even en probeer het opnieuw.
refusal-busy = De server is bezet: probeer het zo meteen opnieuw.
refusal-request_timeout = Het verzoek duurde te lang: probeer het opnieuw.
refusal-provider_unavailable = De aanmeldpagina van uw bedrijf is niet bereikbaar: probeer het later opnieuw.
refusal-other = Er ging iets mis ({ $message }).
