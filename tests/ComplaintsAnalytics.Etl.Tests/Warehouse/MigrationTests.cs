using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.Warehouse;

public sealed class MigrationTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Migrating_again_applies_nothing_and_keeps_reference_data_as_it_was()
    {
        var before = (_warehouse.Count("dw.dim_date"), _warehouse.Count("dw.dim_authority"), _warehouse.Count("dw.dim_theme"), _warehouse.Count("dw.dim_procedure_stage"));

        var applied = _warehouse.Migrator.Migrate(_warehouse.Connection);

        Assert.Empty(applied);
        Assert.Equal(before, (_warehouse.Count("dw.dim_date"), _warehouse.Count("dw.dim_authority"), _warehouse.Count("dw.dim_theme"), _warehouse.Count("dw.dim_procedure_stage")));
        Assert.Equal(ComplaintsAnalytics.Etl.Warehouse.EmbeddedSql.Migrations("duckdb").Select(m => m.Version), _warehouse.Connection.Query<int>("SELECT version FROM etl.schema_version ORDER BY version"));
    }

    [Fact]
    public void The_153_English_authorities_are_seeded_with_their_ONS_codes_and_regions()
    {
        var current = _warehouse.Connection.Query<(string LaCode, string Ons, string Name, string Region)>(
            "SELECT la_code, ons_code, name, region_name FROM dw.dim_authority WHERE valid_to IS NULL AND NOT is_fictional ORDER BY la_code").ToList();

        Assert.Equal(153, current.Count);
        Assert.Contains(("886", "E10000016", "Kent", "South East"), current);
        Assert.Contains(("860", "E10000028", "Staffordshire", "West Midlands"), current);
        Assert.Contains(("825", "E06000060", "Buckinghamshire", "South East"), current);
        // DfE files give London councils Inner London and Outer London instead of the London region.
        Assert.Equal(10, current.Select(c => c.Region).Distinct().Count());
        Assert.Equal(14, current.Count(c => c.Region == "Inner London"));
    }

    [Fact]
    public void Reorganised_councils_are_dated_so_each_code_is_valid_only_while_it_existed()
    {
        var versions = _warehouse.Connection.Query<(string LaCode, DateOnly From, DateOnly? To)>(
            "SELECT la_code, valid_from, valid_to FROM dw.dim_authority WHERE la_code IN ('909', '942', '943', '928', '940', '941') ORDER BY la_code").ToList();

        Assert.Equal(
            [
                ("909", new DateOnly(2000, 4, 1), (DateOnly?)new DateOnly(2023, 3, 31)),
                ("928", new DateOnly(2000, 4, 1), new DateOnly(2021, 3, 31)),
                ("940", new DateOnly(2021, 4, 1), null),
                ("941", new DateOnly(2021, 4, 1), null),
                ("942", new DateOnly(2023, 4, 1), null),
                ("943", new DateOnly(2023, 4, 1), null),
            ],
            versions);
    }

    [Fact]
    public void The_date_dimension_carries_financial_years_working_days_and_bank_holidays()
    {
        var days = _warehouse.Connection.Query<(DateOnly Date, string Fy, bool Working, bool BankHoliday, string? Name)>(
            """
            SELECT calendar_date, financial_year, is_working_day, is_bank_holiday, bank_holiday_name
            FROM dw.dim_date WHERE calendar_date IN ('2023-03-31', '2023-04-01', '2023-05-08', '2022-09-19', '2024-12-24') ORDER BY 1
            """).ToList();

        Assert.Equal(
            [
                (new DateOnly(2022, 9, 19), "2022/23", false, true, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
                (new DateOnly(2023, 3, 31), "2022/23", true, false, null),
                (new DateOnly(2023, 4, 1), "2023/24", false, false, null),
                (new DateOnly(2023, 5, 8), "2023/24", false, true, "Bank holiday for the coronation of King Charles III"),
                (new DateOnly(2024, 12, 24), "2024/25", true, false, null),
            ],
            days);
        // 260 weekdays less 10 bank holidays (two Easters and the coronation fall in 2023/24).
        Assert.Equal(250, _warehouse.Scalar<long>("SELECT count(*) FILTER (WHERE is_working_day) FROM dw.dim_date WHERE financial_year = '2023/24'"));
    }

    public void Dispose() => _warehouse.Dispose();
}
