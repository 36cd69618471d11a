# Die Sätze der Engine (merge-core) auf Deutsch (de-DE), mit den Begriffen von Partner Center:
# globales Partnerkonto (PGA), Standort, Kontozusammenführung, Mandant, Jahrestag.

## Wie die Sprache Datumsangaben, Listen und Beträge schreibt

language-name = Deutsch
date = { $day }. { $month } { $year }
date-short = { $day }. { $month }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mär
month-short-4 = Apr
month-short-5 = Mai
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Okt
month-short-11 = Nov
month-short-12 = Dez
list-more = { $shown } und { $more } weitere
amount-in-dollars = { $sign }{ $amount } $
none = keine
no-one = niemand
level-silver = Silber
level-gold = Gold
level-action-pack = Action Pack

## Rollen, wie Partner Center sie nennt

role-account_admin = Kontoadministrator
role-incentives_admin = Anreizadministrator
role-incentives_user = Anreizbenutzer
role-referrals_admin = Empfehlungsadministrator
role-mpn_partner_admin = MPN-Partneradministrator
role-executive_report_viewer = Leser von Managementberichten
role-admin_agent = Administrator-Agent
role-sales_agent = Vertriebs-Agent
role-billing_admin = Abrechnungsadministrator
role-scope-pga = { $company }, das globale Partnerkonto

## Was die Zusammenführung ändert

change-pga-kept = Das globale Partnerkonto { $mpn_id } von { $company } bleibt das PGA des zusammengeführten Kontos
change-pga-demoted = Das globale Partnerkonto { $mpn_id } von { $company } wird ein Standort und behält seine PartnerID
change-locations-moved =
    { $count ->
        [one] 1 Standort von { $from_company } kommt unter das PGA und behält seine PartnerID: { $mpn_ids }
       *[other] { $count } Standorte von { $from_company } kommen unter das PGA und behalten ihre PartnerIDs: { $mpn_ids }
    }
change-tenant-joined =
    Der Mandant { $domain } von { $from_company } wird mit { $users ->
        [one] 1 Benutzer
       *[other] { $users } Benutzern
    } aufgeführt; der Mandant selbst wird nicht zusammengeführt
change-roles-kept-none =
    { $users ->
        [one] 1 Benutzer von { $company } behält
       *[other] { $users } Benutzer von { $company } behalten
    } den Zugriff, ohne Rollen
change-roles-kept-wide =
    { $users ->
        [one] 1 Benutzer von { $company } behält
       *[other] { $users } Benutzer von { $company } behalten
    } { $wide ->
        [one] 1 Rolle
       *[other] { $wide } Rollen
    } für das ganze Konto
change-roles-kept-scoped =
    { $users ->
        [one] 1 Benutzer von { $company } behält
       *[other] { $users } Benutzer von { $company } behalten
    } { $scoped ->
        [one] 1 Rolle
       *[other] { $scoped } Rollen
    } für einen Standort
change-roles-kept-both =
    { $users ->
        [one] 1 Benutzer von { $company } behält
       *[other] { $users } Benutzer von { $company } behalten
    } ihre Rollen: { $wide } für das ganze Konto, { $scoped } für einen Standort
change-offers-carried =
    { $count ->
        [one] 1 veröffentlichtes Angebot von { $from_company } bleibt erhalten
       *[other] { $count } veröffentlichte Angebote von { $from_company } bleiben erhalten
    }
change-co-sell-carried =
    { $count ->
        [one] 1 Co-Selling-Verkaufschance von { $from_company } im Wert von { $value } bleibt erhalten
       *[other] { $count } Co-Selling-Verkaufschancen von { $from_company } im Wert von { $value } bleiben erhalten
    }
change-competency-added = { $name } ({ $level }) kommt von { $from_company } hinzu
change-competency-upgraded = { $name } ändert sich von { $from } zu { $to }
change-competency-combined = { $name } haben beide Unternehmen; das zusammengeführte Konto hält diese Kompetenz auf Stufe { $level } bis zum { $expires }
change-action-pack-anniversary-moved = Der Jahrestag des Action Pack verschiebt sich vom { $from } auf den { $to }
change-action-pack-added = Das Action Pack mit Jahrestag { $anniversary } kommt hinzu
change-mcp-ids-attached =
    { $count ->
        [one] MCP-ID { $mcp_ids } wird { $to } zugeordnet
       *[other] MCP-IDs { $mcp_ids } werden { $to } zugeordnet
    }
