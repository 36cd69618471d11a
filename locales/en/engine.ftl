# The engine's sentences (merge-core): what a plan means, in English. Every message here is in
# nl/engine.ftl and de/engine.ftl with the same variables (crates/merge-core/tests/catalogue.rs).
# What plans STORE is not here: that English is a format, written in code (Wording::Stored).

## How the language writes dates, lists and amounts

language-name = English
date = { $day } { $month } { $year }
date-short = { $month } { $day }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
list-more = { $shown } and { $more } more
amount-in-dollars = { $sign }${ $amount }
none = none
no-one = no one
level-silver = silver
level-gold = gold
level-action-pack = action pack

## Roles as Partner Center names them

role-account_admin = Account admin
role-incentives_admin = Incentives admin
role-incentives_user = Incentives user
role-referrals_admin = Referrals admin
role-mpn_partner_admin = MPN partner admin
role-executive_report_viewer = Executive report viewer
role-admin_agent = Admin agent
role-sales_agent = Sales agent
role-billing_admin = Billing admin
role-scope-pga = { $company }, the PGA

## What the merge changes (Change)

change-pga-kept = { $company }'s partner global account { $mpn_id } stays the PGA of the merged account
change-pga-demoted = { $company }'s partner global account { $mpn_id } becomes a location, keeping its Partner ID
change-locations-moved =
    { $count ->
        [one] 1 location of { $from_company } moves under the PGA, keeping its Partner ID: { $mpn_ids }
       *[other] { $count } locations of { $from_company } move under the PGA, keeping their Partner IDs: { $mpn_ids }
    }
change-tenant-joined =
    Tenant { $domain } of { $from_company } is listed with its { $users ->
        [one] 1 user
       *[other] { $users } users
    }; it is not merged
change-roles-kept-none =
    { $users ->
        [one] 1 user of { $company } keeps
       *[other] { $users } users of { $company } keep
    } access, with no roles
change-roles-kept-wide =
    { $users ->
        [one] 1 user of { $company } keeps
       *[other] { $users } users of { $company } keep
    } their { $wide ->
        [one] 1 account-wide role
       *[other] { $wide } account-wide roles
    }
change-roles-kept-scoped =
    { $users ->
        [one] 1 user of { $company } keeps
       *[other] { $users } users of { $company } keep
    } their { $scoped ->
        [one] 1 role
       *[other] { $scoped } roles
    } scoped to a location
change-roles-kept-both =
    { $users ->
        [one] 1 user of { $company } keeps
       *[other] { $users } users of { $company } keep
    } their roles: { $wide } account-wide, { $scoped } scoped to a location
change-offers-carried =
    { $count ->
        [one] 1 published offer of { $from_company } is kept
       *[other] { $count } published offers of { $from_company } are kept
    }
change-co-sell-carried =
    { $count ->
        [one] 1 co-sell opportunity of { $from_company } worth { $value } is kept
       *[other] { $count } co-sell opportunities of { $from_company } worth { $value } are kept
    }
change-competency-added = { $name } ({ $level }) is added from { $from_company }
change-competency-upgraded = { $name } changes from { $from } to { $to }
change-competency-combined = { $name } is held by both companies; the merged account holds it at { $level } until { $expires }
change-action-pack-anniversary-moved = The Action Pack anniversary moves from { $from } to { $to }
change-action-pack-added = The Action Pack with anniversary { $anniversary } is added
change-mcp-ids-attached =
    { $count ->
        [one] MCP ID { $mcp_ids } is attached to { $to }
       *[other] MCP IDs { $mcp_ids } are attached to { $to }
    }
change-azure-expert-msp-retained = { $from_company }'s Azure Expert MSP benefits are kept until { $renewal }
change-specialization-added = Advanced specialization { $name } is kept from { $from_company }
change-sa-voucher-added =
    SA voucher { $id } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    }) is kept from { $from_company }

## What is not merged (NotMerged, Superseded)

not-merged-tenant = Tenant { $domain } of { $company } stays as it is
not-merged-tenant-csp =
    { $count ->
        [one] Tenant { $domain } of { $company } and its CSP account ({ $csp }) stay as they are
       *[other] Tenant { $domain } of { $company } and its CSP accounts ({ $csp }) stay as they are
    }
