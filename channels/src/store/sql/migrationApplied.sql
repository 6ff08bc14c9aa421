select id, breaking from channels_migration order by id
