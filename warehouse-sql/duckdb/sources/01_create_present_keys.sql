-- The natural keys a source holds now, as the profile reads them: filled by the periodic full key
-- comparison and by rows re-read in this pull whose case is marked deleted. A null record_kind (a row
-- whose record type or stage could not be read) keeps every fact of that case from being marked.
-- Temporary: never written to the warehouse file, gone with the connection.
CREATE OR REPLACE TEMP TABLE pull_present_key (
    la_code         VARCHAR,
    case_reference  VARCHAR NOT NULL,
    record_kind     VARCHAR,
    stage           SMALLINT
);
