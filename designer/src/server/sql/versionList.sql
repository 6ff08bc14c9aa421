select version, kind, from_version, reason, published_by, published_at, deployment_id
from designer_version where procedure_id = $1 order by version desc
