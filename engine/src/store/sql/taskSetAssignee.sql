update task set assignee = $2 where id = $1
