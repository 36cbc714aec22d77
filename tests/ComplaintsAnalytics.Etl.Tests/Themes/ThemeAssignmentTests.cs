using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Themes;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAnalytics.Etl.Tests.Themes;

public sealed class ThemeAssignmentTests : IDisposable
{
    private const string ProfileJson =
        """
        {
          "name": "canonical with themes",
          "themes": {
            "Delay in providing an EHCP": ["delay", "plans"],
            "communication": ["Communication"]
          }
        }
        """;

    private readonly TemporaryWarehouse _warehouse = new();
    private readonly FakeThemePredictor _model = new();
    private readonly ThemeAssignment _assignment;

    public ThemeAssignmentTests()
    {
        _assignment = new ThemeAssignment(_model, NullLogger<ThemeAssignment>.Instance, _warehouse.Clock);
        var profilePath = Path.Combine(_warehouse.Folder, "profile.json");
        File.WriteAllText(profilePath, ProfileJson);
        _warehouse.ImportFile(Fixture.Path("case-system", "canonical-sample.csv"), MappingProfile.Load(profilePath));
    }

    [Fact]
    public void Officer_coding_wins_over_the_model_and_the_other_stages_are_predicted()
    {
        var result = _assignment.Assign(_warehouse.Connection);

        Assert.Equal((3, 2, 0), (result.Coded, result.Predicted, result.Reassigned));
        Assert.Equal(2, _model.TextsPredicted);
        Assert.Equal(
            [
                ("C-001", (short)1, "communication", (short)1, "coded", (float?)null, (string?)null),
                ("C-001", (short)2, "communication", (short)1, "coded", null, null),
                ("C-002", (short)1, "delay", (short)1, "coded", null, null),
                ("C-002", (short)1, "plans", (short)2, "coded", null, null),
                ("C-003", (short)1, "service", (short)1, "predicted", 0.9f, "fake-v1"),
                ("C-003", (short)1, "conduct", (short)2, "predicted", 0.55f, "fake-v1"),
                ("C-010", (short)1, "communication", (short)1, "predicted", 0.7f, "fake-v1"),
            ],
            Bridge());
        Assert.Equal("delay;plans", _warehouse.Scalar<string>("SELECT coded_themes FROM dw.fact_complaint_stage WHERE case_reference = 'C-002'"));
        Assert.Equal((7L, "succeeded"), _warehouse.Connection.QuerySingle<(long, string)>(
            "SELECT count(*), min(r.status) FROM dw.bridge_complaint_theme AS b JOIN etl.run AS r ON r.run_id = b.assigned_run_id WHERE r.kind = 'themes'"));
    }

    [Fact]
    public void Batches_smaller_than_the_stages_to_assign_give_exactly_the_bridge_of_one_batch()
    {
        var oneBatch = _assignment.Assign(_warehouse.Connection);
        var expected = BridgeRows();
        _warehouse.Connection.Execute("DELETE FROM dw.bridge_complaint_theme");
        _model.Calls.Clear();
        var batched = new ThemeAssignment(_model, NullLogger<ThemeAssignment>.Instance, _warehouse.Clock) { StagesPerBatch = 1 };

        var result = batched.Assign(_warehouse.Connection);

        Assert.Equal((3, 2, 0), (result.Coded, result.Predicted, result.Reassigned));
        Assert.Equal([1, 1], _model.Calls);
        Assert.Equal(expected.Select(r => r with { RunId = result.RunId!.Value }), BridgeRows());
        Assert.Equal(7, expected.Count);
        Assert.All(expected, r => Assert.Equal(oneBatch.RunId, r.RunId));
        Assert.Equal((5L, 5L, 0L, "succeeded"), _warehouse.Connection.QuerySingle<(long, long, long, string)>(
            $"SELECT rows_read, rows_loaded, rows_updated, status FROM etl.run WHERE run_id = {result.RunId}"));
    }

