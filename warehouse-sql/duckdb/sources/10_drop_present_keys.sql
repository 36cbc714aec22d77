DROP TABLE IF EXISTS pull_present_key;
