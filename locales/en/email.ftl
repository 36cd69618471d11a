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
email-deal-merger = The deal, as { $initiator } named it on the invitation: a merger, in which { $initiator } and { $invitee } become one company.
email-deal-acquisition = The deal, as { $initiator } named it on the invitation: an acquisition, in which { $initiator } acquires all or part of { $invitee }; the whole partner account of { $invitee } is merged either way.
email-why = You get this email as an account admin of { $company } in Partner Merge.

email-invited-subject = { $initiator } invites { $invitee } to merge accounts
email-invited-body = { $actor } of { $initiator } invites { $invitee } to merge into { $initiator }. If { $invitee } accepts and { $initiator } then confirms, { $invitee } no longer has a partner account of its own: its partner global account (PGA) becomes a location of { $initiator }, and { $initiator }'s account admins act for the merged account, while { $invitee }'s admins keep managing only the users of their own tenant. This cannot be undone. Read the invitation, with everything { $invitee } loses or keeps, before you accept or reject it.
email-invited-body-both-tenants = { $actor } of { $initiator } invites { $invitee } to merge into { $initiator }. If { $invitee } accepts and { $initiator } then confirms, { $invitee } no longer has a partner account of its own: its partner global account (PGA) becomes a location of { $initiator }, and the account admins of both { $initiator } and { $invitee } act for the whole merged account, while each company's admins manage only the users of their own tenant. This cannot be undone. Read the invitation, with everything { $invitee } loses or keeps, before you accept or reject it.
email-accepted-subject = { $invitee } accepted the merge
email-accepted-body = { $actor } of { $invitee } accepted the invitation to merge { $invitee } into { $initiator }. Nothing has changed yet: review the preview of the merged account, then confirm the merge or call it off. Once you confirm, this cannot be undone.
email-invited-deadline = Answer before { $expires }: after that the invitation expires and nothing is merged.
email-accepted-deadline = Confirm or call off the merge before { $expires }: after that the request expires and nothing is merged.
email-rejected-subject = { $invitee } rejected the merge
email-rejected-body = { $actor } of { $invitee } rejected the invitation to merge { $invitee } into { $initiator }. Nothing was merged, and both accounts are free to take part in another merge.
email-rejected-reason = Reason: { $reason }
email-cancelled-subject = The merge of { $invitee } into { $initiator } was called off
email-cancelled-body = { $actor } called off the merge of { $invitee } into { $initiator }. Nothing was merged, and both accounts are free to take part in another merge.
email-completed-subject = Receipt: { $invitee } was merged into { $initiator }
email-completed-body = { $actor } confirmed the merge of { $invitee } into { $initiator }, and it has been applied; this cannot be undone. { $invitee } no longer has a partner account of its own: its partner global account (PGA) is now a location of { $initiator }, and { $initiator }'s account admins act for the merged account. Each tenant's admins keep managing their own users. Next: check the bank and tax information of the merged account in Partner Center.
email-completed-body-both-tenants = { $actor } confirmed the merge of { $invitee } into { $initiator }, and it has been applied; this cannot be undone. { $invitee } no longer has a partner account of its own: its partner global account (PGA) is now a location of { $initiator }, and the account admins of both { $initiator } and { $invitee } act for the merged account. Each tenant's admins keep managing their own users. Next: check the bank and tax information of the merged account in Partner Center.
email-reissued-subject = Users of { $invitee } were re-issued into { $initiator }'s tenant
email-reissued-body = { $actor } re-issued users of { $invitee }'s tenant as new users of { $initiator }'s own tenant. From now on they sign in with their new address: their old email address no longer gives access to the merged account. Users who were not re-issued keep their access as before.
email-expiring-subject = Reminder: the request to merge { $invitee } into { $initiator } expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
email-expiring-body = The request to merge { $invitee } into { $initiator } has been waiting for { $company } since { $since }. Act on it before { $expires }: after that it expires, nothing is merged, and a new invitation would be needed.
email-expired-subject = The merge of { $invitee } into { $initiator } expired
email-expired-body = The request to merge { $invitee } into { $initiator } was not completed in time and has expired: nothing was merged. Both accounts are free to take part in another merge; { $initiator } can send a new invitation.
