# The API's words (merge-api-types, read by the API and the app): a merge request's states,
# the history's events, and each refusal by its code. The API answers in the caller's
# Accept-Language; in English it keeps its own message, which names the exact thing refused.

state-pending = Pending
state-accepted = Accepted
state-rejected = Rejected
state-cancelled = Cancelled
state-completed = Completed
state-expired = Expired
event-sent = Sent
event-accepted = Accepted
event-rejected = Rejected
event-cancelled = Cancelled
event-completed = Completed
event-reissued = Users re-issued
event-expired = Expired

refusal-signed-out = Sign in first.
refusal-reauthentication-required = This cannot be undone: sign in again through your identity provider, then confirm.
refusal-forbidden = Your role does not allow this.
refusal-not-found = There is no such merge request.
refusal-wrong-state =
    This cannot be done any more: the request is { $state ->
        [pending] pending
        [accepted] accepted
        [rejected] rejected
        [cancelled] cancelled
        [expired] expired
       *[completed] completed
    }.
refusal-already-completed = This merge was applied already.
refusal-open-merge-exists = Account { $mpn_id } is already in an open merge request: finish or cancel that one first.
refusal-invitee-unavailable = This company cannot be invited now.
refusal-stale-preview = The accounts changed since this preview: review the new preview before you confirm.
refusal-rights-not-acknowledged = Read who gains which rights in the preview and acknowledge it before you confirm.
refusal-cannot-merge = These accounts cannot merge: { $why }
refusal-too-many-invitations = You have sent as many invitations as an hour allows: try again in { $minutes } min.
refusal-reason-too-long = The reason is too long: at most { $max } characters.
refusal-invalid-text = The text holds control characters or text-direction overrides: remove them.
refusal-malformed-mpn-id = That is not a Partner ID (MPN ID): a Partner ID is 6 to 10 digits.
refusal-self-merge = That is your own account: invite the other company's global Partner ID.
refusal-location-id = That is a location of { $company }: use its global Partner ID { $global_mpn_id }.
refusal-merged-away = That account has already been merged into another.
refusal-unknown-account = No account has that global Partner ID.
refusal-last-admin = This would leave a tenant without an account admin.
refusal-invalid-reissue = These users cannot be re-issued: pick a tenant your company absorbed in a merge, your own tenant to move them into, and at least one user.
refusal-reissue-conflicts = The users cannot be re-issued as asked: { $conflicts }. Change these and preview again.
refusal-too-many-requests = Too many requests: wait a moment and try again.
refusal-busy = The server is busy: try again in a moment.
refusal-request-timeout = The request took too long: try again.
refusal-provider-unavailable = Your company's sign-in page cannot be reached: try again later.
refusal-other = Something went wrong ({ $message }).
