insert into designer_migration (id, name, breaking) values ($1, $2, $3)
