select * from procedure_package where procedure_id = $1 and version = $2
