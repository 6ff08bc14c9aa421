select step_id, done from session_submission where session_id = $1 and submission_id = $2
