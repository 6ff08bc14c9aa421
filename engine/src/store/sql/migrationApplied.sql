select id, name, breaking from cauce_migration order by id
