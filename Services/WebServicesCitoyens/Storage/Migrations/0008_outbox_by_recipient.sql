-- Finding the mails recently written to an address, to send an account's mails (confirmation,
-- new password, existing account) at most once every few minutes to the same address.
CREATE INDEX outbox_recipient ON outbox (recipient, kind, created_at);
