# The app's own words (app/), in English; the engine's sentences and headings are in
# engine.ftl, a request's states and the API's refusals in api.ftl, read from there.
## the page
brand = Partner Merge

## nav
nav-label = Main
nav-account = Account
nav-merges = Account merge
nav-history = History
nav-sandbox = Sandbox
nav-mailbox = Mailbox

## the page
language = Language
no-such-page = There is no such page.
signed-in-as = Signed in as { $email }
signed-in-with = Signed in as { $email }, { $company }
sign-out = Sign out
went-wrong = Something went wrong:
sign-in-again = Sign in again

## sign_in
sign-in-title = Sign in
sign-in-work-email = Work email
sign-in-continue-to-provider = Continue
sign-in-own-page = You sign in through your company's own sign-in page.
sign-in-demo = Demo mode: choose who you are. Account admins can invite, answer and confirm merges.
sign-in-account-admin = { " " }account admin

## account
account-loading = Loading your account…
account-admin = , account admin
account-locations = Partner global account and locations
account-users = Users and roles
account-user = User
account-roles = Roles
account-competency = { $name } ({ $level }), until { $date }
account-action-pack = Action Pack anniversary { $date }
account-reissue = Re-issue the users of an absorbed tenant

## merges
merges-title = Account merge
merges-invite-label = Invite a company by its global Partner ID (MPN ID)
merges-send = Send invitation
merges-not-an-id-yet = "{ $text }" is not a Partner ID yet: a Partner ID is 6 to 10 digits
merges-loading = Loading the merge requests…
merges-none = No merge requests yet.
merges-invites = { $initiator } ({ $initiator_id }) invites { $invitee } ({ $invitee_id })
merges-reason-shown = Reason:{ " " }
merges-accept = Accept
merges-reason = Reason
merges-reject = Reject
merges-review = Review the merged account and confirm
merges-cancel = Call off the merge
merges-read = Read the invitation and answer
merges-read-again = Read the invitation
merges-cancel-invitation = Cancel invitation
merges-report = Report of the merge
merges-waiting = Waiting for { $company } to answer.

## history
history-title = Merge history
history-loading = Loading the history…
history-sentence-sent = { $initiator } invited { $invitee } to merge accounts
history-sentence-accepted = { $invitee } accepted the invitation of { $initiator }
history-sentence-rejected = { $invitee } rejected the invitation of { $initiator }
history-sentence-cancelled = The merge of { $invitee } into { $initiator } was called off
history-sentence-completed = { $initiator } absorbed { $invitee }
history-sentence-reissued = Users of { $invitee } were re-issued into { $initiator }'s tenant
history-sentence-expired = The invitation of { $initiator } to { $invitee } expired
history-by = by { $who }
history-reason = Reason: { $reason }
history-report = Report
history-show-older = Show older
history-none = No merge requests yet.

## preview
preview-loading = Loading the merge preview…
preview-title = { $initiator } absorbs { $invitee }
preview-as-of = As of { $date }
preview-fingerprint = Fingerprint of this plan:{ " " }
preview-same-plan = The server computed the same plan: this is what confirming applies.
preview-other-plan = The server's plan differs from this page's: reload before you confirm.
preview-changes = What changes
preview-benefits = Benefits until renewal
preview-package = { $company }'s benefits package, until { $date }
preview-renewal = Consolidated renewal on { $date }: one benefits package, every competency kept.
preview-people = Users and roles, by tenant
preview-tenant = { $tenant } ({ $company }), managed by { $admins }
preview-users-of = Users of { $tenant }
preview-checklist = After the merge
preview-status = Proposed: not applied yet
preview-trial = Trial in your browser: nothing is applied
preview-invited = Invited by { $who } on { $when }
preview-accepted = accepted by { $who } on { $when }
preview-technical = Technical details
preview-legend = Marked in the trees:
preview-legend-moved = moved under the PGA
preview-legend-demoted = was a PGA, now a location
preview-tags = Each change is marked:
preview-tag-added = Added
preview-tag-moved = Moved
preview-tag-kept = Kept
preview-tag-changed = Changed
preview-tag-meaning-added = new to the merged account
preview-tag-meaning-moved = comes under the PGA as it is
preview-tag-meaning-kept = carried over as it was
preview-tag-meaning-changed = carried over, different afterwards
preview-tag-meaning-not-merged = stays where it is
preview-print = Print the report

## glance
glance-after = After the merge

## timeline
timeline-title = Renewal timeline from { $date }
timeline-as-of = as of { $date }
timeline-until = { $label }: until { $date }
timeline-action-pack = Action Pack anniversary
timeline-msp = Azure Expert MSP renewal
timeline-package = { $company }'s package
timeline-list = Renewal dates

