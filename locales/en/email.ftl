# The emails that tell the other company of each step of a merge (issue #31): for each step a
# subject and what happened; the rest of every email is its template
# (crates/merge-api/templates/). Emails never carry bank or tax details.

email-greeting = Hello,
email-open-invitation = Read the invitation
email-open-request = Open the request
email-open-report = Open the printable report
email-open-history = Open the merge history
email-fingerprint = Fingerprint of the applied plan: { $fingerprint }
email-as-of = Applied as of { $as_of }
email-why = You get this email as an account admin of { $company } in Partner Merge.

email-invited-subject = { $initiator } invites { $invitee } to merge accounts
email-invited-body = { $actor } of { $initiator } invites { $invitee } to merge its Partner Center account into { $initiator }'s: { $invitee }'s partner global account (PGA) would become a location of { $initiator }. Read the invitation, with what { $invitee } loses, before you accept or reject it. Once the merge is confirmed, this cannot be undone.
email-accepted-subject = { $invitee } accepted the merge
email-accepted-body = { $actor } of { $invitee } accepted the invitation to merge { $invitee } into { $initiator }. Review the merged account, then confirm the merge or cancel it.
email-rejected-subject = { $invitee } rejected the merge
email-rejected-body = { $actor } of { $invitee } rejected the invitation to merge { $invitee } into { $initiator }.
email-rejected-reason = Reason: { $reason }
email-cancelled-subject = The merge of { $invitee } into { $initiator } was called off
email-cancelled-body = { $actor } called off the merge of { $invitee } into { $initiator }. Both accounts are free to take part in another merge.
email-completed-subject = Receipt: { $invitee } was merged into { $initiator }
email-completed-body = { $actor } confirmed the merge of { $invitee } into { $initiator }, and it has been applied: this cannot be undone. { $invitee }'s partner global account (PGA) is now a location of { $initiator }. Check the bank and tax information of the merged account in Partner Center.
email-reissued-subject = Users of { $invitee } were re-issued into { $initiator }
email-reissued-body = { $actor } re-issued users of a tenant that came from { $invitee } as users of { $initiator }'s own tenant: their old sign-ins no longer give access to the merged account.
email-expiring-subject = The merge of { $invitee } into { $initiator } expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
email-expiring-body = The request to merge { $invitee } into { $initiator } has waited since { $since } and expires on { $expires } unless it is answered.
email-expired-subject = The merge of { $invitee } into { $initiator } expired
email-expired-body = The request to merge { $invitee } into { $initiator } was not answered in time and has expired. Both accounts are free to take part in another merge.