not-merged-token = Benefit token { $id } ({ $product }) stays on tenant { $tenant } until { $expires }
not-merged-bank-tax = { $company }'s bank and tax profile (account ending { $last4 }) is not carried over
superseded-specialization = { $company }'s advanced specialization { $name } (listed by both; kept once)
superseded-mcp-id = { $company }'s MCP ID { $mcp_id } (listed by both; kept once)

## How a location joined the merged account

joined-was-pga = was { $company }'s PGA
joined-moved-from = moved from { $company }

## The checklist after the merge, for a reader (plans store theirs in code's English)

checklist-verify-bank-tax = Verify bank and tax information: the merged account uses { $company }'s profile ({ $profile }); { $invitee_company }'s profile is not carried over.
checklist-profile = account ending { $last4 } with tax ID country { $country }
checklist-no-profile = no bank or tax profile yet
checklist-review-roles = Review user roles: admins of each tenant manage roles only for their own tenant's users; invite an admin as a guest to manage another tenant's users.
checklist-prepare-renewal = Prepare the consolidated renewal on { $date }: one benefits package, every competency retained, at most one Action Pack.
checklist-reissue = Optional: re-issue { $invitee_company }'s users as users of { $company }'s tenant; their old tenant then keeps no access.

## Warnings before confirming, for a reader (plans store theirs in code's English)

warning-irreversible = This merge cannot be undone: { $invitee } ({ $invitee_id }) becomes a location of { $initiator } ({ $initiator_id }).
warning-competency-expired = { $company }'s { $name } competency expired on { $date }.
warning-action-pack-lapsed = { $company }'s Action Pack anniversary { $date } has passed without renewal.
warning-azure-expert-msp-lapsed = { $company }'s Azure Expert MSP renewal date { $date } has passed.
warning-benefit-token-expired = { $company }'s benefit token { $id } ({ $product }) expired on { $date }.
warning-designation-passed = { $company }'s Solutions Partner designation for { $area } passed its anniversary on { $date }.
warning-specialization-passed = { $company }'s specialization { $name } passed its anniversary on { $date }.
warning-purchase-passed = { $company }'s purchase of { $offer } passed its anniversary on { $date }.
warning-kind-irreversible = the merge cannot be undone
warning-kind-competency-expired = a competency has expired
warning-kind-action-pack-lapsed = the Action Pack was not renewed in time
warning-kind-azure-expert-msp-lapsed = the Azure Expert MSP renewal date has passed
warning-kind-benefit-token-expired = a benefit token has expired
warning-kind-program-anniversary-passed = a designation, specialization or purchase has passed its anniversary

## What a merge costs, heaviest first (Consequence); expiries read as the warnings above

consequence-bank-tax-not-carried = { $company }'s bank and tax profile (account ending { $last4 }) is not carried over: payouts go to { $payee }'s profile.
consequence-admins-stop-acting =
    { $count ->
        [one] { $company }'s account admin ({ $admins }) no longer acts for the merged account and manages
       *[other] { $company }'s account admins ({ $admins }) no longer act for the merged account and manage
    } only the users of { $tenant }; { $pga_company }'s admins act for the account.
consequence-packages-become-one = Each company's benefits package stays in force until its own expiry ({ $packages }); at the consolidated renewal on { $renewal } the merged account renews as one company, with one package.
consequence-package-until = { $company }'s until { $date }
consequence-action-packs-become-one = Both companies have an Action Pack: from { $from }, the merged account keeps only one.
consequence-action-pack-moves = { $company }'s Action Pack anniversary moves from { $from } to { $to }.
consequence-msp-renewal-moves = { $company }'s Azure Expert MSP renewal moves from { $from } to { $to }.
consequence-tenant-stays = Tenant { $tenant } stays { $company }'s, with its own users.
consequence-tenant-stays-csp =
    { $count ->
        [one] Tenant { $tenant } stays { $company }'s, with its own users and its CSP account { $csp }: CSP customers move only by a transfer both partners approve.
       *[other] Tenant { $tenant } stays { $company }'s, with its own users and its CSP accounts { $csp }: CSP customers move only by a transfer both partners approve.
    }
consequence-token-stays = Benefit token { $id } ({ $product }) stays on tenant { $tenant }; it is valid until { $expires }.
consequence-program-until-anniversaries =
    { $count ->
        [one] 1 designation, specialization or purchase of { $company } stays as { $company } earned it until its anniversary on { $first }, then is renewed for { $merged } as one company.
       *[other] { $count } designations, specializations and purchases of { $company } stay as { $company } earned them until their own anniversaries, from { $first } to { $last }; each is then renewed for { $merged } as one company.
    }
