-- Saves a session's mutable columns when nobody saved it since it was read (optimistic lock on rev).
update session set
  instance_id = $3, language = $4, citizen_id = $5, identification_reached = $6, identification_method = $7, protocol = $8,
  protocol_attempts_left = $9, otp_hash = $10, otp_expires_at = $11, otp_attempts_left = $12, otp_sent_to = $13, otp_sends = $14,
  owner_user_id = $15, owner_role = $16, protected_person = $17, queue_level = $18, queue_reason = $19, queued_at = $20,
  superseded_by = $21, cursor_step = $22, draft = $23, state = $24, updated_at = $25, rev = rev + 1
where id = $1 and rev = $2
