insert into session_submission (session_id, submission_id, step_id, at) values ($1, $2, $3, $4)
on conflict (session_id, submission_id) do nothing
returning submission_id
