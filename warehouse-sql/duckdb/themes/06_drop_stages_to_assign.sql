DROP TABLE IF EXISTS stage_to_assign;
