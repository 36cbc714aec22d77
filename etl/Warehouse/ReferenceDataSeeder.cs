using System.Data;
using System.Globalization;
using ComplaintsAnalytics.Etl.Calendar;
using Dapper;
using DuckDB.NET.Data;
using Sylvan.Data.Csv;

namespace ComplaintsAnalytics.Etl.Warehouse;

/// <summary>
/// Seeds the dimensions that come from data files and configuration: dates (with the bank holidays),
/// the 153 English authorities from the real DfE files, procedure stages and themes. Idempotent.
/// </summary>
internal sealed class ReferenceDataSeeder
{
    private readonly TimescaleSettings _timescales;

    public ReferenceDataSeeder(TimeProvider clock, TimescaleSettings timescales)
    {
        _ = clock;
        _timescales = timescales;
    }

    public void Seed(DuckDBConnection connection, IDbTransaction transaction)
    {
        SeedDates(connection, transaction, WorkingDayCalendar.EnglandAndWales);
        SeedAuthorities(connection, transaction);
        SeedProcedureStages(connection, transaction);
        SeedThemes(connection, transaction);
    }

    private static void SeedDates(DuckDBConnection connection, IDbTransaction transaction, WorkingDayCalendar calendar)
    {
        var expected = calendar.CoverageEnd.DayNumber - calendar.CoverageStart.DayNumber + 1;
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_date", transaction: transaction) == expected)
        {
            return;
        }

        connection.Execute("DELETE FROM dw.dim_date", transaction: transaction);
        using var appender = connection.CreateAppender("dw", "dim_date");
        var workingDayNumber = 0;
        for (var date = calendar.CoverageStart; date <= calendar.CoverageEnd; date = date.AddDays(1))
        {
            var isWorkingDay = calendar.IsWorkingDay(date);
            if (isWorkingDay)
            {
                workingDayNumber++;
            }

            var fyStart = date.Month >= 4 ? date.Year : date.Year - 1;
            var bankHoliday = calendar.BankHolidayName(date);
            appender.CreateRow()
                .AppendValue(date.Year * 10000 + date.Month * 100 + date.Day)
                .AppendValue(date)
                .AppendValue((short)date.Year)
                .AppendValue((short)date.Month)
                .AppendValue(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month))
                .AppendValue((short)date.Day)
                .AppendValue((short)(((int)date.DayOfWeek + 6) % 7 + 1))
                .AppendValue(date.DayOfWeek.ToString())
                .AppendValue(FinancialYear.Label(fyStart))
                .AppendValue((short)fyStart)
                .AppendValue((short)(((date.Month + 8) % 12) / 3 + 1))
                .AppendValue(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                .AppendValue(bankHoliday is not null)
                .AppendValue(bankHoliday)
                .AppendValue(isWorkingDay)
                .AppendValue(workingDayNumber)
                .EndRow();
        }
    }

    private static void SeedAuthorities(DuckDBConnection connection, IDbTransaction transaction)
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("authorities/authorities.csv")
            ?? throw new InvalidOperationException("authorities/authorities.csv is not embedded.");
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text);
        var nextKey = connection.ExecuteScalar<int?>("SELECT max(authority_key) FROM dw.dim_authority", transaction: transaction) ?? 0;
        while (csv.Read())
        {
            var row = new
            {
                la_code = csv.GetString(0),
                ons_code = NullIfEmpty(csv.GetString(1)),
                name = csv.GetString(2),
                region_code = NullIfEmpty(csv.GetString(3)),
                region_name = NullIfEmpty(csv.GetString(4)),
                la_type = NullIfEmpty(csv.GetString(5)),
                valid_from = DateOnly.ParseExact(csv.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                valid_to = NullIfEmpty(csv.GetString(7)) is { } to ? DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null,
                is_fictional = bool.Parse(csv.GetString(8)),
            };
            var updated = connection.Execute(
                """
                UPDATE dw.dim_authority
                SET ons_code = $ons_code, name = $name, region_code = $region_code, region_name = $region_name,
                    la_type = $la_type, valid_to = $valid_to, is_fictional = $is_fictional
                WHERE la_code = $la_code AND valid_from = $valid_from
                """,
                row,
                transaction);
            if (updated == 0)
            {
                connection.Execute(
                    """
                    INSERT INTO dw.dim_authority
                    VALUES ($authority_key, $la_code, $ons_code, $name, $region_code, $region_name, $la_type, $valid_from, $valid_to, $is_fictional)
                    """,
                    new { authority_key = ++nextKey, row.la_code, row.ons_code, row.name, row.region_code, row.region_name, row.la_type, row.valid_from, row.valid_to, row.is_fictional },
                    transaction);
            }
        }
    }

    private void SeedProcedureStages(DuckDBConnection connection, IDbTransaction transaction)
    {
        var key = 0;
        foreach (var stage in _timescales.Stages.OrderBy(s => s.Procedure == "statutory" ? 0 : 1).ThenBy(s => s.Stage))
        {
            key++;
            var name = (stage.Procedure, stage.Stage) switch
            {
                ("statutory", 1) => "Local resolution",
                ("statutory", 2) => "Independent investigation",
                ("statutory", 3) => "Independent review panel",
                _ => $"Corporate stage {stage.Stage}",
            };
            connection.Execute(
                """
                INSERT INTO dw.dim_procedure_stage VALUES ($key, $procedure, $stage, $name, $base, $max)
                ON CONFLICT (procedure_stage_key) DO UPDATE
                SET base_working_days = excluded.base_working_days, max_working_days = excluded.max_working_days
                """,
                new { key, procedure = stage.Procedure, stage = (short)stage.Stage, name, @base = stage.BaseWorkingDays, max = stage.MaxWorkingDays },
                transaction);
        }
    }

    private static void SeedThemes(DuckDBConnection connection, IDbTransaction transaction)
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("themes/themes.csv")
            ?? throw new InvalidOperationException("themes/themes.csv is not embedded.");
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text);
        var key = 0;
        while (csv.Read())
        {
            key++;
            connection.Execute(
                """
                INSERT INTO dw.dim_theme VALUES ($key, $code, $name, $definition)
                ON CONFLICT (theme_key) DO UPDATE SET theme_name = excluded.theme_name, definition = excluded.definition
                """,
                new { key, code = csv.GetString(0), name = csv.GetString(1), definition = csv.GetString(2) },
                transaction);
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