change-azure-expert-msp-retained = Die Azure Expert MSP-Vorteile von { $from_company } bleiben bis zum { $renewal } erhalten
change-specialization-added = Die erweiterte Spezialisierung { $name } von { $from_company } bleibt erhalten
change-sa-voucher-added =
    SA-Gutschein { $id } ({ $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }) von { $from_company } bleibt erhalten

## Was nicht zusammengeführt wird

not-merged-tenant = Der Mandant { $domain } von { $company } bleibt, wie er ist
not-merged-tenant-csp =
    { $count ->
        [one] Der Mandant { $domain } von { $company } und sein CSP-Konto ({ $csp }) bleiben, wie sie sind
       *[other] Der Mandant { $domain } von { $company } und seine CSP-Konten ({ $csp }) bleiben, wie sie sind
    }
not-merged-token = Vorteilstoken { $id } ({ $product }) bleibt bis zum { $expires } auf dem Mandanten { $tenant }
not-merged-bank-tax = Die Bank- und Steuerinformationen von { $company } (Konto endet auf { $last4 }) werden nicht übernommen
superseded-specialization = Die erweiterte Spezialisierung { $name } von { $company } (von beiden aufgeführt; einmal behalten)
superseded-mcp-id = MCP-ID { $mcp_id } von { $company } (von beiden aufgeführt; einmal behalten)

## Wie ein Standort zum zusammengeführten Konto kam

joined-was-pga = war das PGA von { $company }
joined-moved-from = kommt von { $company }

## Die Checkliste nach der Zusammenführung

checklist-verify-bank-tax = Bank- und Steuerinformationen prüfen: Das zusammengeführte Konto verwendet das Profil von { $company } ({ $profile }); das Profil von { $invitee_company } wird nicht übernommen.
checklist-profile = Konto endet auf { $last4 }, Land der Steuer-ID { $country }
checklist-no-profile = noch kein Bank- oder Steuerprofil
checklist-review-roles = Benutzerrollen prüfen: Die Administratoren eines Mandanten verwalten nur die Rollen der Benutzer ihres eigenen Mandanten; laden Sie einen Administrator als Gast ein, um die Benutzer eines anderen Mandanten zu verwalten.
checklist-prepare-renewal = Die gemeinsame Verlängerung am { $date } vorbereiten: ein Vorteilspaket, jede Kompetenz behalten, höchstens ein Action Pack.
checklist-reissue = Optional: Die Benutzer von { $invitee_company } als Benutzer des Mandanten von { $company } neu ausstellen; ihr alter Mandant behält dann keinen Zugriff.

## Warnungen vor dem Bestätigen

warning-irreversible = Diese Zusammenführung kann nicht rückgängig gemacht werden: { $invitee } ({ $invitee_id }) wird ein Standort von { $initiator } ({ $initiator_id }).
warning-competency-expired = Die Kompetenz { $name } von { $company } ist am { $date } abgelaufen.
warning-action-pack-lapsed = Der Jahrestag des Action Pack von { $company } ({ $date }) ist ohne Verlängerung verstrichen.
warning-azure-expert-msp-lapsed = Das Verlängerungsdatum von Azure Expert MSP von { $company } ({ $date }) ist verstrichen.
warning-benefit-token-expired = Vorteilstoken { $id } ({ $product }) von { $company } ist am { $date } abgelaufen.
warning-designation-passed = Der Jahrestag der Solutions Partner-Bezeichnung für { $area } von { $company } ist am { $date } verstrichen.
warning-specialization-passed = Der Jahrestag der Spezialisierung { $name } von { $company } ist am { $date } verstrichen.
warning-purchase-passed = Der Jahrestag des Kaufs { $offer } von { $company } ist am { $date } verstrichen.
warning-kind-irreversible = die Zusammenführung kann nicht rückgängig gemacht werden
warning-kind-competency-expired = eine Kompetenz ist abgelaufen
warning-kind-action-pack-lapsed = das Action Pack wurde nicht rechtzeitig verlängert
warning-kind-azure-expert-msp-lapsed = das Verlängerungsdatum von Azure Expert MSP ist verstrichen
warning-kind-benefit-token-expired = ein Vorteilstoken ist abgelaufen
warning-kind-program-anniversary-passed = der Jahrestag einer Bezeichnung, Spezialisierung oder eines Kaufs ist verstrichen

