using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.CaseSystem;

public sealed class MappingProfileTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero));

    private static MappingProfile Profile => MappingProfile.Load(Fixture.Path("case-system", "council-layout-profile.json"));

    private static string Sample => Fixture.Path("case-system", "council-layout-sample.csv");

    [Fact]
    public void A_profile_maps_a_councils_headers_vocabularies_date_formats_and_default_code()
    {
        var result = _warehouse.ImportFile(Sample, Profile);

        Assert.Equal((7L, 6L, 1L), (result.Read, result.Loaded, result.Rejected));
        var stages = _warehouse.Connection.Query<(string Ref, string Procedure, short Stage, DateOnly Received, DateOnly Responded, string Outcome, string LaCode)>(
            """
            SELECT case_reference, procedure, stage, received_date, responded_date, outcome, la_code
            FROM mart.complaint_stage ORDER BY case_reference, stage
            """).ToList();
        Assert.Equal(
            [
                ("W-100", "statutory", (short)1, new DateOnly(2023, 4, 3), new DateOnly(2023, 4, 14), "partially_upheld", "998"),
                ("W-101", "corporate", (short)1, new DateOnly(2023, 6, 5), new DateOnly(2023, 6, 26), "upheld", "998"),
                ("W-101", "corporate", (short)2, new DateOnly(2023, 7, 10), new DateOnly(2023, 8, 4), "not_upheld", "998"),
                ("W-102", "statutory", (short)1, new DateOnly(2024, 5, 2), new DateOnly(2024, 5, 15), "not_upheld", "998"),
                ("W-103", "statutory", (short)1, new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 12), "upheld", "998"),
            ],
            stages);
        Assert.Equal("member_enquiry", _warehouse.Scalar<string>("SELECT representation_type FROM dw.fact_representation"));
        Assert.Equal(75.00m, _warehouse.Scalar<decimal>("SELECT compensation FROM dw.fact_complaint_stage WHERE case_reference = 'W-100'"));
        var reject = _warehouse.Connection.QuerySingle<(long Row, string Column, string Value)>("SELECT source_row, column_name, value FROM etl.reject");
        Assert.Equal((8L, "procedure", "Statutory-ish"), reject);
    }

    [Fact]
    public void A_team_renamed_from_a_date_gets_a_second_version_and_each_case_joins_the_version_of_its_date()
    {
        _warehouse.ImportFile(Sample, Profile);

        var versions = _warehouse.Connection.Query<(string Team, string Reporting, DateOnly From, DateOnly? To, bool Current)>(
            "SELECT team_name, reporting_team, valid_from, valid_to, is_current FROM dw.dim_team ORDER BY team_name, valid_from").ToList();
        Assert.Equal(
            [
                ("Children in Care 2", "Children in Care", new DateOnly(2023, 9, 1), (DateOnly?)null, true),
                ("Fostering Support", "Fostering Support", new DateOnly(2023, 4, 3), new DateOnly(2024, 3, 31), false),
                ("Fostering Support", "Fostering Service", new DateOnly(2024, 4, 1), null, true),
                ("MASH", "MASH", new DateOnly(2023, 9, 7), null, true),
                ("SEND Casework", "SEND Casework", new DateOnly(2023, 6, 5), null, true),
            ],
            versions);
        var byCase = _warehouse.Connection.Query<(string Ref, string Reporting)>(
            "SELECT case_reference, reporting_team FROM mart.complaint_stage WHERE team_name = 'Fostering Support' ORDER BY 1").ToList();
        Assert.Equal([("W-100", "Fostering Support"), ("W-102", "Fostering Service")], byCase);
    }

    [Fact]
    public void A_councils_own_corporate_timescale_sets_the_deadline_and_is_kept_with_the_stage()
    {
        _warehouse.ImportFile(Sample, Profile);

        var w101 = _warehouse.Connection.QuerySingle<(DateOnly Deadline, int Timescale, bool Within)>(
            "SELECT deadline_date, timescale_working_days, within_timescale FROM dw.fact_complaint_stage WHERE case_reference = 'W-101' AND stage = 1");
        var w100 = _warehouse.Scalar<int>("SELECT timescale_working_days FROM dw.fact_complaint_stage WHERE case_reference = 'W-100'");

        // Received Monday 5 June 2023; 15 working days later is Monday 26 June, the day it was answered.
        Assert.Equal((new DateOnly(2023, 6, 26), 15, true), w101);
        Assert.Equal(10, w100);
    }

    [Fact]
    public void A_profile_cannot_change_the_statutory_timescales()
    {
        var path = Path.Combine(_warehouse.Folder, "statutory.json");
        File.WriteAllText(path, """{ "timescales": [ { "procedure": "statutory", "stage": 1, "baseWorkingDays": 15, "maxWorkingDays": 20 } ] }""");

        var refused = Assert.Throws<FileRefusedException>(() => MappingProfile.Load(path));

        Assert.Equal("statutory.json: a profile may set corporate timescales only; the statutory ones are set by the 2006 Regulations (found 'statutory' stage 1).", refused.Message);
    }

    [Fact]
    public void A_profile_naming_an_unknown_canonical_column_is_refused_with_the_list_of_columns()
    {
        var path = Path.Combine(_warehouse.Folder, "bad-profile.json");
        File.WriteAllText(path, """{ "name": "typo", "columns": { "case_ref": "Ref No" } }""");

        var refused = Assert.Throws<FileRefusedException>(() => MappingProfile.Load(path));

        Assert.StartsWith("bad-profile.json: unknown canonical column(s) 'case_ref'. Canonical columns are: case_reference, record_type,", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_mapping_to_a_non_canonical_value_is_refused()
    {
        var path = Path.Combine(_warehouse.Folder, "bad-values.json");
        File.WriteAllText(path, """{ "values": { "outcome": { "Partly": "partly" } } }""");

        var refused = Assert.Throws<FileRefusedException>(() => MappingProfile.Load(path));

        Assert.Equal("bad-values.json: values for 'outcome' map to 'partly', which are not canonical. Use one of: upheld, partially_upheld, not_upheld, withdrawn, rejected.", refused.Message);
    }

    public void Dispose() => _warehouse.Dispose();
}
