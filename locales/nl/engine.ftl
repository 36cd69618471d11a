# De zinnen van de engine (merge-core) in het Nederlands (nl-NL), met de termen van
# Partner Center: wereldwijd partneraccount (PGA), locatie, accountsamenvoeging, jubileumdatum.

## Hoe de taal datums, lijsten en bedragen schrijft

language-name = Nederlands
date = { $day } { $month } { $year }
date-short = { $day } { $month }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
month-short-1 = jan
month-short-2 = feb
month-short-3 = mrt
month-short-4 = apr
month-short-5 = mei
month-short-6 = jun
month-short-7 = jul
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec
list-more = { $shown } en nog { $more }
amount-in-dollars = { $sign }$ { $amount }
none = geen
no-one = niemand
level-silver = zilver
level-gold = goud
level-action-pack = action pack

## Rollen zoals Partner Center ze noemt

role-account_admin = Accountbeheerder
role-incentives_admin = Beheerder van stimuleringsregelingen
role-incentives_user = Gebruiker van stimuleringsregelingen
role-referrals_admin = Beheerder van verwijzingen
role-mpn_partner_admin = MPN-partnerbeheerder
role-executive_report_viewer = Lezer managementrapporten
role-admin_agent = Beheeragent
role-sales_agent = Verkoopagent
role-billing_admin = Factureringsbeheerder
role-scope-pga = { $company }, het wereldwijde partneraccount

## Wat de samenvoeging verandert

change-pga-kept = Het wereldwijde partneraccount { $mpn_id } van { $company } blijft het PGA van het samengevoegde account
change-pga-demoted = Het wereldwijde partneraccount { $mpn_id } van { $company } wordt een locatie en houdt zijn Partner-ID
change-locations-moved =
    { $count ->
        [one] 1 locatie van { $from_company } komt onder het PGA en behoudt zijn Partner-ID: { $mpn_ids }
       *[other] { $count } locaties van { $from_company } komen onder het PGA en behouden hun Partner-ID's: { $mpn_ids }
    }
change-tenant-joined =
    Tenant { $domain } van { $from_company } wordt vermeld met zijn { $users ->
        [one] 1 gebruiker
       *[other] { $users } gebruikers
    }; de tenant zelf wordt niet samengevoegd
change-roles-kept-none =
    { $users ->
        [one] 1 gebruiker van { $company } houdt
       *[other] { $users } gebruikers van { $company } houden
    } toegang, zonder rollen
change-roles-kept-wide =
    { $users ->
        [one] 1 gebruiker van { $company } houdt
       *[other] { $users } gebruikers van { $company } houden
    } hun { $wide ->
        [one] 1 rol
       *[other] { $wide } rollen
    } voor het hele account
change-roles-kept-scoped =
    { $users ->
        [one] 1 gebruiker van { $company } houdt
       *[other] { $users } gebruikers van { $company } houden
    } hun { $scoped ->
        [one] 1 rol
       *[other] { $scoped } rollen
    } voor een locatie
change-roles-kept-both =
    { $users ->
        [one] 1 gebruiker van { $company } houdt
       *[other] { $users } gebruikers van { $company } houden
    } hun rollen: { $wide } voor het hele account, { $scoped } voor een locatie
change-offers-carried =
    { $count ->
        [one] 1 gepubliceerde aanbieding van { $from_company } blijft behouden
       *[other] { $count } gepubliceerde aanbiedingen van { $from_company } blijven behouden
    }
change-co-sell-carried =
    { $count ->
        [one] 1 co-sell-kans van { $from_company } ter waarde van { $value } blijft behouden
       *[other] { $count } co-sell-kansen van { $from_company } ter waarde van { $value } blijven behouden
    }