## Was eine Zusammenführung kostet, das Schwerste zuerst

consequence-bank-tax-not-carried = Die Bank- und Steuerinformationen von { $company } (Konto endet auf { $last4 }) werden nicht übernommen: Auszahlungen gehen an das Profil von { $payee }.
consequence-admins-stop-acting =
    { $count ->
        [one] Der Kontoadministrator von { $company } ({ $admins }) handelt nicht mehr für das zusammengeführte Konto und verwaltet
       *[other] Die Kontoadministratoren von { $company } ({ $admins }) handeln nicht mehr für das zusammengeführte Konto und verwalten
    } nur die Benutzer von { $tenant }; die Administratoren von { $pga_company } handeln für das Konto.
consequence-packages-become-one = Das Vorteilspaket jedes Unternehmens bleibt bis zu seinem eigenen Ablauf in Kraft ({ $packages }); bei der gemeinsamen Verlängerung am { $renewal } verlängert das zusammengeführte Konto als ein Unternehmen, mit einem Paket.
consequence-package-until = das von { $company } bis zum { $date }
consequence-action-packs-become-one = Beide Unternehmen haben ein Action Pack: Ab dem { $from } behält das zusammengeführte Konto nur eines.
consequence-action-pack-moves = Der Jahrestag des Action Pack von { $company } verschiebt sich vom { $from } auf den { $to }.
consequence-msp-renewal-moves = Die Verlängerung von Azure Expert MSP von { $company } verschiebt sich vom { $from } auf den { $to }.
consequence-tenant-stays = Der Mandant { $tenant } bleibt bei { $company }, mit seinen eigenen Benutzern.
consequence-tenant-stays-csp =
    { $count ->
        [one] Der Mandant { $tenant } bleibt bei { $company }, mit seinen eigenen Benutzern und seinem CSP-Konto { $csp }: CSP-Kunden wechseln nur durch eine Übertragung, der beide Partner zustimmen.
       *[other] Der Mandant { $tenant } bleibt bei { $company }, mit seinen eigenen Benutzern und seinen CSP-Konten { $csp }: CSP-Kunden wechseln nur durch eine Übertragung, der beide Partner zustimmen.
    }
consequence-token-stays = Vorteilstoken { $id } ({ $product }) bleibt auf dem Mandanten { $tenant }; es ist bis zum { $expires } gültig.
consequence-program-until-anniversaries =
    { $count ->
        [one] 1 Bezeichnung, Spezialisierung oder Kauf von { $company } bleibt, wie { $company } sie erworben hat, bis zum Jahrestag am { $first } und wird dann für { $merged } als ein Unternehmen verlängert.
       *[other] { $count } Bezeichnungen, Spezialisierungen und Käufe von { $company } bleiben, wie { $company } sie erworben hat, bis zu ihrem eigenen Jahrestag, vom { $first } bis zum { $last }; jeder Eintrag wird dann für { $merged } als ein Unternehmen verlängert.
    }
consequence-entry-offers-become-one = Beide Unternehmen haben ein Einstiegsangebot gekauft: ab dem { $from } verlängert das zusammengeführte Konto nur eines.

## Die Zusammenführung auf einen Blick

counted-locations = Standorte (mit dem PGA)
counted-tenants = Mandanten
counted-users = Benutzer
counted-competencies = Kompetenzen
counted-solution-areas = Lösungsbereiche mit einer Bezeichnung
counted-specializations = Spezialisierungen

## Was sich zwischen zwei Plänen unterscheidet

