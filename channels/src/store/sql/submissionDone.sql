update session_submission set done = true where session_id = $1 and submission_id = $2