change-competency-added = { $name } ({ $level }) komt erbij van { $from_company }
change-competency-upgraded = { $name } gaat van { $from } naar { $to }
change-competency-combined = { $name } hebben beide bedrijven; het samengevoegde account houdt deze competentie op niveau { $level } tot { $expires }
change-action-pack-anniversary-moved = De jubileumdatum van het Action Pack verschuift van { $from } naar { $to }
change-action-pack-added = Het Action Pack met jubileumdatum { $anniversary } komt erbij
change-mcp-ids-attached =
    { $count ->
        [one] MCP-ID { $mcp_ids } wordt gekoppeld aan { $to }
       *[other] MCP-ID's { $mcp_ids } worden gekoppeld aan { $to }
    }
change-azure-expert-msp-retained = De Azure Expert MSP-voordelen van { $from_company } blijven behouden tot { $renewal }
change-specialization-added = De geavanceerde specialisatie { $name } van { $from_company } blijft behouden
change-sa-voucher-added =
    SA-voucher { $id } ({ $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }) van { $from_company } blijft behouden

## Wat niet wordt samengevoegd

not-merged-tenant = Tenant { $domain } van { $company } blijft zoals hij is
not-merged-tenant-csp =
    { $count ->
        [one] Tenant { $domain } van { $company } en het bijbehorende CSP-account ({ $csp }) blijven zoals ze zijn
       *[other] Tenant { $domain } van { $company } en de bijbehorende CSP-accounts ({ $csp }) blijven zoals ze zijn
    }
not-merged-token = Voordeeltoken { $id } ({ $product }) blijft tot { $expires } op tenant { $tenant }
not-merged-bank-tax = De bank- en belastinggegevens van { $company } (rekening eindigend op { $last4 }) worden niet overgenomen
superseded-specialization = De geavanceerde specialisatie { $name } van { $company } (door beide vermeld; één keer behouden)
superseded-mcp-id = MCP-ID { $mcp_id } van { $company } (door beide vermeld; één keer behouden)

## Hoe een locatie bij het samengevoegde account kwam

joined-was-pga = was het PGA van { $company }
joined-moved-from = overgekomen van { $company }

## De controlelijst na de samenvoeging

checklist-verify-bank-tax = Controleer de bank- en belastinggegevens: het samengevoegde account gebruikt het profiel van { $company } ({ $profile }); het profiel van { $invitee_company } wordt niet overgenomen.
checklist-profile = rekening eindigend op { $last4 }, land van het belasting-ID { $country }
checklist-no-profile = nog geen bank- of belastinggegevens
checklist-review-roles = Controleer de gebruikersrollen: de beheerders van een tenant beheren alleen de rollen van de gebruikers van hun eigen tenant; nodig een beheerder uit als gast om de gebruikers van een andere tenant te beheren.
checklist-prepare-renewal = Bereid de gezamenlijke verlenging op { $date } voor: één voordelenpakket, elke competentie behouden, hoogstens één Action Pack.
checklist-reissue = Optioneel: zet de gebruikers van { $invitee_company } over naar de tenant van { $company }; hun oude tenant houdt dan geen toegang.

## Waarschuwingen voor het bevestigen

warning-irreversible = Deze samenvoeging kan niet ongedaan worden gemaakt: { $invitee } ({ $invitee_id }) wordt een locatie van { $initiator } ({ $initiator_id }).
warning-competency-expired = De competentie { $name } van { $company } is verlopen op { $date }.
warning-action-pack-lapsed = De jubileumdatum van het Action Pack van { $company } ({ $date }) is verstreken zonder verlenging.
warning-azure-expert-msp-lapsed = De verlengingsdatum van Azure Expert MSP van { $company } ({ $date }) is verstreken.
warning-benefit-token-expired = Voordeeltoken { $id } ({ $product }) van { $company } is verlopen op { $date }.
warning-designation-passed = De jubileumdatum van de Solutions Partner-aanduiding voor { $area } van { $company } is op { $date } verstreken.
warning-specialization-passed = De jubileumdatum van de specialisatie { $name } van { $company } is op { $date } verstreken.
warning-purchase-passed = De jubileumdatum van de aankoop { $offer } van { $company } is op { $date } verstreken.
warning-kind-irreversible = de samenvoeging kan niet ongedaan worden gemaakt
warning-kind-competency-expired = een competentie is verlopen
warning-kind-action-pack-lapsed = het Action Pack is niet op tijd verlengd
warning-kind-azure-expert-msp-lapsed = de verlengingsdatum van Azure Expert MSP is verstreken
warning-kind-benefit-token-expired = een voordeeltoken is verlopen
warning-kind-program-anniversary-passed = de jubileumdatum van een aanduiding, specialisatie of aankoop is verstreken