diff-changed = { $what }: vorher { $old }, jetzt { $new }
diff-engine-changed = der Plan wurde mit einer anderen Version der Engine neu berechnet (Planformat { $from } → { $to }); prüfen Sie ihn erneut
diff-name-added = { $what } { $name } wurde hinzugefügt
diff-name-removed = { $what } { $name } wurde entfernt
diff-initiator-company = der Firmenname des Initiators
diff-invitee-company = der Firmenname des eingeladenen Partners
diff-initiator-global-mpn-id = die globale PartnerID des Initiators
diff-invitee-global-mpn-id = die globale PartnerID des eingeladenen Partners
diff-company-action-pack-anniversary = der Jahrestag des Action Pack von { $company }
diff-company-msp-renewal = die Verlängerung von Azure Expert MSP von { $company }
diff-plan-date = das Datum des Plans
diff-location-added-to = Standort { $mpn } ({ $name }) wurde { $company } hinzugefügt
diff-location-added = Standort { $mpn } ({ $name }) wurde hinzugefügt
diff-location-removed = Standort { $mpn } ({ $name }) wurde entfernt
diff-location-name = der Name von Standort { $mpn }
diff-location-country = das Land von Standort { $mpn }
diff-location-origin = die Herkunft von Standort { $mpn }
diff-origin-pga = { $company } (sein globales Partnerkonto)
diff-tenant-added = Mandant { $domain } wurde { $company } hinzugefügt
diff-tenant-removed = Mandant { $domain } von { $company } wurde entfernt
diff-tenant-csp = die CSP-Konten von Mandant { $domain }
diff-user-added = Benutzer { $email } wurde mit den Rollen { $roles } hinzugefügt
diff-user-removed = Benutzer { $email } wurde entfernt
diff-user-roles = die Rollen von { $email }
diff-profile = Konto endet auf { $last4 }, Land der Steuer-ID { $country }
diff-merged-profile = die Bank- und Steuerinformationen des zusammengeführten Kontos
diff-invitee-profile = die Bank- und Steuerinformationen des eingeladenen Partners
diff-new-warning = neue Warnung: { $warning }
diff-no-longer-warning = keine Warnung mehr: { $warning }
diff-competency-added = Kompetenz { $name } ({ $level }) wurde hinzugefügt
diff-competency-removed = Kompetenz { $name } ({ $level }) wurde entfernt
diff-competency-level = die Stufe von { $name }
diff-competency-expiry = das Ablaufdatum von { $name }
diff-action-pack-anniversary = der Jahrestag des Action Pack
diff-msp-renewal = die Verlängerung von Azure Expert MSP
diff-consolidated-renewal = das Datum der gemeinsamen Verlängerung
diff-core-level = die Stufe der Kernvorteile bei der Verlängerung
diff-package-added = ein Vorteilspaket von { $company }, das am { $expires } abläuft, wurde hinzugefügt
diff-package-removed = das Vorteilspaket von { $company }, das am { $expires } abläuft, wurde entfernt
diff-package-expiry = das Ablaufdatum des Vorteilspakets von { $company }
diff-package-core-level = die Stufe der Kernvorteile von { $company }
diff-package-competencies = die Kompetenzen im Vorteilspaket von { $company }
diff-package-competency = { $name } ({ $level }, bis { $until })
diff-advanced-specialization = erweiterte Spezialisierung
diff-mcp-id = MCP-ID
diff-offer-added = Angebot { $id } ({ $name }) wurde hinzugefügt
diff-offer-removed = Angebot { $id } ({ $name }) wurde entfernt
diff-offer-name = der Name von Angebot { $id }
diff-co-sell-added = Co-Selling-Verkaufschance { $id } ({ $name }, { $value }) wurde hinzugefügt
diff-co-sell-removed = Co-Selling-Verkaufschance { $id } ({ $name }) wurde entfernt
diff-co-sell-value = der Wert der Co-Selling-Verkaufschance { $id }
diff-co-sell-name = der Name der Co-Selling-Verkaufschance { $id }
diff-sa-voucher-added =
    SA-Gutschein { $id } ({ $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }) wurde hinzugefügt
