-- After unlock, a failure with retries left, or new retries: tell every engine process's long-polling requests
-- that this task may be fetchable again (the engine's insert does the same for new tasks).
select pg_notify('cauce_external_task', topic) from external_task where id = $1 and (retries is null or retries > 0)