## Wat een samenvoeging kost, het zwaarste eerst

consequence-bank-tax-not-carried = De bank- en belastinggegevens van { $company } (rekening eindigend op { $last4 }) worden niet overgenomen: uitbetalingen gaan naar het profiel van { $payee }.
consequence-admins-stop-acting =
    { $count ->
        [one] De accountbeheerder van { $company } ({ $admins }) treedt niet langer op voor het samengevoegde account en beheert
       *[other] De accountbeheerders van { $company } ({ $admins }) treden niet langer op voor het samengevoegde account en beheren
    } alleen de gebruikers van { $tenant }; de beheerders van { $pga_company } treden op voor het account.
consequence-packages-become-one = Het voordelenpakket van elk bedrijf blijft geldig tot de eigen vervaldatum ({ $packages }); bij de gezamenlijke verlenging op { $renewal } verlengt het samengevoegde account als één bedrijf, met één pakket.
consequence-package-until = dat van { $company } tot { $date }
consequence-action-packs-become-one = Beide bedrijven hebben een Action Pack: vanaf { $from } houdt het samengevoegde account er maar één.
consequence-action-pack-moves = De jubileumdatum van het Action Pack van { $company } verschuift van { $from } naar { $to }.
consequence-msp-renewal-moves = De verlenging van Azure Expert MSP van { $company } verschuift van { $from } naar { $to }.
consequence-tenant-stays = Tenant { $tenant } blijft van { $company }, met zijn eigen gebruikers.
consequence-tenant-stays-csp =
    { $count ->
        [one] Tenant { $tenant } blijft van { $company }, met zijn eigen gebruikers en zijn CSP-account { $csp }: CSP-klanten gaan alleen over via een overdracht die beide partners goedkeuren.
       *[other] Tenant { $tenant } blijft van { $company }, met zijn eigen gebruikers en zijn CSP-accounts { $csp }: CSP-klanten gaan alleen over via een overdracht die beide partners goedkeuren.
    }
consequence-token-stays = Voordeeltoken { $id } ({ $product }) blijft op tenant { $tenant }; het is geldig tot { $expires }.
consequence-program-until-anniversaries =
    { $count ->
        [one] 1 aanduiding, specialisatie of aankoop van { $company } blijft zoals { $company } die behaalde tot de jubileumdatum op { $first } en wordt daarna voor { $merged } als één bedrijf verlengd.
       *[other] { $count } aanduidingen, specialisaties en aankopen van { $company } blijven zoals { $company } ze behaalde tot hun eigen jubileumdatum, van { $first } tot { $last }; daarna wordt elk voor { $merged } als één bedrijf verlengd.
    }
consequence-entry-offers-become-one = Beide bedrijven kochten een instapaanbod: vanaf { $from } verlengt het samengevoegde account er maar één.

## De samenvoeging in één oogopslag

counted-locations = Locaties (met het PGA)
counted-tenants = Tenants
counted-users = Gebruikers
counted-competencies = Competenties
counted-solution-areas = Oplossingsgebieden met een aanduiding
counted-specializations = Specialisaties

## Wat er verschilt tussen twee plannen