diff-sa-voucher-removed = SA-Gutschein { $id } wurde entfernt
diff-sa-voucher-days = die Tage von SA-Gutschein { $id }
diff-token-added = Vorteilstoken { $id } ({ $product }) auf { $tenant } wurde hinzugefügt
diff-token-removed = Vorteilstoken { $id } ({ $product }) wurde entfernt
diff-token-activated = das Aktivierungsdatum von Vorteilstoken { $id }
diff-no-longer-kept = nicht mehr behalten: { $what }
diff-kept-again = wieder behalten: { $what }
diff-deal = die Art des Geschäfts
diff-designation-added = die Solutions Partner-Bezeichnung für { $area } von { $company } (Jahrestag { $anniversary }) wurde hinzugefügt
diff-designation-removed = die Solutions Partner-Bezeichnung für { $area } von { $company } wurde entfernt
diff-designation-anniversary = der Jahrestag der Bezeichnung für { $area } von { $company }
diff-designation-attained = das Datum, an dem { $company } die Bezeichnung für { $area } erreicht hat
diff-specialization-added = die Spezialisierung { $name } von { $company } (Jahrestag { $anniversary }) wurde hinzugefügt
diff-specialization-removed = die Spezialisierung { $name } von { $company } wurde entfernt
diff-specialization-anniversary = der Jahrestag der Spezialisierung { $name } von { $company }
diff-purchase-added = der Kauf { $offer } von { $company } (Jahrestag { $anniversary }) wurde hinzugefügt
diff-purchase-removed = der Kauf { $offer } von { $company } wurde entfernt
diff-purchase-anniversary = der Jahrestag von { $offer } von { $company }

## Wer wen aufnehmen sollte

compare-same-dates = Die Daten von Verlängerung, Action Pack und Kompetenzen sind in beiden Richtungen gleich.
compare-global-mpn-id = Wenn { $a } { $b } aufnimmt, ist die globale PartnerID des zusammengeführten Kontos { $x } (von { $a }); wenn { $b } { $a } aufnimmt, ist sie { $y } (von { $b }).
compare-profile = die Bank- und Steuerinformationen von { $company } (Konto endet auf { $last4 })
compare-no-profile = keine Bank- und Steuerinformationen ({ $company } hat keine)
compare-bank-tax = Wenn { $a } { $b } aufnimmt, wird das zusammengeführte Konto an { $x } ausgezahlt; wenn { $b } { $a } aufnimmt, an { $y }. Das andere Profil wird nicht übernommen.
compare-acting-admins = Wenn { $a } { $b } aufnimmt, handelt für das zusammengeführte Konto: { $x }; wenn { $b } { $a } aufnimmt: { $y }.
compare-date-differs = Das Datum ({ $what }) unterscheidet sich je nach Richtung ({ $x }, wenn { $a } { $b } aufnimmt, { $y }, wenn { $b } { $a } aufnimmt); nach den Regeln sind die Daten gleich, melden Sie dies also vor dem Zusammenführen.
compare-refused = { $initiator } kann { $invitee } nicht aufnehmen: { $error }.

## Benutzer eines aufgenommenen Mandanten neu ausstellen (R17)

reissue-not-in-tenant = { $email } ist kein Benutzer von { $tenant }
reissue-listed-twice = { $email } ist doppelt aufgeführt
reissue-outside-tenant = { $new_email } (für { $email }) ist keine E-Mail-Adresse in { $tenant }
reissue-email-taken = { $new_email } (für { $email }) ist bereits ein Benutzer des Kontos
reissue-same-new-email = { $first } und { $second } würden beide zu { $new_email }
reissue-moved = { $old } wird zu { $new } und behält { $roles }
reissue-moved-no-roles = { $old } wird zu { $new }, ohne Rollen
reissue-last-admin = { $email } ist der letzte Kontoadministrator von { $tenant }, der einen behält (A1); machen Sie zuerst einen anderen Benutzer von { $tenant } zum Kontoadministrator, oder lassen Sie { $email } dort
reissue-moved-changed = { $old } wird zu { $new }, mit { $roles } statt { $before }
reissue-moved-changed-no-roles = { $old } wird zu { $new }, ohne Rollen statt { $before }
roles-none = keine Rollen
reissue-loses-access =
    { $from } verliert den Zugriff für { $count ->
        [one] 1 wechselnden Benutzer
       *[other] { $count } wechselnde Benutzer
    }; sie melden sich über { $to } an
reissue-stay =
    { $count ->
        [one] { $stay } bleibt in { $from }, mit Zugriff wie bisher
       *[other] { $stay } bleiben in { $from }, mit Zugriff wie bisher
    }