    [Fact]
    public void An_assignment_for_one_load_run_assigns_that_runs_stages_by_the_same_rules_and_nothing_else()
    {
        var loadRun = _warehouse.Scalar<long>("SELECT max(loaded_run_id) FROM dw.fact_complaint_stage");

        var result = _assignment.Assign(_warehouse.Connection, loadRun);
        var bridge = Bridge();
        _model.ModelVersion = "fake-v2";
        var otherRun = _assignment.Assign(_warehouse.Connection, loadRun + 100);
        var again = _assignment.Assign(_warehouse.Connection, loadRun);

        Assert.Equal((3, 2, 0), (result.Coded, result.Predicted, result.Reassigned));
        Assert.Equal(7, bridge.Count);
        Assert.Equal(("C-003", (short)1, "service", (short)1, "predicted", (float?)0.9f, (string?)"fake-v1"), bridge[4]);
        Assert.Null(otherRun.RunId);
        Assert.Equal((0, 2, 2), (again.Coded, again.Predicted, again.Reassigned));
        Assert.Equal(["fake-v2"], _warehouse.Connection.Query<string>("SELECT DISTINCT model_version FROM dw.bridge_complaint_theme WHERE source = 'predicted'"));
    }

    [Fact]
    public void A_model_failing_in_a_later_batch_leaves_the_bridge_as_it_was_and_records_a_failed_run()
    {
        _assignment.Assign(_warehouse.Connection);
        var bridge = BridgeRows();
        _model.ModelVersion = "fake-v2";
        _model.FailOnCall = _model.Calls.Count + 2;
        var batched = new ThemeAssignment(_model, NullLogger<ThemeAssignment>.Instance, _warehouse.Clock) { StagesPerBatch = 1 };

        var error = Assert.Throws<InvalidOperationException>(() => batched.Assign(_warehouse.Connection));

        Assert.Equal("The model failed.", error.Message);
        Assert.Equal(bridge, BridgeRows());
        Assert.Equal("failed", _warehouse.Scalar<string>("SELECT status FROM etl.run WHERE kind = 'themes' ORDER BY run_id DESC LIMIT 1"));
        _model.FailOnCall = null;
        Assert.Equal(2, batched.Assign(_warehouse.Connection).Predicted);
    }

    [Fact]
    public void Assigning_again_with_nothing_new_changes_nothing_and_records_no_run()
    {
        _assignment.Assign(_warehouse.Connection);
        var bridge = Bridge();
        var runs = _warehouse.Count("etl.run");

        var again = _assignment.Assign(_warehouse.Connection);

        Assert.Null(again.RunId);
        Assert.Equal(0, again.Assigned);
        Assert.Equal(bridge, Bridge());
        Assert.Equal(runs, _warehouse.Count("etl.run"));
        Assert.Equal(2, _model.TextsPredicted);
    }

    [Fact]
    public void Reloading_the_same_file_does_not_duplicate_the_themes()
    {
        _assignment.Assign(_warehouse.Connection);
        var bridge = Bridge();

        _warehouse.ImportFile(Fixture.Path("case-system", "canonical-sample.csv"), MappingProfile.Load(Path.Combine(_warehouse.Folder, "profile.json")), force: true);
        var again = _assignment.Assign(_warehouse.Connection);

        Assert.Equal(0, again.Assigned);
        Assert.Equal(bridge, Bridge());
    }

    [Fact]
    public void A_new_model_version_predicts_the_predicted_stages_again_and_leaves_coded_ones()
    {
        _assignment.Assign(_warehouse.Connection);
        _model.ModelVersion = "fake-v2";

        var result = _assignment.Assign(_warehouse.Connection);

        Assert.Equal((0, 2, 2), (result.Coded, result.Predicted, result.Reassigned));
        Assert.Equal(["fake-v2"], _warehouse.Connection.Query<string>("SELECT DISTINCT model_version FROM dw.bridge_complaint_theme WHERE source = 'predicted'"));
        Assert.Equal(7, _warehouse.Count("dw.bridge_complaint_theme"));
    }

    [Fact]
    public void A_stage_whose_row_changed_is_assigned_again_and_loses_themes_it_no_longer_has()
    {
        _assignment.Assign(_warehouse.Connection);
        _warehouse.Connection.Execute("UPDATE dw.fact_complaint_stage SET summary_redacted = 'Nobody rang back', row_hash = 'changed' WHERE case_reference = 'C-003'");

        var result = _assignment.Assign(_warehouse.Connection);

        Assert.Equal((0, 1, 1), (result.Coded, result.Predicted, result.Reassigned));
        Assert.Equal([("C-003", (short)1, "communication", (short)1, "predicted", (float?)0.7f, (string?)"fake-v1")], Bridge().Where(b => b.Case == "C-003"));
    }