diff-changed = { $what }: was { $old }, nu { $new }
diff-engine-changed = het plan is opnieuw berekend met een andere versie van de engine (planformaat { $from } → { $to }); bekijk het opnieuw
diff-name-added = { $what } { $name } is toegevoegd
diff-name-removed = { $what } { $name } is verwijderd
diff-initiator-company = de bedrijfsnaam van de initiatiefnemer
diff-invitee-company = de bedrijfsnaam van de uitgenodigde
diff-initiator-global-mpn-id = de wereldwijde Partner-ID van de initiatiefnemer
diff-invitee-global-mpn-id = de wereldwijde Partner-ID van de uitgenodigde
diff-company-action-pack-anniversary = de jubileumdatum van het Action Pack van { $company }
diff-company-msp-renewal = de verlenging van Azure Expert MSP van { $company }
diff-plan-date = de datum van het plan
diff-location-added-to = locatie { $mpn } ({ $name }) is toegevoegd aan { $company }
diff-location-added = locatie { $mpn } ({ $name }) is toegevoegd
diff-location-removed = locatie { $mpn } ({ $name }) is verwijderd
diff-location-name = de naam van locatie { $mpn }
diff-location-country = het land van locatie { $mpn }
diff-location-origin = de herkomst van locatie { $mpn }
diff-origin-pga = { $company } (het wereldwijde partneraccount)
diff-tenant-added = tenant { $domain } is toegevoegd aan { $company }
diff-tenant-removed = tenant { $domain } van { $company } is verwijderd
diff-tenant-csp = de CSP-accounts van tenant { $domain }
diff-user-added = gebruiker { $email } is toegevoegd met de rollen { $roles }
diff-user-removed = gebruiker { $email } is verwijderd
diff-user-roles = de rollen van { $email }
diff-profile = rekening eindigend op { $last4 }, land van het belasting-ID { $country }
diff-merged-profile = de bank- en belastinggegevens van het samengevoegde account
diff-invitee-profile = de bank- en belastinggegevens van de uitgenodigde
diff-new-warning = nieuwe waarschuwing: { $warning }
diff-no-longer-warning = geen waarschuwing meer: { $warning }
diff-competency-added = competentie { $name } ({ $level }) is toegevoegd
diff-competency-removed = competentie { $name } ({ $level }) is verwijderd
diff-competency-level = het niveau van { $name }
diff-competency-expiry = de vervaldatum van { $name }
diff-action-pack-anniversary = de jubileumdatum van het Action Pack
diff-msp-renewal = de verlenging van Azure Expert MSP
diff-consolidated-renewal = de gezamenlijke verlengingsdatum
diff-core-level = het niveau van de kernvoordelen bij verlenging
diff-package-added = een voordelenpakket van { $company } dat verloopt op { $expires } is toegevoegd
diff-package-removed = het voordelenpakket van { $company } dat verloopt op { $expires } is verwijderd
diff-package-expiry = de vervaldatum van het voordelenpakket van { $company }
diff-package-core-level = het niveau van de kernvoordelen van { $company }
diff-package-competencies = de competenties in het voordelenpakket van { $company }
diff-package-competency = { $name } ({ $level }, tot { $until })
diff-advanced-specialization = geavanceerde specialisatie
diff-mcp-id = MCP-ID
diff-offer-added = aanbieding { $id } ({ $name }) is toegevoegd
diff-offer-removed = aanbieding { $id } ({ $name }) is verwijderd
diff-offer-name = de naam van aanbieding { $id }
diff-co-sell-added = co-sell-kans { $id } ({ $name }, { $value }) is toegevoegd
diff-co-sell-removed = co-sell-kans { $id } ({ $name }) is verwijderd
diff-co-sell-value = de waarde van co-sell-kans { $id }
diff-co-sell-name = de naam van co-sell-kans { $id }
diff-sa-voucher-added =
    SA-voucher { $id } ({ $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }) is toegevoegd