## confirm
confirm-open = Confirm merge…
confirm-title = Merge { $invitee } into { $initiator }?
confirm-type-to-confirm = Type { $company } to confirm
confirm-merge-now = Merge now
confirm-back = Back
confirm-review-new = Review the new preview
confirm-irreversible = This cannot be undone: { $invitee } ({ $invitee_id }) becomes a location of { $initiator } ({ $initiator_id }).
confirm-consequences = What is lost or changes:
confirm-accepted = { $who } accepted for { $company } on { $when }.
confirm-stale = The preview is out of date: review the new preview before you confirm.

## merged
merged-title = { $initiator } absorbed { $invitee }
merged-done = The merge is complete.{ " " }
merged-see-account = See the merged account
merged-in-history = In the history
merged-entry = Completed { $when }: { $invitee } ({ $invitee_id }) is now a location of { $initiator } ({ $initiator_id }).
merged-see-history = See the history
merged-next = What to do next
merged-account = The merged account
merged-report = Open the report of the applied merge

## sandbox
sandbox-title = Sandbox
sandbox-intro = Preview the merge of any two account snapshots, in your browser: nothing is sent anywhere.
sandbox-initiator = Initiator (absorbs the other)
sandbox-invitee = Invitee (becomes locations)
sandbox-as-of = As of
sandbox-preview = Preview the merge
sandbox-download = Download the plan (JSON)
sandbox-sample = Sample account
sandbox-choose = Choose…
sandbox-upload = Or upload a JSON file
sandbox-json = Snapshot JSON
sandbox-bad-initiator = The initiator: { $why }
sandbox-bad-invitee = The invitee: { $why }
sandbox-planning = Planning the merge…
sandbox-receiving = Receiving the plan: { $users } of { $of } users
sandbox-bad-date = "{ $text }" is not a date: pick one
sandbox-invitee-n = Invitee { $n } (absorbed after the one before)
sandbox-add-invitee = Add another invitee
sandbox-remove-invitee = Remove invitee { $n }
sandbox-compare = Compare both directions
sandbox-chain-title = { $initiator } absorbs { $invitees }, one after the other
sandbox-chain-result = The account after the last step
sandbox-step = Step { $step }: { $initiator } absorbs { $invitee }
sandbox-bad-invitee-n = Invitee { $n }: { $why }
sandbox-step-fingerprint = Fingerprint of this step:{ " " }
sandbox-unreadable = A file could not be read as UTF-8 text: save it as UTF-8 JSON and choose it again.
sandbox-uploaded = { $file }, { $size } KB: too large to show here, read when you preview.
sandbox-show-text = Show as text
sandbox-choose-file = Choose a file…
sandbox-no-file = No file chosen

## refusal
refusal-unreachable = The server could not be reached: check your connection and try again.

## tree
tree-filter = Filter by name or Partner ID
tree-count = Showing { $shown } of { $total }
tree-none = Nothing matches “{ $filter }”.

## reissue
reissue-title = Re-issue users into your own tenant
reissue-intro = After a merge, move users of a tenant your company absorbed onto your own tenant. They keep every role; their old email stops signing in. Users you do not pick keep their access as before.
reissue-loading = Loading your account…
reissue-nothing = Your account has no tenant from a merge: there are no users to re-issue.
reissue-from = Users of
reissue-to = Into
reissue-users = Users to re-issue
reissue-pick = Re-issue
reissue-user = User
reissue-new-email = New email
reissue-new-email-of = New email for { $email }
reissue-preview = Preview the re-issue
reissue-title-preview = Preview: the users of { $from } into { $to }
reissue-what = What the re-issue does
reissue-who-moves = Who moves
reissue-roles = Roles kept
reissue-no-roles = no roles
reissue-fingerprint = Fingerprint of this preview:{ " " }
reissue-open = Re-issue users…
reissue-dialog-title = This cannot be undone
reissue-dialog-text = From now on the moved users sign in as their new emails; their old emails stop working and their sessions end.
reissue-type-to-confirm = Type { $tenant } to confirm
reissue-now = Re-issue now
reissue-done = The users are re-issued: they sign in with their new emails.
reissue-see-history = See the history

## compare
compare-title = Who should absorb whom
compare-intro = The same two companies merged both ways: what differs.
compare-direction = If { $initiator } absorbs { $invitee }
compare-global = Global Partner ID of the merged account: { $mpn_id }
compare-open = Compare: who should absorb whom

## print
print-running = { $initiator } absorbs { $invitee } · as of { $date }
print-fingerprint = Fingerprint { $fingerprint }