consequence-entry-offers-become-one = Both companies bought an entry offer: from { $from }, the merged account renews only one.

## The merge at a glance (summary rows)

counted-locations = Locations (with the PGA)
counted-tenants = Tenants
counted-users = Users
counted-competencies = Competencies
counted-solution-areas = Solution areas with a designation
counted-specializations = Specializations

## What differs between two plans (diff)

diff-changed = { $what } changed from { $old } to { $new }
diff-engine-changed = the plan was recomputed with a different engine (plan format { $from } → { $to }); review it again
diff-name-added = { $what } { $name } was added
diff-name-removed = { $what } { $name } was removed
diff-initiator-company = the initiator's company name
diff-invitee-company = the invitee's company name
diff-initiator-global-mpn-id = the initiator's global Partner ID
diff-invitee-global-mpn-id = the invitee's global Partner ID
diff-company-action-pack-anniversary = { $company }'s Action Pack anniversary
diff-company-msp-renewal = { $company }'s Azure Expert MSP renewal
diff-plan-date = the plan date
diff-location-added-to = location { $mpn } ({ $name }) was added to { $company }
diff-location-added = location { $mpn } ({ $name }) was added
diff-location-removed = location { $mpn } ({ $name }) was removed
diff-location-name = location { $mpn }'s name
diff-location-country = location { $mpn }'s country
diff-location-origin = location { $mpn }'s origin
diff-origin-pga = { $company } (its PGA)
diff-tenant-added = tenant { $domain } was added to { $company }
diff-tenant-removed = tenant { $domain } of { $company } was removed
diff-tenant-csp = tenant { $domain }'s CSP accounts
diff-user-added = user { $email } was added with roles { $roles }
diff-user-removed = user { $email } was removed
diff-user-roles = { $email }'s roles
diff-profile = account ending { $last4 }, tax ID country { $country }
diff-merged-profile = the merged account's bank and tax profile
diff-invitee-profile = the invitee's bank and tax profile
diff-new-warning = new warning: { $warning }
diff-no-longer-warning = no longer a warning: { $warning }
diff-competency-added = competency { $name } ({ $level }) was added
diff-competency-removed = competency { $name } ({ $level }) was removed
diff-competency-level = { $name }
diff-competency-expiry = { $name }'s expiry
diff-action-pack-anniversary = the Action Pack anniversary
diff-msp-renewal = the Azure Expert MSP renewal
diff-consolidated-renewal = the consolidated renewal date
diff-core-level = the core benefits level at renewal
diff-package-added = a benefit package of { $company } expiring { $expires } was added
diff-package-removed = the benefit package of { $company } expiring { $expires } was removed
diff-package-expiry = { $company }'s benefit package expiry
diff-package-core-level = { $company }'s core benefits level
diff-package-competencies = { $company }'s benefit package competencies
diff-package-competency = { $name } ({ $level }, until { $until })
diff-advanced-specialization = advanced specialization
diff-mcp-id = MCP ID
diff-offer-added = offer { $id } ({ $name }) was added
diff-offer-removed = offer { $id } ({ $name }) was removed
diff-offer-name = offer { $id }'s name
diff-co-sell-added = co-sell opportunity { $id } ({ $name }, { $value }) was added
diff-co-sell-removed = co-sell opportunity { $id } ({ $name }) was removed
diff-co-sell-value = co-sell opportunity { $id }'s value
diff-co-sell-name = co-sell opportunity { $id }'s name
diff-sa-voucher-added =
    SA voucher { $id } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    }) was added
diff-sa-voucher-removed = SA voucher { $id } was removed
diff-sa-voucher-days = SA voucher { $id }'s days
diff-token-added = benefit token { $id } ({ $product }) on { $tenant } was added
diff-token-removed = benefit token { $id } ({ $product }) was removed
diff-token-activated = benefit token { $id }'s activation date
diff-no-longer-kept = no longer kept: { $what }
diff-kept-again = kept again: { $what }
diff-deal = the kind of deal
diff-designation-added = { $company }'s Solutions Partner designation for { $area } (anniversary { $anniversary }) was added
diff-designation-removed = { $company }'s Solutions Partner designation for { $area } was removed
diff-designation-anniversary = the anniversary of { $company }'s designation for { $area }
diff-designation-attained = the date { $company } attained the designation for { $area }
diff-specialization-added = { $company }'s specialization { $name } (anniversary { $anniversary }) was added
diff-specialization-removed = { $company }'s specialization { $name } was removed
diff-specialization-anniversary = the anniversary of { $company }'s specialization { $name }
diff-purchase-added = { $company }'s purchase of { $offer } (anniversary { $anniversary }) was added
diff-purchase-removed = { $company }'s purchase of { $offer } was removed
diff-purchase-anniversary = the anniversary of { $company }'s { $offer }