reissue-token-stays = Vorteilstoken { $id } ({ $product }) bleibt auf { $from }: Ein Token verlässt nie den Mandanten, auf dem es aktiviert wurde

## Der Plan vorgelesen: was die CLI, das Vorschauelement und die App um die Sätze stellen

reading-title = { $initiator } ({ $initiator_id }) nimmt { $invitee } ({ $invitee_id }) auf, Stand { $date }
reading-mpn-ids = PartnerIDs (MPN-IDs) nach der Zusammenführung
reading-renewal = Gemeinsame Verlängerung
reading-consequences = Was verloren geht, sich verschiebt oder bleibt, das Schwerste zuerst
reading-at-a-glance = Auf einen Blick
reading-changes = Änderungen
reading-joined = Hinzukommende Standorte
reading-not-merged = Nicht zusammengeführt
reading-checklist = Checkliste
reading-warnings = Warnungen
reading-fingerprint = Fingerabdruck
reading-step = Schritt { $number }
reading-preview = Vorschau der Zusammenführung
reading-before = Vorher
reading-after = Nachher

## Warum zwei Konten nicht zusammengeführt werden können

party-initiator = Initiator
party-invitee = eingeladener Partner
holding-offer = Angebot
holding-co-sell-record = Co-Selling-Datensatz
holding-sa-voucher = SA-Gutschein
holding-benefit-token = Vorteilstoken
holding-csp-account = CSP-Konto
plan-refusal-malformed-mpn-id = der Snapshot ({ $side }) hat fehlerhafte PartnerIDs ({ $paths }); eine PartnerID hat 6 bis 10 Ziffern
plan-refusal-invalid-snapshot = der Snapshot ({ $side }) ist nicht gültig ({ $count } Probleme; das erste: { $first }); beheben Sie sie und planen Sie erneut
plan-refusal-self-merge = Konto { $mpn_id } kann nicht mit sich selbst zusammengeführt werden; laden Sie die globale PartnerID eines anderen Unternehmens ein
plan-refusal-merged-away = { $company } ({ $mpn_id }, { $side }) wurde bereits mit { $merged_into } zusammengeführt und kann an keiner weiteren Zusammenführung teilnehmen
plan-refusal-mpn-collision = die PartnerIDs { $ids } stehen in beiden Konten; eine PartnerID gehört zu genau einem Konto (R4)
plan-refusal-tenant-collision = die Mandanten { $domains } stehen in beiden Konten; Mandanten werden nicht zusammengeführt (R6), also gehört jeder zu einem Konto
plan-refusal-holding-collision = { $holding }-IDs { $ids } stehen in beiden Konten; jede muss eindeutig sein, damit beim Zusammenführen keine verloren geht

## Das heutige Partnerprogramm (Snapshot- und Planformat 2): Bezeichnungen, Spezialisierungen, Käufe