diff-sa-voucher-removed = SA-voucher { $id } is verwijderd
diff-sa-voucher-days = het aantal dagen van SA-voucher { $id }
diff-token-added = voordeeltoken { $id } ({ $product }) op { $tenant } is toegevoegd
diff-token-removed = voordeeltoken { $id } ({ $product }) is verwijderd
diff-token-activated = de activeringsdatum van voordeeltoken { $id }
diff-no-longer-kept = niet langer behouden: { $what }
diff-kept-again = weer behouden: { $what }
diff-deal = het soort transactie
diff-designation-added = de Solutions Partner-aanduiding voor { $area } van { $company } (jubileumdatum { $anniversary }) is toegevoegd
diff-designation-removed = de Solutions Partner-aanduiding voor { $area } van { $company } is verwijderd
diff-designation-anniversary = de jubileumdatum van de aanduiding voor { $area } van { $company }
diff-designation-attained = de datum waarop { $company } de aanduiding voor { $area } behaalde
diff-specialization-added = de specialisatie { $name } van { $company } (jubileumdatum { $anniversary }) is toegevoegd
diff-specialization-removed = de specialisatie { $name } van { $company } is verwijderd
diff-specialization-anniversary = de jubileumdatum van de specialisatie { $name } van { $company }
diff-purchase-added = de aankoop { $offer } van { $company } (jubileumdatum { $anniversary }) is toegevoegd
diff-purchase-removed = de aankoop { $offer } van { $company } is verwijderd
diff-purchase-anniversary = de jubileumdatum van { $offer } van { $company }

## Wie wie moet opnemen

compare-same-dates = De datums van verlenging, Action Pack en competenties zijn in beide richtingen gelijk.
compare-global-mpn-id = Als { $a } { $b } opneemt, is de wereldwijde Partner-ID van het samengevoegde account { $x } (van { $a }); als { $b } { $a } opneemt, is het { $y } (van { $b }).
compare-profile = de bank- en belastinggegevens van { $company } (rekening eindigend op { $last4 })
compare-no-profile = geen bank- en belastinggegevens ({ $company } heeft er geen)
compare-bank-tax = Als { $a } { $b } opneemt, betaalt het samengevoegde account uit op { $x }; als { $b } { $a } opneemt, op { $y }. Het andere profiel wordt niet overgenomen.
compare-acting-admins = Als { $a } { $b } opneemt, handelt voor het samengevoegde account: { $x }; als { $b } { $a } opneemt: { $y }.
compare-date-differs = De datum ({ $what }) verschilt per richting ({ $x } als { $a } { $b } opneemt, { $y } als { $b } { $a } opneemt); volgens de regels zijn de datums gelijk, dus meld dit voordat u samenvoegt.
compare-refused = { $initiator } kan { $invitee } niet opnemen: { $error }.

## Gebruikers van een opgenomen tenant overzetten (R17)

reissue-not-in-tenant = { $email } is geen gebruiker van { $tenant }
reissue-listed-twice = { $email } staat er twee keer in
reissue-outside-tenant = { $new_email } (voor { $email }) is geen e-mailadres in { $tenant }
reissue-email-taken = { $new_email } (voor { $email }) is al een gebruiker van het account
reissue-same-new-email = { $first } en { $second } zouden allebei { $new_email } worden
reissue-moved = { $old } wordt { $new } en houdt { $roles }
reissue-moved-no-roles = { $old } wordt { $new }, zonder rollen
reissue-last-admin = { $email } is de laatste beheerder van het account in { $tenant }, dat er een houdt (A1); maak eerst een andere gebruiker van { $tenant } accountbeheerder, of laat { $email } daar
reissue-moved-changed = { $old } wordt { $new }, met { $roles } in plaats van { $before }
reissue-moved-changed-no-roles = { $old } wordt { $new }, zonder rollen in plaats van { $before }
roles-none = geen rollen
reissue-loses-access =
    { $from } verliest de toegang van de { $count ->
        [one] 1 gebruiker
       *[other] { $count } gebruikers
    } die overgaan; zij melden zich aan via { $to }
reissue-stay =
    { $count ->
        [one] { $stay } blijft in { $from }, met toegang als voorheen
       *[other] { $stay } blijven in { $from }, met toegang als voorheen
    }