## Who should absorb whom (compare)

compare-same-dates = Renewal, Action Pack and competency dates are the same either way.
compare-global-mpn-id = If { $a } absorbs { $b }, the merged account's global Partner ID is { $x } ({ $a }'s); if { $b } absorbs { $a }, it is { $y } ({ $b }'s).
compare-profile = { $company }'s bank and tax profile (account ending { $last4 })
compare-no-profile = no bank and tax profile ({ $company } has none)
compare-bank-tax = If { $a } absorbs { $b }, the merged account is paid to { $x }; if { $b } absorbs { $a }, to { $y }. The other profile is not carried over.
compare-acting-admins = If { $a } absorbs { $b }, who acts for the merged account: { $x }; if { $b } absorbs { $a }: { $y }.
compare-date-differs = The { $what } date differs by direction ({ $x } if { $a } absorbs { $b }, { $y } if { $b } absorbs { $a }); the rules give the same dates either way, so report this before merging.
compare-refused = { $initiator } cannot absorb { $invitee }: { $error }.

## Re-issuing an absorbed tenant's users (R17)

reissue-not-in-tenant = { $email } is not a user of { $tenant }
reissue-listed-twice = { $email } is listed twice
reissue-outside-tenant = { $new_email } (for { $email }) is not an email address in { $tenant }
reissue-email-taken = { $new_email } (for { $email }) is already a user of the account
reissue-same-new-email = { $first } and { $second } would both become { $new_email }
reissue-moved = { $old } becomes { $new }, keeping { $roles }
reissue-moved-no-roles = { $old } becomes { $new }, with no roles
reissue-last-admin = { $email } is the last account admin of { $tenant }, which keeps one (A1); make another { $tenant } user an account admin first, or leave { $email } there
reissue-moved-changed = { $old } becomes { $new }, with { $roles } instead of { $before }
reissue-moved-changed-no-roles = { $old } becomes { $new }, with no roles instead of { $before }
roles-none = no roles
reissue-loses-access =
    { $from } loses access for the { $count ->
        [one] 1 user
       *[other] { $count } users
    } moved; they sign in through { $to }
reissue-stay =
    { $count ->
        [one] { $stay } stays in { $from } with access as before
       *[other] { $stay } stay in { $from } with access as before
    }
reissue-token-stays = Benefit token { $id } ({ $product }) stays on { $from }: a token never leaves the tenant it was activated on

## The plan read aloud: what the CLI, the preview element and the app put around the sentences

reading-title = { $initiator } ({ $initiator_id }) absorbs { $invitee } ({ $invitee_id }) as of { $date }
reading-mpn-ids = Partner IDs (MPN IDs) after the merge
reading-renewal = Consolidated renewal
reading-consequences = What is lost, moves or stays, heaviest first
reading-at-a-glance = At a glance
reading-changes = Changes
reading-joined = Locations that joined
reading-not-merged = Not merged
reading-checklist = Checklist
reading-warnings = Warnings
reading-fingerprint = Fingerprint
reading-step = Step { $number }
reading-preview = Merge preview
reading-before = Before
reading-after = After

## Why two accounts cannot merge (PlanError)

party-initiator = initiator
party-invitee = invitee
holding-offer = offer
holding-co-sell-record = co-sell record
holding-sa-voucher = SA voucher
holding-benefit-token = benefit token
holding-csp-account = CSP account
plan-refusal-malformed-mpn-id = the { $side }'s snapshot has malformed Partner IDs ({ $paths }); a Partner ID is 6 to 10 digits
plan-refusal-invalid-snapshot = the { $side }'s snapshot is not valid ({ $count } problems; first: { $first }); fix them and plan again
plan-refusal-self-merge = account { $mpn_id } cannot merge with itself; invite another company's global Partner ID
plan-refusal-merged-away = the { $side } { $company } ({ $mpn_id }) was already merged into { $merged_into } and cannot take part in another merge
plan-refusal-mpn-collision = Partner IDs { $ids } appear in both accounts; a Partner ID belongs to one account only (R4)
plan-refusal-tenant-collision = tenants { $domains } appear in both accounts; tenants are not merged (R6), so each belongs to one account
plan-refusal-holding-collision = { $holding } IDs { $ids } appear in both accounts; each must be unique to merge without losing one

## Today's program (snapshot and plan format 2): designations, specializations, purchases

area-data_ai_azure = Data & AI (Azure)
area-infrastructure_azure = Infrastructure (Azure)
area-digital_app_innovation_azure = Digital & App Innovation (Azure)
area-modern_work = Modern Work
area-security = Security
area-business_applications = Business Applications
offer-partner_launch_benefits = Partner Launch Benefits
offer-partner_success_core = Partner Success Core
offer-partner_success_expanded = Partner Success Expanded
change-designation-carried = { $from_company }'s Solutions Partner designation for { $area } is kept until its anniversary on { $anniversary }
change-specialization-carried = { $from_company }'s specialization { $name } ({ $area }) is kept until its anniversary on { $anniversary }
change-purchase-carried = { $from_company }'s purchase of { $offer } stays in force until its anniversary on { $anniversary }
program-designation-due = On { $date } { $company }'s Solutions Partner designation for { $area } comes up for renewal, evaluated for { $merged } as one company
program-specialization-due = On { $date } { $company }'s specialization { $name } ({ $area }) comes up for renewal, evaluated for { $merged } as one company
program-purchase-due = On { $date } { $company }'s { $offer } reaches its anniversary; { $merged } renews at most one entry offer, as one company
program-also-held = { $company } holds it too, with its anniversary on { $date }
program-one-company = From { $date } { $merged } renews everything as one company; the designations held until then: { $areas }
program-one-company-no-designations = From { $date } { $merged } renews everything as one company
checklist-prepare-program-renewals = Prepare the program renewals: each designation, specialization and purchase stays until its own anniversary, then { $company } is evaluated as one company; the last anniversary is { $date }.
checklist-csp-transfer = CSP customers do not move with the merge: a customer moves to another partner only by a partner-to-partner transfer that both partners approve.
checklist-csp-tenant-location = Check each CSP tenant's location: a CSP tenant stays mapped to one location of the merged account ({ $tenants }).
checklist-link-tenant =
    { $count ->
        [one] Instead of re-issuing users: a Global admin of the Microsoft Entra tenant { $tenants } can link it to { $company }'s account in Account settings > Tenants.
       *[other] Instead of re-issuing users: a Global admin of each Microsoft Entra tenant ({ $tenants }) can link it to { $company }'s account in Account settings > Tenants.
    }

## Merger or acquisition (the deal kind of a format 2 plan)

deal-merger = A merger: { $initiator } and { $invitee } become one company, under { $initiator }'s partner global account (PGA) with Partner ID (MPN ID) { $initiator_id }
deal-acquisition = An acquisition: { $initiator } acquires { $invitee }, whose partner account becomes part of { $initiator }'s, under Partner ID (MPN ID) { $initiator_id }
deal-kind-merger = Merger
deal-kind-acquisition = Acquisition

## Who gains which rights (RightsAfterMerge)

reading-rights = Who gains which rights
reading-program = Designations, specializations and purchases
reading-deal = Kind of deal
rights-reading-own-tenants = Only the admins of { $initiator }'s own Microsoft Entra tenants will act for the merged account: this service applies that rule. Microsoft's current page says the admins of { $invitee }'s tenant may too; ask Microsoft if that matters to you.
rights-reading-both-tenants = The admins of both companies' Microsoft Entra tenants will act for the whole merged account, as Microsoft's current page says and this service applies.
rights-acts = { $email } ({ $tenant }) acts for the whole merged account: its merges, reports and account settings
rights-does-not-act = { $email } ({ $tenant }) does not act for the merged account
rights-manages-own = { $email } manages the roles of the users of the Microsoft Entra tenant { $tenant } only, not those of another tenant
rights-gains-sight = { $email } ({ $tenant }) gains sight of { $company }'s { $what }
rights-no-sight = { $email } ({ $tenant }) gains no sight of { $company }'s locations, referrals or incentives
rights-tenant = Microsoft Entra tenant { $tenant } ({ $company })
rights-nobody = No user of { $tenant } has a role that reaches across the whole merged account.
rights-sight-locations = locations
rights-sight-referrals = referrals
rights-sight-incentives = incentives
list-and = { $first } and { $last }
