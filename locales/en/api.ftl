# The API's words (merge-api-types, read by the API and the app): a merge request's states,
# the history's events, and each refusal by its code. The API answers in the caller's
# Accept-Language; in English it keeps its own message, which names the exact thing refused.

state-pending = Pending
state-accepted = Accepted
state-rejected = Rejected
state-cancelled = Cancelled
state-completed = Completed
event-sent = Sent
event-accepted = Accepted
event-rejected = Rejected
event-cancelled = Cancelled
event-completed = Completed
event-reissued = Users re-issued

refusal-signed_out = Sign in first.
refusal-forbidden = Your role does not allow this.
refusal-not_found = There is no such merge request.
refusal-wrong_state =
    This cannot be done any more: the request is { $state ->
        [pending] pending
        [accepted] accepted
        [rejected] rejected
        [cancelled] cancelled
       *[completed] completed
    }.
refusal-already_completed = This merge was applied already.
refusal-open_merge_exists = Account { $mpn_id } is already in an open merge request: finish or cancel that one first.
refusal-invitee_unavailable = This company cannot be invited now.
refusal-stale_preview = The accounts changed since this preview: review the new preview before you confirm.
refusal-cannot_merge = These accounts cannot merge: { $why }
refusal-too_many_invitations = You have sent as many invitations as an hour allows: try again in { $minutes } min.
refusal-reason_too_long = The reason is too long: at most { $max } characters.
refusal-invalid_text = The text holds control characters or text-direction overrides: remove them.
refusal-malformed_mpn_id = That is not an MPN ID: MPN IDs are 6 to 10 digits.
refusal-self_merge = That is your own account: invite the other company's global MPN ID.
refusal-location_id = That is a location of { $company }: use its global MPN ID { $global_mpn_id }.
refusal-merged_away = That account has already been merged into another.
refusal-unknown_account = No account has that global MPN ID.
refusal-last_admin = This would leave a tenant without an account admin.
refusal-invalid_reissue = These users cannot be re-issued: pick a tenant your company absorbed in a merge, your own tenant to move them into, and at least one user.
refusal-reissue_conflicts = The users cannot be re-issued as asked: { $conflicts }. Change these and preview again.
refusal-too_many_requests = Too many requests: wait a moment and try again.
refusal-busy = The server is busy: try again in a moment.
refusal-request_timeout = The request took too long: try again.
refusal-provider_unavailable = Your company's sign-in page cannot be reached: try again later.
refusal-other = Something went wrong ({ $message }).
