--! breaking-change
-- A published package no longer keeps its own copy of the steps' field visibility and the end events' properties:
-- the engine compiles both into the model of the deployed definition (FlowNode.step, FlowNode.serviceRequest), which
-- the session service reads. Older code still writes the column, hence breaking.
alter table procedure_package drop column steps;