## consequences
consequences-lost = What is lost or changes
consequences-lost-of = What { $company } loses or changes
consequences-nothing-lost = Nothing is lost: everything both companies hold is carried over.
consequences-stays = What stays where it is

## report
report-title = Account merge report
report-loading = Loading the report…
report-proposed = Status: proposed, not applied
report-trial = Status: trial in the sandbox, not a request
report-applied = Status: applied on { $when }
report-generated = Generated on { $when } by { $who }
report-generated-anonymous = Generated on { $when }
report-parties = Parties
report-role = Role
report-company = Company
report-global-id = Global Partner ID (MPN ID)
report-initiator = Absorbs the other (its PGA stays)
report-invitee = Absorbed: its PGA becomes a location
report-as-of = Planned for { $date }
report-consent = Consent
report-invited = Invited by { $who } on { $when }
report-accepted = Accepted by { $who } on { $when }
report-confirmed = Confirmed by { $who } on { $when }
report-not-confirmed = Not confirmed yet
report-merged-account = The merged account
report-changes = What changes
report-sign = Sign-off
report-name = Name
report-signature = Signature
report-date = Date
report-on-behalf = For { $company }

## invitation
invitation-loading = Loading the invitation…
invitation-title = { $initiator } invites { $invitee } to merge accounts
invitation-sent = Sent by { $who } on { $when }
invitation-means = What accepting means for { $company }
invitation-means-pga = { $invitee }'s partner global account ({ $invitee_id }) becomes a location of { $initiator } ({ $initiator_id }), and { $invitee }'s locations move under { $initiator }'s PGA, each keeping its Partner ID.
invitation-means-admins = { $initiator }'s account admins act for the merged account. { $invitee }'s admins keep managing the users of their own tenant, who keep their roles.
invitation-means-admins-both = The account admins of both { $initiator } and { $invitee } act for the whole merged account, as Microsoft's current page reads it. Each company's admins manage the users of their own tenant only, who keep their roles.
invitation-means-final = Nothing changes until { $initiator }'s admins confirm the merge, and then it cannot be undone. Until they confirm, either company may call it off.
invitation-deal-same = Partner Center merges the accounts the same way for a merger and an acquisition: { $initiator }'s partner global account stays, { $invitee }'s becomes a location under it, and who acts for the merged account is under “Who gains which rights”.
invitation-after = { $company } after the merge
invitation-other-locations = and { $count } locations of { $company }
invitation-other-location = and 1 location of { $company }
invitation-keeps = What { $company } brings and keeps
invitation-people = Who manages { $company }'s users
invitation-decide = Your answer
invitation-accept-hint = Accepting lets { $initiator }'s admins review this merge and confirm it.
invitation-reject-title = Or reject the invitation
invitation-reason = Reason (optional; { $initiator } sees it)
invitation-accepted-by = { $who } accepted for { $company } on { $when }. { $initiator }'s admins now review and confirm the merge.
invitation-withdraw-hint = Until they confirm, you may withdraw your acceptance: the request then ends and both companies are free again.
invitation-withdraw = Withdraw acceptance
invitation-answered = Your answer is recorded.

## after the screen review and the fresh sign-in
merges-closed-by = { $state } by { $who } on { $when }
history-when = When
history-request = Request
history-what = What
history-who = Who
history-detail = Detail
glance-nothing = Nothing has expired or lapsed.
glance-one-thing = 1 thing needs attention:{ " " }
glance-things = { $count } things need attention:{ " " }
glance-see-warnings = see the warnings
print-button = Print or save as PDF
report-status-proposed = proposed, not applied
report-status-applied = applied
report-status-trial = trial
step-up-going = This cannot be undone, so it needs a recent sign-in: taking you to your identity provider, then back here…
step-up-back = You signed in again: confirm when you are ready.
step-up-changed = The accounts changed while you signed in again: this is the new preview; review it before you confirm.
step-up-demo = Demo mode: a real server asks you to sign in again before this step.

mailbox-title = Demo mailbox
mailbox-about = A demo server sends no email: what each company's admins would get is kept here, each in its reader's language.
mailbox-loading = Loading the mailbox…
mailbox-empty = No emails yet: invite a company to see its account admins hear of it.
mailbox-to = To
mailbox-open = Open in Partner Merge

## merger or acquisition, who gains which rights (#32)
merges-deal-merger-hint = Your company and the invited one become one company.
merges-deal-acquisition-hint = Your company acquires all or part of the invited one.
merges-deal-same = Partner Center merges the accounts the same way for both: the kind tells the invited company what you agreed, before it answers.
merges-deal-missing = Choose merger or acquisition.
merges-deal-shown = Kind of deal: { $deal }
confirm-rights-acknowledge = I have read who gains which rights after the merge, and I accept it.