    [Fact]
    public void Reviewed_themes_win_over_both_survive_later_assignments_and_become_training_labels()
    {
        _assignment.Assign(_warehouse.Connection);
        var c003 = _warehouse.Scalar<long>("SELECT complaint_stage_key FROM dw.fact_complaint_stage WHERE case_reference = 'C-003'");
        var c002 = _warehouse.Scalar<long>("SELECT complaint_stage_key FROM dw.fact_complaint_stage WHERE case_reference = 'C-002'");

        var (runId, stages) = new ThemeReviews(_warehouse.Clock).Apply(_warehouse.Connection, "review.xlsx",
            [new ThemeCorrection(2, c003, "C-003", "service; decision"), new ThemeCorrection(3, c002, "C-002", "delay")]);
        _model.ModelVersion = "fake-v2";
        var later = _assignment.Assign(_warehouse.Connection);

        Assert.Equal(2, stages);
        Assert.Equal("succeeded", _warehouse.Scalar<string>($"SELECT status FROM etl.run WHERE run_id = {runId} AND kind = 'themes_review'"));
        Assert.Equal(1, later.Predicted);
        Assert.Equal(
            [
                ("C-002", (short)1, "delay", (short)1, "reviewed", (float?)null, (string?)null),
                ("C-003", (short)1, "service", (short)1, "reviewed", null, null),
                ("C-003", (short)1, "decision", (short)2, "reviewed", null, null),
            ],
            Bridge().Where(b => b.Case is "C-002" or "C-003"));
        Assert.Equal(
            [("EHCP late again", "delay"), ("Young person unhappy with placement move", "decision;service")],
            ThemeReviews.ReviewedLabels(_warehouse.Connection));
    }

    [Fact]
    public void A_review_file_with_an_unknown_stage_or_code_is_refused_whole()
    {
        _assignment.Assign(_warehouse.Connection);
        var c003 = _warehouse.Scalar<long>("SELECT complaint_stage_key FROM dw.fact_complaint_stage WHERE case_reference = 'C-003'");
        var bridge = Bridge();

        var error = Assert.Throws<FileRefusedException>(() => new ThemeReviews(_warehouse.Clock).Apply(_warehouse.Connection, "review.xlsx",
            [new ThemeCorrection(2, c003, "C-003", "service"), new ThemeCorrection(3, c003, "C-999", "delay"), new ThemeCorrection(4, 999_999, "C-004", "lateness")]));

        Assert.Equal(
            "review.xlsx: nothing was imported; 3 correction(s) cannot be used: row 3: stage " + c003 + " is case C-003, not C-999; " +
            "row 4: no complaint stage 999999 in this warehouse; row 4: 'lateness' is not a list of theme codes " +
            "(delay, communication, plans, decision, service, conduct, records, equalities, finance).",
            error.Message);
        Assert.Equal(bridge, Bridge());
    }

    [Fact]
    public void The_theme_marts_count_themes_raised_and_upheld_per_theme()
    {
        _assignment.Assign(_warehouse.Connection);

        var summary = _warehouse.Connection.Query<(string Theme, short Stage, long Raised, long Decided, long Upheld, double Share)>(
            "SELECT theme_code, stage, raised, decided, upheld_or_partly, upheld_share FROM mart.theme_summary ORDER BY theme_code, stage").ToList();

        Assert.Equal(
            [
                ("communication", (short)1, 2L, 2L, 1L, 0.5),
                ("communication", (short)2, 1L, 1L, 1L, 1.0),
                ("conduct", (short)1, 1L, 0L, 0L, 0.0),
                ("delay", (short)1, 1L, 1L, 1L, 1.0),
                ("plans", (short)1, 1L, 1L, 1L, 1.0),
                ("service", (short)1, 1L, 0L, 0L, 0.0),
            ],
            summary);
        Assert.Equal(7, _warehouse.Count("mart.complaint_theme"));
    }

    [Fact]
    public void Each_theme_row_of_the_mart_carries_its_stages_council_year_procedure_and_outcome()
    {
        _assignment.Assign(_warehouse.Connection);

        // The view joins its dimensions after the bridge (076); every one of them must still be found.
        var rows = _warehouse.Connection.Query<(string LaCode, string Case, string Procedure, short Stage, string Year, string Outcome, bool Upheld, string Theme, string Name)>(
            """
            SELECT la_code, case_reference, procedure, stage, financial_year, outcome, is_upheld_or_partly, theme_code, theme_name
            FROM mart.complaint_theme ORDER BY case_reference, stage, rank_order
            """).ToList();

        Assert.Equal(
            [
                ("999", "C-001", "statutory", (short)1, "2023/24", "partially_upheld", true, "communication", "Communication"),
                ("999", "C-001", "statutory", (short)2, "2023/24", "upheld", true, "communication", "Communication"),
                ("999", "C-002", "corporate", (short)1, "2023/24", "upheld", true, "delay", "Delay"),
                ("999", "C-002", "corporate", (short)1, "2023/24", "upheld", true, "plans", "Plans"),
                ("999", "C-003", "statutory", (short)1, "2023/24", "open", false, "service", "Service provision"),
                ("999", "C-003", "statutory", (short)1, "2023/24", "open", false, "conduct", "Staff conduct"),
                ("999", "C-010", "statutory", (short)1, "2023/24", "not_upheld", false, "communication", "Communication"),
            ],
            rows);
    }