reissue-token-stays = Voordeeltoken { $id } ({ $product }) blijft op { $from }: een token verlaat nooit de tenant waarop het is geactiveerd

## Het plan voorgelezen: wat de CLI, het voorbeeldelement en de app rond de zinnen zetten

reading-title = { $initiator } ({ $initiator_id }) neemt { $invitee } ({ $invitee_id }) op, per { $date }
reading-mpn-ids = Partner-ID's (MPN-ID's) na de samenvoeging
reading-renewal = Gezamenlijke verlenging
reading-consequences = Wat verloren gaat, verschuift of blijft, het zwaarste eerst
reading-at-a-glance = In één oogopslag
reading-changes = Wijzigingen
reading-joined = Locaties die erbij komen
reading-not-merged = Niet samengevoegd
reading-checklist = Controlelijst
reading-warnings = Waarschuwingen
reading-fingerprint = Vingerafdruk
reading-step = Stap { $number }
reading-preview = Voorbeeld van de samenvoeging
reading-before = Voor
reading-after = Na

## Waarom twee accounts niet kunnen samenvoegen

party-initiator = initiatiefnemer
party-invitee = uitgenodigde
holding-offer = aanbieding
holding-co-sell-record = co-sell-record
holding-sa-voucher = SA-voucher
holding-benefit-token = voordeeltoken
holding-csp-account = CSP-account
plan-refusal-malformed-mpn-id = de snapshot van de { $side } heeft ongeldige Partner-ID's ({ $paths }); een Partner-ID bestaat uit 6 tot 10 cijfers
plan-refusal-invalid-snapshot = de snapshot van de { $side } is niet geldig ({ $count } problemen; het eerste: { $first }); los ze op en maak het plan opnieuw
plan-refusal-self-merge = account { $mpn_id } kan niet met zichzelf samenvoegen; nodig de wereldwijde Partner-ID van een ander bedrijf uit
plan-refusal-merged-away = de { $side } { $company } ({ $mpn_id }) is al samengevoegd met { $merged_into } en kan niet aan een andere samenvoeging deelnemen
plan-refusal-mpn-collision = Partner-ID's { $ids } staan in beide accounts; een Partner-ID hoort bij één account (R4)
plan-refusal-tenant-collision = tenants { $domains } staan in beide accounts; tenants worden niet samengevoegd (R6), dus elke tenant hoort bij één account
plan-refusal-holding-collision = { $holding }-ID's { $ids } staan in beide accounts; elk moet uniek zijn om samen te voegen zonder er een te verliezen

## Het huidige partnerprogramma (snapshot- en planformaat 2): aanduidingen, specialisaties, aankopen

