select id, breaking from designer_migration order by id