    [Fact]
    public void A_case_deleted_in_its_source_leaves_the_theme_and_benchmark_marts()
    {
        _assignment.Assign(_warehouse.Connection);
        const string Measures =
            """
            SELECT measure, CAST(value AS DOUBLE) FROM mart.warehouse_measures
            WHERE la_code = '999' AND period = '2023/24' AND measure IN ('complaints_statutory_stage1', 'complaints_total', 'complaints_social_care_stage1')
            ORDER BY measure
            """;
        Assert.Equal([("complaints_social_care_stage1", 3.0), ("complaints_statutory_stage1", 3.0), ("complaints_total", 4.0)], _warehouse.Connection.Query<(string, double)>(Measures));

        _warehouse.Connection.Execute("UPDATE dw.fact_complaint_stage SET deleted_at = TIMESTAMP '2024-04-16 02:30:00' WHERE case_reference = 'C-003'");

        Assert.Equal(5, _warehouse.Count("mart.complaint_theme"));
        Assert.Equal(0, _warehouse.Scalar<long>("SELECT count(*) FROM mart.complaint_theme WHERE case_reference = 'C-003'"));
        Assert.Equal(
            ["communication", "communication", "delay", "plans"],
            _warehouse.Connection.Query<string>("SELECT theme_code FROM mart.theme_summary ORDER BY theme_code, stage"));
        Assert.Equal([("complaints_social_care_stage1", 2.0), ("complaints_statutory_stage1", 2.0), ("complaints_total", 3.0)], _warehouse.Connection.Query<(string, double)>(Measures));
        Assert.Equal(2.0, _warehouse.Scalar<double>(
            "SELECT CAST(value AS DOUBLE) FROM mart.authority_measures WHERE la_code = '999' AND period = '2023/24' AND measure = 'complaints_statutory_stage1'"));
        Assert.Equal(0, _warehouse.Scalar<long>("SELECT raised FROM mart.annual_themes WHERE la_code = '999' AND financial_year = '2023/24' AND theme_code = 'service'"));
    }

    [Fact]
    public void A_profile_mapping_a_category_to_an_unknown_theme_is_refused()
    {
        var path = Path.Combine(_warehouse.Folder, "bad.json");
        File.WriteAllText(path, """{ "themes": { "Delay in providing an EHCP": ["delay", "lateness"] } }""");

        var error = Assert.Throws<FileRefusedException>(() => MappingProfile.Load(path));

        Assert.Equal(
            "bad.json: the themes of category 'Delay in providing an EHCP' include 'lateness', which are not theme codes. " +
            "Use one or more of: delay, communication, plans, decision, service, conduct, records, equalities, finance.",
            error.Message);
    }

    public void Dispose() => _warehouse.Dispose();

    private List<(long Stage, long Theme, float? Score, short Rank, string Source, string? Model, string? RowHash, long RunId)> BridgeRows() =>
        [.. _warehouse.Connection.Query<(long, long, float?, short, string, string?, string?, long)>(
            """
            SELECT complaint_stage_key, theme_key, score, rank_order, source, model_version, row_hash, assigned_run_id
            FROM dw.bridge_complaint_theme
            ORDER BY complaint_stage_key, theme_key
            """)];

    private List<(string Case, short Stage, string Theme, short Rank, string Source, float? Score, string? Model)> Bridge() =>
        [.. _warehouse.Connection.Query<(string, short, string, short, string, float?, string?)>(
            """
            SELECT f.case_reference, f.stage, t.theme_code, b.rank_order, b.source, b.score, b.model_version
            FROM dw.bridge_complaint_theme AS b
            JOIN dw.fact_complaint_stage AS f ON f.complaint_stage_key = b.complaint_stage_key
            JOIN dw.dim_theme AS t ON t.theme_key = b.theme_key
            ORDER BY f.case_reference, f.stage, b.rank_order
            """)];
}
