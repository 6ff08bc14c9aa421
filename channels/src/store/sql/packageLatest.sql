select * from procedure_package where procedure_id = $1 order by published_at desc limit 1