area-data_ai_azure = Data & AI (Azure)
area-infrastructure_azure = Infrastructure (Azure)
area-digital_app_innovation_azure = Digital & App Innovation (Azure)
area-modern_work = Modern Work
area-security = Security
area-business_applications = Business Applications
offer-partner_launch_benefits = Partner Launch Benefits
offer-partner_success_core = Partner Success Core
offer-partner_success_expanded = Partner Success Expanded
change-designation-carried = De Solutions Partner-aanduiding voor { $area } van { $from_company } blijft behouden tot de jubileumdatum op { $anniversary }
change-specialization-carried = De specialisatie { $name } ({ $area }) van { $from_company } blijft behouden tot de jubileumdatum op { $anniversary }
change-purchase-carried = De aankoop { $offer } van { $from_company } blijft van kracht tot de jubileumdatum op { $anniversary }
program-designation-due = Op { $date } komt de Solutions Partner-aanduiding voor { $area } van { $company } aan de beurt voor verlenging, beoordeeld voor { $merged } als één bedrijf
program-specialization-due = Op { $date } komt de specialisatie { $name } ({ $area }) van { $company } aan de beurt voor verlenging, beoordeeld voor { $merged } als één bedrijf
program-purchase-due = Op { $date } bereikt { $offer } van { $company } de jubileumdatum; { $merged } verlengt hoogstens één instapaanbod, als één bedrijf
program-also-held = { $company } heeft deze ook, met als jubileumdatum { $date }
program-one-company = Vanaf { $date } verlengt { $merged } alles als één bedrijf; de aanduidingen die tot dan worden behouden: { $areas }
program-one-company-no-designations = Vanaf { $date } verlengt { $merged } alles als één bedrijf
checklist-prepare-program-renewals = Bereid de verlengingen van het programma voor: elke aanduiding, specialisatie en aankoop blijft tot de eigen jubileumdatum, daarna wordt { $company } als één bedrijf beoordeeld; de laatste jubileumdatum is { $date }.
checklist-csp-transfer = CSP-klanten gaan niet mee met de samenvoeging: een klant gaat alleen naar een andere partner over via een overdracht van partner naar partner die beide partners goedkeuren.
checklist-csp-tenant-location = Controleer de locatie van elke CSP-tenant: een CSP-tenant blijft gekoppeld aan één locatie van het samengevoegde account ({ $tenants }).
checklist-link-tenant =
    { $count ->
        [one] In plaats van gebruikers over te zetten: een globale beheerder van de Microsoft Entra-tenant { $tenants } kan die koppelen aan het account van { $company } via Accountinstellingen > Tenants.
       *[other] In plaats van gebruikers over te zetten: een globale beheerder van elke Microsoft Entra-tenant ({ $tenants }) kan die koppelen aan het account van { $company } via Accountinstellingen > Tenants.
    }

## Fusie of overname (het soort transactie van een plan in formaat 2)

deal-merger = Een fusie: { $initiator } en { $invitee } worden één bedrijf, onder het wereldwijde partneraccount (PGA) van { $initiator } met Partner-ID (MPN-ID) { $initiator_id }
deal-acquisition = Een overname: { $initiator } neemt { $invitee } over, waarvan het partneraccount deel wordt van dat van { $initiator }, onder Partner-ID (MPN-ID) { $initiator_id }
deal-kind-merger = Fusie
deal-kind-acquisition = Overname

## Wie welke rechten krijgt (RightsAfterMerge)

reading-rights = Wie welke rechten krijgt
reading-program = Aanduidingen, specialisaties en aankopen
reading-deal = Soort transactie
rights-reading-own-tenants = Alleen de beheerders van de eigen Microsoft Entra-tenants van { $initiator } treden op voor het samengevoegde account: die regel past deze dienst toe. Volgens de huidige pagina van Microsoft mogen de beheerders van de tenant van { $invitee } dat ook; vraag het Microsoft als dat voor u uitmaakt.
rights-reading-both-tenants = De beheerders van de Microsoft Entra-tenants van beide bedrijven treden op voor het hele samengevoegde account, zoals de huidige pagina van Microsoft zegt en deze dienst toepast.
rights-acts = { $email } ({ $tenant }) treedt op voor het hele samengevoegde account: de samenvoegingen, rapporten en accountinstellingen ervan
rights-does-not-act = { $email } ({ $tenant }) treedt niet op voor het samengevoegde account
rights-manages-own = { $email } beheert alleen de rollen van de gebruikers van de Microsoft Entra-tenant { $tenant }, niet die van een andere tenant
rights-gains-sight = { $email } ({ $tenant }) krijgt inzicht in de { $what } van { $company }
rights-no-sight = { $email } ({ $tenant }) krijgt geen inzicht in de locaties, verwijzingen of stimuleringsregelingen van { $company }
rights-tenant = Microsoft Entra-tenant { $tenant } ({ $company })
rights-nobody = Geen gebruiker van { $tenant } heeft een rol die over het hele samengevoegde account reikt.
rights-sight-locations = locaties
rights-sight-referrals = verwijzingen
rights-sight-incentives = stimuleringsregelingen
list-and = { $first } en { $last }