area-data_ai_azure = Data & AI (Azure)
area-infrastructure_azure = Infrastructure (Azure)
area-digital_app_innovation_azure = Digital & App Innovation (Azure)
area-modern_work = Modern Work
area-security = Security
area-business_applications = Business Applications
offer-partner_launch_benefits = Partner Launch Benefits
offer-partner_success_core = Partner Success Core
offer-partner_success_expanded = Partner Success Expanded
change-designation-carried = Die Solutions Partner-Bezeichnung für { $area } von { $from_company } bleibt bis zu ihrem Jahrestag am { $anniversary } erhalten
change-specialization-carried = Die Spezialisierung { $name } ({ $area }) von { $from_company } bleibt bis zu ihrem Jahrestag am { $anniversary } erhalten
change-purchase-carried = Der Kauf { $offer } von { $from_company } bleibt bis zu seinem Jahrestag am { $anniversary } in Kraft
program-designation-due = Am { $date } steht die Solutions Partner-Bezeichnung für { $area } von { $company } zur Verlängerung an, bewertet für { $merged } als ein Unternehmen
program-specialization-due = Am { $date } steht die Spezialisierung { $name } ({ $area }) von { $company } zur Verlängerung an, bewertet für { $merged } als ein Unternehmen
program-purchase-due = Am { $date } erreicht { $offer } von { $company } seinen Jahrestag; { $merged } verlängert höchstens ein Einstiegsangebot, als ein Unternehmen
program-also-held = { $company } hat sie ebenfalls, mit dem Jahrestag am { $date }
program-one-company = Ab dem { $date } verlängert { $merged } alles als ein Unternehmen; die bis dahin gehaltenen Bezeichnungen: { $areas }
program-one-company-no-designations = Ab dem { $date } verlängert { $merged } alles als ein Unternehmen
checklist-prepare-program-renewals = Die Verlängerungen im Programm vorbereiten: Jede Bezeichnung, Spezialisierung und jeder Kauf bleibt bis zum eigenen Jahrestag, danach wird { $company } als ein Unternehmen bewertet; der letzte Jahrestag ist der { $date }.
checklist-csp-transfer = CSP-Kunden werden nicht mit zusammengeführt: Ein Kunde wechselt nur durch eine Übertragung von Partner zu Partner, der beide Partner zustimmen, zu einem anderen Partner.
checklist-csp-tenant-location = Den Standort jedes CSP-Mandanten prüfen: Ein CSP-Mandant bleibt genau einem Standort des zusammengeführten Kontos zugeordnet ({ $tenants }).
checklist-link-tenant =
    { $count ->
        [one] Statt Benutzer neu auszustellen: Ein globaler Administrator des Microsoft Entra-Mandanten { $tenants } kann ihn unter Kontoeinstellungen > Mandanten mit dem Konto von { $company } verknüpfen.
       *[other] Statt Benutzer neu auszustellen: Ein globaler Administrator jedes Microsoft Entra-Mandanten ({ $tenants }) kann ihn unter Kontoeinstellungen > Mandanten mit dem Konto von { $company } verknüpfen.
    }

## Fusion oder Übernahme (die Art des Geschäfts in einem Plan im Format 2)

deal-merger = Eine Fusion: { $initiator } und { $invitee } werden ein Unternehmen, unter dem globalen Partnerkonto (PGA) von { $initiator } mit der PartnerID (MPN-ID) { $initiator_id }
deal-acquisition = Eine Übernahme: { $initiator } übernimmt { $invitee }, dessen Partnerkonto Teil des Kontos von { $initiator } wird, unter der PartnerID (MPN-ID) { $initiator_id }
deal-kind-merger = Fusion
deal-kind-acquisition = Übernahme

## Wer welche Rechte erhält (RightsAfterMerge)

reading-rights = Wer welche Rechte erhält
reading-program = Bezeichnungen, Spezialisierungen und Käufe
reading-deal = Art des Geschäfts
rights-reading-own-tenants = Nur die Administratoren der eigenen Microsoft Entra-Mandanten von { $initiator } handeln für das zusammengeführte Konto: Diese Regel wendet dieser Dienst an. Nach Microsofts aktueller Seite dürfen das auch die Administratoren des Mandanten von { $invitee }; fragen Sie Microsoft, wenn es für Sie darauf ankommt.
rights-reading-both-tenants = Die Administratoren der Microsoft Entra-Mandanten beider Unternehmen handeln für das gesamte zusammengeführte Konto, wie Microsofts aktuelle Seite es sagt und dieser Dienst es anwendet.
rights-acts = { $email } ({ $tenant }) handelt für das gesamte zusammengeführte Konto: dessen Zusammenführungen, Berichte und Kontoeinstellungen
rights-does-not-act = { $email } ({ $tenant }) handelt nicht für das zusammengeführte Konto
rights-manages-own = { $email } verwaltet nur die Rollen der Benutzer des Microsoft Entra-Mandanten { $tenant }, nicht die eines anderen Mandanten
rights-gains-sight = { $email } ({ $tenant }) erhält Einblick in { $what } von { $company }
rights-no-sight = { $email } ({ $tenant }) erhält keinen Einblick in Standorte, Empfehlungen oder Anreize von { $company }
rights-tenant = Microsoft Entra-Mandant { $tenant } ({ $company })
rights-nobody = Kein Benutzer von { $tenant } hat eine Rolle, die das gesamte zusammengeführte Konto umfasst.
rights-sight-locations = die Standorte
rights-sight-referrals = die Empfehlungen
rights-sight-incentives = die Anreize
list-and = { $first } und { $last }
